import { describe, expect, it } from 'vitest';
import { missesAnswerType, type CheckedSentence } from '../../src/core/retrieval/answer-type.js';

const termsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const evidence = { question: 'how much does the new bridge cost', termsOf, queryTerms: (phrase: string) => termsOf(phrase).slice(2) };
const passage = new Set(['bridge', 'cost']);
const costs: CheckedSentence = { text: 'The costs of a new bridge have been estimated by the state.', coverage: 0.6, restCoverage: 0.6, passageTerms: passage };
const figure = (passageTerms: ReadonlySet<string>): CheckedSentence => ({ text: 'The transport authority puts them at 1.7 to 1.9 billion dollar.', coverage: 0.3, restCoverage: 0.1, passageTerms });

describe('a stating sentence right after the best-matching sentence of its passage', () => {
  it('GIVEN the sum stated in the sentence after the best one THEN the answer is stated', () => {
    expect(missesAnswerType(evidence, [costs, figure(passage)], 0.4)).toBe(false);
  });

  it('GIVEN the sum after a sentence that is not the best, or in another passage THEN it is not', () => {
    const best: CheckedSentence = { text: 'The new bridge will cost the state and its residents much.', coverage: 0.8, restCoverage: 0.8, passageTerms: new Set(['bridge']) };
    expect(missesAnswerType(evidence, [best, costs, figure(passage)], 0.4)).toBe(true);
    expect(missesAnswerType(evidence, [costs, figure(new Set(['bridge', 'cost']))], 0.4)).toBe(true);
  });
});
