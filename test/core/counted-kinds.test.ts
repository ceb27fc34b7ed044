import { describe, expect, it } from 'vitest';
import { expectedAnswerTest } from '../../src/core/retrieval/answer-type.js';
import { countedKinds } from '../../src/core/retrieval/counted-kinds.js';

describe('general nouns that count a kind', () => {
  it('GIVEN a count of bridges, cars or sheep THEN structures, vehicles or animals count them; other words have none', () => {
    expect(countedKinds('wie viele Brücken')).toEqual(['Bauwerke']);
    expect(countedKinds('wie viele autos')).toEqual(['Fahrzeuge']);
    expect(countedKinds('Wie viele Schafe')).toEqual(['Tiere']);
    expect(countedKinds('How many bridges')).toEqual(['structures']);
    expect(countedKinds('wie viele Zuschauer')).toEqual([]);
  });

  it('GIVEN "wie viele Brücken" THEN "32 Bauwerke" states the count, "32 Meter" does not', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.replace(/(?:en|e|n)$/u, ''));
    const queryTerms = (phrase: string) => termsOf(phrase).filter((t) => !/^(?:wi|viel)$/u.test(t));
    const states = expectedAnswerTest({ question: 'Wie viele Brücken in Brandenburg haben anfälligen Spannstahl?', termsOf, queryTerms })!;
    expect(states('Im Land gebe es 32 Bauwerke, in denen ein Spannstahl verbaut sei.')).toBe(true);
    expect(states('Der Spannstahl liegt 32 Meter tief im Beton.')).toBe(false);
  });
});
