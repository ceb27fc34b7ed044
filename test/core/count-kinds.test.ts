import { describe, expect, it } from 'vitest';
import { statesExpectedAnswer } from '../../src/core/retrieval/states-answer.js';

// A toy analysis: lowercase words without a plural or case ending.
const termsOf = (text: string) => (text.match(/[\p{L}\p{N}.,]+/gu) ?? []).map((w) => w.toLowerCase().replace(/(?:en|e|n|s)$/u, ''));
const count = (counted: string) => ({ kind: 'count' as const, counted });
const states = (text: string, counted: string) => statesExpectedAnswer(text, count(counted), new Set(termsOf(counted).slice(2)), termsOf);

describe('a count written with another noun of the counted kind (count-kinds.ts)', () => {
  it('GIVEN the general noun for the asked members THEN it answers ("32 Bauwerke" for "wie viele Brücken")', () => {
    expect(states('Im Land gebe es 32 Bauwerke, in denen ein Spannstahl verbaut sei.', 'wie viele brücken')).toBe(true);
    expect(states('An einem gewöhnlichen Werktag überqueren rund 30.000 Fahrzeuge die Brücke.', 'How many cars')).toBe(true);
  });

  it('GIVEN a member for the asked general noun THEN it answers ("2.000 Eichen" for "wie viele Bäume")', () => {
    expect(states('Rund 2.000 Eichen aus Wäldern in ganz Frankreich wurden dafür gefällt.', 'wie viele bäume')).toBe(true);
    expect(states('Das Hilfswerk war mit mehr als 150 Helferinnen und Helfern im Einsatz.', 'How many THW volunteers')).toBe(true);
    expect(states('Der Wolf riss 14 Tiere, teilte das Landesamt mit.', 'wie viele schafe')).toBe(true);
    expect(states('The wolf killed 14 sheep on the pasture.', 'How many animals')).toBe(true);
  });

  it('GIVEN a noun of another kind next to the figure THEN it answers nothing', () => {
    expect(states('Im Land gebe es 32 Schulen, in denen Asbest verbaut sei.', 'wie viele brücken')).toBe(false);
    expect(states('Rund 2.000 Eichen aus Wäldern in ganz Frankreich wurden dafür gefällt.', 'wie viele autos')).toBe(false);
    expect(states('Der Wolf riss 14 Tiere, teilte das Landesamt mit.', 'wie viele brücken')).toBe(false);
  });
});

describe('survivors and the injured are counted as people', () => {
  it('GIVEN "Elf Menschen … lebend geborgen" THEN it answers "how many survivors", not "how many bridges"', () => {
    expect(states('Elf Menschen habe man lebend geborgen, teilte das Departement mit.', 'how many survivors')).toBe(true);
    expect(states('Elf Menschen habe man lebend geborgen, teilte das Departement mit.', 'wie viele brücken')).toBe(false);
  });
});

describe('a chain counts its stores as "Häuser"', () => {
  it('GIVEN "zu den 16 Filialen, die der Konzern aufgibt" THEN it answers "Wie viele Galeria-Häuser machen dicht?"', () => {
    expect(states('Das Warenhaus gehört zu den 16 Filialen, die der Konzern bis Ende August aufgibt.', 'Wie viele Galeria-Häuser')).toBe(true);
    expect(states('Das Warenhaus gehört zu den 16 Branchen, die der Konzern bis Ende August aufgibt.', 'Wie viele Galeria-Häuser')).toBe(false);
  });
});
