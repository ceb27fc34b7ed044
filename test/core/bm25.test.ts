import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../src/core/lexical/analyzer.js';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { bm25, COVERAGE_REFERENCE_DOCS, DEFAULT_BM25_PARAMS, idf } from '../../src/core/lexical/bm25.js';
import { Bm25Index } from '../../src/core/lexical/bm25-index.js';

/** Splits on spaces and nothing else, so the numbers below can be worked out by hand. */
const spaces: Analyzer = {
  analyze: (text) => text.split(' ').filter(Boolean),
  analyzeWords: (text) => text.split(' ').filter(Boolean).map((word) => [word]),
};
const params = { k1: 1.2, b: 0.75 };

describe('bm25 (pure scoring)', () => {
  it('GIVEN df and N THEN idf is ln(1 + (N − df + 0.5)/(df + 0.5))', () => {
    expect(idf(2, 3)).toBeCloseTo(Math.log(1.6), 12);
    expect(idf(0, 10)).toBeCloseTo(Math.log(22), 12);
    expect(idf(10, 10)).toBeGreaterThan(0); // a term in every document still never scores negative
  });

  it('GIVEN hand-computed cases THEN the formula matches', () => {
    // tf 1, average length: the tf factor is exactly 1 → score = idf
    expect(bm25(1, 2, 3, 3, 3, params)).toBeCloseTo(Math.log(1.6), 12);
    // tf 2, length 5 of average 3: 2·2.2 / (2 + 1.2·(0.25 + 0.75·5/3)) = 4.4 / 3.8
    expect(bm25(2, 2, 3, 5, 3, params)).toBeCloseTo((Math.log(1.6) * 4.4) / 3.8, 12);
    expect(bm25(0, 2, 3, 3, 3, params)).toBe(0);
  });

  it('GIVEN b = 0 THEN length does not matter; GIVEN b = 1 THEN a longer document scores less', () => {
    expect(bm25(1, 1, 10, 100, 10, { k1: 1.2, b: 0 })).toBe(bm25(1, 1, 10, 10, 10, { k1: 1.2, b: 0 }));
    expect(bm25(1, 1, 10, 20, 10, { k1: 1.2, b: 1 })).toBeLessThan(bm25(1, 1, 10, 10, 10, { k1: 1.2, b: 1 }));
  });

  it('GIVEN growing tf THEN the score grows but saturates below idf·(k1 + 1)', () => {
    const at = (tf: number) => bm25(tf, 1, 10, 10, 10, DEFAULT_BM25_PARAMS);
    expect(at(2)).toBeGreaterThan(at(1));
    expect(at(1000)).toBeLessThan(idf(1, 10) * 2.2);
  });
});

describe('Bm25Index with a hand-checkable analyzer', () => {
  const index = Bm25Index.build(['a b c', 'a a d e f', 'g'], spaces, params);

  it('GIVEN a term in two documents THEN both are ranked by their hand-computed scores', () => {
    const hits = index.search('a', 10);
    expect(hits.map((hit) => hit.index)).toEqual([1, 0]);
    expect(hits[0]!.score).toBeCloseTo((Math.log(1.6) * 4.4) / 3.8, 12); // avg length 3
    expect(hits[1]!.score).toBeCloseTo(Math.log(1.6), 12);
    expect(hits[0]!.matchedTerms).toEqual(['a']);
  });

  it('GIVEN several query words THEN coverage is the idf share of the words found', () => {
    const [g, a] = [Math.log(1 + 2.5 / 1.5), Math.log(1.6)];
    const words = index.queryWords('a g');
    expect(index.coverage(words, new Set(['g']))).toBeCloseTo(g / (a + g), 12);
    expect(index.coverage(words, new Set(['a']))).toBeCloseTo(a / (a + g), 12);
    // an unseen word counts at df = 0 and lowers the coverage of every hit
    expect(index.coverage(index.queryWords('a zzz'), new Set(['a']))).toBeCloseTo(a / (a + Math.log(8)), 12);
    expect(index.coverage(index.queryWords('b c'), new Set(['b', 'c']))).toBe(1);
    expect(index.idf('zzz')).toBeCloseTo(Math.log(8), 12);
  });

  it('GIVEN a hit THEN its coverage counts idf over the reference size, so a small dossier is not read as a large one', () => {
    const reference = (df: number) => Math.log(1 + (COVERAGE_REFERENCE_DOCS - df + 0.5) / (df + 0.5));
    const [g, a] = [reference(1), reference(2)];
    const hits = index.search('a g', 10);
    expect(hits.find((hit) => hit.index === 2)!.coverage).toBeCloseTo(g / (a + g), 12);
    expect(hits.find((hit) => hit.index === 0)!.coverage).toBeCloseTo(a / (a + g), 12);
    expect(index.search('a zzz', 1)[0]!.coverage).toBeCloseTo(a / (a + reference(0)), 12);
  });

  it('GIVEN unrelated documents added THEN a hit keeps its coverage (the reference size, not N, sets idf)', () => {
    const grown = Bm25Index.build(['a b c', 'a a d e f', 'g', ...Array.from({ length: 40 }, (_, i) => `x${i} y${i}`)], spaces, params);
    const before = index.search('a g zzz', 3).map((hit) => hit.coverage);
    const after = grown.search('a g zzz', 3).map((hit) => hit.coverage);
    after.forEach((coverage, i) => expect(coverage).toBeCloseTo(before[i]!, 12));
    // with the dossier's own idf the same hits would move
    expect(grown.coverage(grown.queryWords('a g zzz'), new Set(['a']))).not.toBeCloseTo(index.coverage(index.queryWords('a g zzz'), new Set(['a'])), 3);
  });

  it('GIVEN k or an empty query THEN at most k hits, none for nothing', () => {
    expect(index.search('a', 1)).toHaveLength(1);
    expect(index.search('a', 0)).toEqual([]);
    expect(index.search('', 5)).toEqual([]);
    expect(index.search('zzz', 5)).toEqual([]);
    expect(Bm25Index.build([], spaces).search('a', 5)).toEqual([]);
  });
});

describe('Bm25Index over German text', () => {
  const texts = [
    'Schoigu reist nach Pjöngjang in Korea, zum 70. Jahrestag des Koreakriegs.',
    'Kim Jong-un empfängt den russischen Verteidigungsminister in Pjöngjang.',
    'Der Krieg endete 1953 mit einem Waffenstillstand.',
    'In der Schweiz hiess es, die Stärkung der Beziehungen sei wichtig.',
  ];
  const index = Bm25Index.build(texts, createAnalyzer(buildVocabulary(texts)));

  it('GIVEN a question THEN the passage with its words ranks first', () => {
    // Synonyms of "empfangen" (general thesaurus, lower weight) may find other passages, but not before this one.
    expect(index.search('Wer hat den Verteidigungsminister empfangen?', 3)[0]!.index).toBe(1);
    expect(index.search('Wann war der Koreakrieg?', 3).map((hit) => hit.index)).toEqual([0, 2]);
    expect(index.search('Was hieß es zur Staerkung?', 3).map((hit) => hit.index)).toEqual([3]);
  });

  it('GIVEN a compound question word THEN the exact compound outranks a passage with one part', () => {
    const [first, second] = index.search('Korea-Krieg', 3);
    expect(first!.index).toBe(0);
    expect(first!.coverage).toBe(1);
    expect(second!.index).toBe(2);
    expect(second!.coverage).toBeLessThan(1);
  });

  it('GIVEN a filter THEN only the documents it accepts are ranked', () => {
    expect(index.search('Pjoengjang', 10).map((hit) => hit.index)).toEqual(expect.arrayContaining([0, 1]));
    expect(index.search('Pjoengjang', 10, (i) => i !== 0).map((hit) => hit.index)).toEqual([1]);
    expect(index.search('Pjoengjang', 10, () => false)).toEqual([]);
  });

  it('GIVEN a stop-word-only question THEN nothing is found', () => {
    expect(index.search('Wer war das und wie?', 5)).toEqual([]);
  });
});

describe('Bm25Index with weighted query terms', () => {
  /** "x" stands for a synonym of "a" at half weight; words are single letters. */
  const expanding: Analyzer = {
    ...spaces,
    analyzeQuery: (text) =>
      text.split(' ').filter(Boolean).map((word) => ({ terms: [{ term: word, weight: 1 }, ...(word === 'a' ? [{ term: 'x', weight: 0.5 }] : [])] })),
  };
  const index = Bm25Index.build(['a b', 'x b', 'c'], expanding, params);

  it('GIVEN a synonym at half weight THEN its passage scores half of what the word itself scores', () => {
    const hits = index.search('a', 5);
    expect(hits.map((h) => h.index)).toEqual([0, 1]);
    expect(hits[1]!.score).toBeCloseTo(hits[0]!.score / 2, 12);
  });

  it('GIVEN a synonym match THEN coverage credits the word at the synonym weight', () => {
    const [viaWord, viaSynonym] = index.search('a', 5);
    expect(viaWord!.coverage).toBe(1);
    expect(viaSynonym!.coverage).toBeCloseTo(0.5, 12); // same idf: half the credit
  });

  it('GIVEN a word the index lacks but a synonym it has THEN the word is worth the synonym, not an unseen word', () => {
    const synonymOnly = Bm25Index.build(['x b', 'c'], expanding, params);
    expect(synonymOnly.search('a', 1)[0]!.coverage).toBeCloseTo(0.5, 12);
  });
});
