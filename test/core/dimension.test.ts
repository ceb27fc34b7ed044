import { describe, expect, it } from 'vitest';
import { expectedAnswer } from '../../src/core/retrieval/expected-answer.js';
import { statesExpectedAnswer } from '../../src/core/retrieval/states-answer.js';

const termsOf = (text: string) => text.toLowerCase().split(/\s+/);

describe('a question asking for a dimension of size', () => {
  it('GIVEN "wie hoch/tief" with a dimension noun (also a compound\'s head) THEN it expects a length of that dimension', () => {
    expect(expectedAnswer('Wie hoch ist die Durchfahrtshöhe der Köhlbrandbrücke?')).toEqual({ kind: 'distance', dimension: 'höhe' });
    expect(expectedAnswer('Wie tief ist die Wassertiefe im Hafenbecken?')).toEqual({ kind: 'distance', dimension: 'tiefe' });
    expect(expectedAnswer('How deep is the channel\'s depth at the port?')).toEqual({ kind: 'distance', dimension: 'tiefe' });
    // No dimension noun: any figure still answers ("Wie hoch ist der Schaden?" may be a sum or a count).
    expect(expectedAnswer('Wie hoch ist der Schaden?')?.kind).toBe('amount');
  });

  it('GIVEN a length the sentence gives as another dimension, or a figure without a length THEN it answers nothing', () => {
    const height = { kind: 'distance' as const, dimension: 'höhe' };
    const states = (text: string) => statesExpectedAnswer(text, height, new Set(), termsOf);
    expect(states('Die Brücke bietet Schiffen eine Durchfahrtshöhe von 53 Metern.')).toBe(true);
    expect(states('Die Fahrrinne ist wieder auf ihrer vollen Breite von 250 Metern und einer Tiefe von 14 Metern befahrbar.')).toBe(false);
    expect(states('Sechs Wochen nach dem Unglück ist die Fahrrinne wieder frei.')).toBe(false);
  });
});
