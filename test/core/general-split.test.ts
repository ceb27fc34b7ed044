/** Question nouns cut into corpus words and general nouns (general-split.ts), and what coverage makes of the parts. */
import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { wordWorth } from '../../src/core/lexical/coverage.js';
import { GENERAL_PART_WEIGHT } from '../../src/core/lexical/general-split.js';

// A news corpus that writes "Festnahme" and "festgenommen" but no word ending in "-welle".
const news = createAnalyzer(
  buildVocabulary([
    'Nach der ersten Festnahme hat die Polizei am Mittwochabend fünf weitere Personen im Großraum Paris festgenommen.',
    'Die Ermittler werten Spuren am Tatort aus; die Verdächtigen sind in Gewahrsam.',
  ]),
);
const termsOf = (question: string, word: string) =>
  news.analyzeQuery!(question).find((w) => w.terms.some((t) => t.term === word))?.terms ?? [];

describe('question nouns cut into general nouns', () => {
  const question = 'Wie viele Personen hat die Polizei bei der zweiten Festnahmewelle in Gewahrsam genommen?';

  it('GIVEN a question compound whose head the corpus never writes ("Festnahmewelle") THEN its corpus part is searched, marked as a part', () => {
    expect(termsOf(question, 'festnahmewell')).toEqual(
      expect.arrayContaining([{ term: 'festnahmewell', weight: 1 }, { term: 'festnahm', weight: GENERAL_PART_WEIGHT, part: true }]),
    );
  });

  it('GIVEN the same word in a passage THEN it is indexed as before, whole (the index does not change)', () => {
    expect(news.analyze('Festnahmewelle')).toEqual(['festnahmewell']);
  });

  it('GIVEN a verb the corpus does not know THEN it is not cut into general nouns ("zugesagt" ≠ zuge|sagt)', () => {
    const verbs = createAnalyzer(buildVocabulary(['Der Minister sagt, die Hilfe komme.']));
    const terms = verbs.analyzeQuery!('Was hat der Minister zugesagt?').flatMap((w) => w.terms.map((t) => t.term));
    expect(terms).not.toContain('sag');
  });

  it('GIVEN a word whose only corpus term is such a part THEN the word keeps its own worth in coverage (the part earns a share)', () => {
    const idf: Record<string, number> = { festnahmewell: 9.9, festnahm: 5 };
    const stats = { idf: (t: string) => idf[t] ?? 9.9, has: (t: string) => t === 'festnahm' };
    const terms = termsOf(question, 'festnahmewell');
    expect(wordWorth(terms, stats)).toBe(9.9);
    // A synonym (no `part`) stands for the word: its idf becomes the worth.
    expect(wordWorth(terms.map(({ term, weight }) => ({ term, weight })), stats)).toBe(5);
  });
});
