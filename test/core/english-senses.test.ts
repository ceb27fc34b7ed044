import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { Bm25Index } from '../../src/core/lexical/bm25-index.js';
import { bySenseContext } from '../../src/core/lexical/english-senses.js';

/** Passages per term, as an index's posting lists give them. */
const postings = (lists: Record<string, number[]>) => (term: string) => lists[term] ?? [];
const own = (...terms: string[]) => ({ terms: terms.map((term) => ({ term, weight: 1 })) });

describe('English senses by co-occurrence in the corpus (issue 8)', () => {
  it('GIVEN a common later sense sharing passages with the other words THEN it goes first, the first sense joined to it', () => {
    const docsOf = postings({ aktie: [0], teil: [1, 2], pc: [1, 2], window: [2] });
    const senses = [{ terms: ['aktie'], sense: 1 }, { terms: ['teil'], sense: 1 }];
    expect(bySenseContext(senses, [own('pc'), own('window')], docsOf)).toEqual([{ terms: ['teil', 'aktie'], sense: 1 }, { terms: ['aktie'], sense: 1 }]);
  });

  it('GIVEN a rare sense, a tie or no shared passage THEN Ding\'s order stays', () => {
    const docsOf = postings({ reih: [0], datei: [1], losch: [1], teil: [0, 1] });
    expect(bySenseContext([{ terms: ['reih'], sense: 1 }, { terms: ['datei'], sense: 0.5 }], [own('losch')], docsOf)[0]!.terms).toEqual(['reih']);
    expect(bySenseContext([{ terms: ['reih'], sense: 1 }, { terms: ['datei'], sense: 1 }], [own('nirgends')], docsOf)[0]!.terms).toEqual(['reih']);
    expect(bySenseContext([{ terms: ['datei'], sense: 1 }, { terms: ['losch'], sense: 1 }], [own('datei'), own('losch')], docsOf)[0]!.terms).toEqual(['datei']);
  });

  it('GIVEN an index THEN an English question searches the sense its other words meet in full, and without one only Ding\'s first', () => {
    // Ding: "share" → Aktie, Anteil, Teil … (all common senses).
    const texts = ['Die Aktie von CrowdStrike fiel am Freitag.', 'Nur ein kleiner Teil der Windows-PCs war betroffen.', 'Ein Teil der Windows-PCs startete neu.'];
    const analyzer = createAnalyzer(buildVocabulary(texts));
    const weightOf = (german: string) => {
      const term = analyzer.analyze(german)[0];
      return Math.max(0, ...analyzer.analyzeQuery!('What share of Windows PCs was affected?').flatMap((w) => w.terms.filter((t) => t.term === term).map((t) => t.weight)));
    };
    expect(weightOf('Teil')).toBeLessThan(1);
    Bm25Index.build(texts, analyzer);
    expect(weightOf('Teil')).toBe(1);
    expect(weightOf('Aktie')).toBe(1);
  }, 30_000);
});
