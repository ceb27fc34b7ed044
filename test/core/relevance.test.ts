import { describe, expect, it } from 'vitest';
import { defaultThresholds, isAnswerable, type RelevanceSignals } from '../../src/core/retrieval/relevance.js';

const signals = (lexicalCoverage: number, english: boolean): RelevanceSignals => ({
  lexicalCoverage,
  denseSimilarity: -1,
  denseSimilarities: [],
  missesAnswerType: false,
  missesStatedAnswer: false,
  english,
  unknownName: false,
  missesName: false,
});

describe('lexical coverage threshold', () => {
  it('GIVEN the same coverage THEN an English question, read through translations, needs less of it than a German one', () => {
    const between = defaultThresholds.lexicalCoverage - (defaultThresholds.lexicalEnglishOffset ?? 0) / 2;
    expect(isAnswerable(signals(between, true), 'lexical', defaultThresholds)).toBe(true);
    expect(isAnswerable(signals(between, false), 'lexical', defaultThresholds)).toBe(false);
    expect(isAnswerable(signals(defaultThresholds.lexicalCoverage, false), 'lexical', defaultThresholds)).toBe(true);
  });

  it('GIVEN an English question off the topic THEN the lowered threshold still declines it', () => {
    expect(isAnswerable(signals(0.1, true), 'lexical', defaultThresholds)).toBe(false);
  });

  it('GIVEN hybrid mode THEN its lexical side keeps one threshold for both languages (calibrated with the model)', () => {
    const hybrid = { ...defaultThresholds, hybridRule: 'either' as const };
    const between = defaultThresholds.lexicalCoverage - (defaultThresholds.lexicalEnglishOffset ?? 0) / 2;
    expect(isAnswerable(signals(between, true), 'hybrid', hybrid)).toBe(false);
  });

  it('GIVEN any other check fires THEN the lower English threshold answers nothing', () => {
    expect(isAnswerable({ ...signals(0.9, true), missesStatedAnswer: true }, 'lexical', defaultThresholds)).toBe(false);
    expect(isAnswerable({ ...signals(0.9, true), unknownName: true }, 'lexical', defaultThresholds)).toBe(false);
  });

  it('GIVEN a name question whose sentences name nobody beside the asked role THEN every mode declines it', () => {
    const strong = { ...signals(0.9, false), denseSimilarity: 0.95 };
    expect(isAnswerable(strong, 'hybrid', defaultThresholds)).toBe(true);
    for (const mode of ['lexical', 'hybrid', 'dense'] as const) expect(isAnswerable({ ...strong, missesName: true }, mode, defaultThresholds)).toBe(false);
  });

  it('GIVEN a stated-answer miss THEN hybrid declines it unless the model finds a stating sentence as near as the dense threshold; lexical always', () => {
    const strong = { ...signals(0.9, false), denseSimilarity: 0.95, missesStatedAnswer: true };
    const near = defaultThresholds.denseSimilarity;
    expect(isAnswerable({ ...strong, statedSimilarity: near - 0.01 }, 'hybrid', defaultThresholds)).toBe(false);
    expect(isAnswerable(strong, 'hybrid', defaultThresholds)).toBe(false);
    expect(isAnswerable({ ...strong, statedSimilarity: near }, 'hybrid', defaultThresholds)).toBe(true);
    expect(isAnswerable({ ...strong, statedSimilarity: near }, 'lexical', defaultThresholds)).toBe(false);
    // No stating sentence at all: the answer-type miss declines in every mode, whatever the model says.
    expect(isAnswerable({ ...strong, statedSimilarity: 0.99, missesAnswerType: true }, 'hybrid', defaultThresholds)).toBe(false);
  });
});
