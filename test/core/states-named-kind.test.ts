import { describe, expect, it } from 'vitest';
import { statesExpectedAnswer } from '../../src/core/retrieval/states-answer.js';

// A toy analysis: lowercase words without a plural or case ending; enough to compare heads of compounds.
const termsOf = (text: string) => (text.match(/[\p{L}\p{N}.,]+/gu) ?? []).map((w) => w.toLowerCase().replace(/(?:en|e|n|s)$/u, ''));
const autos = { kind: 'count' as const, counted: 'Wie viele Autos' };
const counted = new Set(['auto', 'pkw']);

describe('a count written with the general noun of a kind the sentence names', () => {
  it('GIVEN "Pkw und Geländefahrzeuge … 620.000 Fahrzeuge" THEN it answers "Wie viele Autos …"', () => {
    const text = 'Emden verlädt vor allem Pkw und Geländefahrzeuge, im Jahr 2022 liefen dort rund 620.000 Fahrzeuge vom Kai.';
    expect(statesExpectedAnswer(text, autos, counted, termsOf)).toBe(true);
  });

  it('GIVEN the general noun without a listed compound it heads, or without the counted word THEN it answers nothing', () => {
    expect(statesExpectedAnswer('Emden verlädt vor allem Pkw, im Jahr 2022 liefen dort rund 620.000 Container vom Kai.', autos, counted, termsOf)).toBe(false);
    // Not "Autos" here: a car is a vehicle, so count-kinds.ts answers "Wie viele Autos" with "620.000 Fahrzeuge" anyway.
    const traktoren = { kind: 'count' as const, counted: 'Wie viele Traktoren' };
    expect(statesExpectedAnswer('Emden verlädt Geländefahrzeuge, im Jahr 2022 liefen dort rund 620.000 Fahrzeuge vom Kai.', traktoren, new Set(['traktor']), termsOf)).toBe(false);
  });
});
