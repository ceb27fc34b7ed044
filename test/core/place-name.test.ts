import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { looksEnglish } from '../../src/core/lexical/english-query.js';
import { placeTokens } from '../../src/core/retrieval/place-name.js';
import { unknownNames, wordTokens } from '../../src/core/retrieval/unknown-name.js';

const places = (question: string) => placeTokens(wordTokens(question)).map((t) => t.token);

describe('place names after a bare "in" (place-name.ts)', () => {
  it('GIVEN "in" with a capitalised word and no article THEN the word is read as a place; after an article it is not', () => {
    expect(places('Wie viele Rudel leben in Bayern?')).toEqual(['Bayern']);
    expect(places('Wie viele Wölfe leben in der Schweiz?')).toEqual([]);
    expect(places('Wie viele Wölfe wurden 2025 in Deutschland geschossen?')).toEqual(['Deutschland']);
    expect(places('How many wolves were shot in 2024 in the Alps?')).toEqual([]);
  });

  it('GIVEN a question typed in lower case THEN any word after a bare "in" is read as a place, in a cased one only a capitalised word', () => {
    expect(places('how many wolves live in liechtenstein')).toEqual(['liechtenstein']);
    expect(places('How many fences were built in total?')).toEqual([]);
  });

  it('GIVEN a place no candidate passage writes THEN the unknown-name check reports it, a written one it does not', () => {
    const texts = [
      'Gemäss den jüngsten Zahlen leben in der Schweiz rund 35 Rudel.',
      'Niedersachsenweit wurden 48 Rudel nachgewiesen, die meisten Territorien liegen in Brandenburg.',
    ];
    const analyzer = createAnalyzer(buildVocabulary(texts));
    const terms = new Set(texts.flatMap((t) => analyzer.analyze(t)));
    const check = (question: string) =>
      unknownNames({ question, english: looksEnglish(question), queryWords: (text) => analyzer.analyzeQuery!(text), known: (term) => terms.has(term) });
    expect(check('Wie viele Rudel leben in Bayern?')).toEqual(['Bayern']);
    expect(check('Wie viele Rudel leben in Brandenburg?')).toEqual([]);
    expect(check('how many packs live in liechtenstein')).toEqual(['liechtenstein']);
    expect(check('how many packs live in switzerland')).toEqual([]);
  });
});
