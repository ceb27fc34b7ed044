import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';

const withVocabulary = (...texts: string[]) => createAnalyzer(buildVocabulary(texts));
/** The highest weight a question gives a German word's term (0 when it does not search it). */
const weightOf = (analyzer: ReturnType<typeof withVocabulary>, question: string, german: string): number => {
  const term = analyzer.analyze(german)[0];
  return Math.max(0, ...analyzer.analyzeQuery!(question).flatMap((w) => w.terms.filter((t) => t.term === term).map((t) => t.weight)));
};

describe('English modifiers between a determiner and a noun (issue 8)', () => {
  it('GIVEN an adjective after a determiner and before a noun THEN its adjective sense is searched in full, not its noun', () => {
    // Ding: "last" → zuletzt, Bestand, dauern, letzte …; "normal" → unauffällig, unverstellt, Winkelmaß, üblich, normal.
    const news = withVocabulary('Die letzte Straßenbahn fuhr um acht. Der Bestand an Fahrzeugen wächst.', 'Ein Winkelmaß liegt bereit. Es war ein normaler Tag.');
    expect(weightOf(news, 'When did the last tram leave?', 'letzte')).toBe(1);
    expect(weightOf(news, 'When did the last tram leave?', 'Bestand')).toBeLessThan(1);
    expect(weightOf(news, 'What happened on a normal day?', 'Winkelmaß')).toBeLessThan(1);
  }, 30_000);

  it('GIVEN a word after a determiner followed by a verb or a function word THEN it is read as the noun', () => {
    // Ding: "sub" (a clipping of submarine) → unterseeisch, Unterseeboot …; "did the sub carry" has the noun.
    const news = withVocabulary('Das Unterseeboot war unterseeisch unterwegs und trug Sauerstoff.');
    expect(weightOf(news, 'How much oxygen did the sub carry?', 'Unterseeboot')).toBe(1);
    expect(weightOf(news, 'Where is the sub now?', 'Unterseeboot')).toBe(1);
  }, 30_000);
});
