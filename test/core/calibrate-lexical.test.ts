import { describe, expect, it } from 'vitest';
import { chooseLexicalThreshold, lexicalFigures, type LexicalTrial } from '../../bench/calibrate-lexical.js';
import type { RelevanceSignals } from '../../src/core/retrieval/relevance.js';

const signals = (lexicalCoverage: number): RelevanceSignals => ({ lexicalCoverage, denseSimilarity: -1, denseSimilarities: [], missesAnswerType: false, missesStatedAnswer: false, missesName: false, english: false, unknownName: false });
/** A question with its coverage alone and with other dossiers added. */
const trial = (answerable: boolean, alone: number, mixed = alone): LexicalTrial => ({ dossier: 'd', half: 'tune', answerable, alone: signals(alone), mixed: signals(mixed) });

describe('lexical threshold calibration (bench/calibrate-lexical.ts)', () => {
  const trials = [
    trial(true, 0.9), trial(true, 0.8), trial(true, 0.6), trial(true, 0.38),
    trial(false, 0.1), trial(false, 0.28, 0.4), trial(false, 0.45), trial(false, 0.7),
  ];

  it('GIVEN a threshold THEN declined shares count each kind of question, and flips count changed decisions', () => {
    expect(lexicalFigures(trials, 0.3)).toEqual({ threshold: 0.3, decline: 0.5, falseDecline: 0, flips: 1, questions: 8 });
    expect(lexicalFigures(trials, 0.5)).toMatchObject({ decline: 0.75, falseDecline: 0.25, flips: 0 });
  });

  it('GIVEN a budget THEN the most unanswerable declined within it, the middle of an equal plateau', () => {
    // 0.3 and 0.35 both decline 2 of 4 unanswerable and no answerable one; 0.4 and up decline an answerable one
    expect(chooseLexicalThreshold(trials, 0, [0.2, 0.3, 0.35, 0.4, 0.5])?.threshold).toBe(0.35);
    expect(chooseLexicalThreshold(trials, 0.25, [0.2, 0.3, 0.35, 0.4, 0.5])?.threshold).toBe(0.5);
  });

  it('GIVEN no threshold within the budget THEN none is chosen', () => {
    expect(chooseLexicalThreshold([trial(true, 0.1)], 0, [0.2, 0.3])).toBeNull();
  });
});
