import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { prepositionsAt } from '../../src/core/lexical/prepositions.js';
import { words } from '../../src/core/lexical/words.js';

const at = (question: string): string[] => {
  const written = question.match(/[\p{L}\p{N}]+/gu) ?? [];
  const capitalized = written.map((w) => /^\p{Lu}/u.test(w));
  const groups = words(question);
  return [...prepositionsAt(groups, capitalized, !capitalized.some(Boolean))].map((i) => groups[i]![0]!);
};

describe('secondary prepositions in a question', () => {
  it('GIVEN "laut" before an article or a noun THEN it is a preposition', () => {
    expect(at('Was ist laut dem Bericht passiert?')).toEqual(['laut']);
    expect(at('Laut Polizei, wer war es?')).toEqual(['laut']);
    expect(at('was ist laut dem bericht passiert')).toEqual(['laut']);
  });

  it('GIVEN "laut" as an adjective or a capitalized noun THEN it stays a word', () => {
    expect(at('Wie laut war die Explosion?')).toEqual([]);
    expect(at('Welcher Laut war zu hören?')).toEqual([]);
    expect(at('Warum war die Musik zu laut?')).toEqual([]);
  });

  it('GIVEN a word that is only a preposition THEN it goes, whatever follows; a capitalized noun form stays', () => {
    expect(at('Wie viele Flüge fielen wegen der Störung aus?')).toEqual(['wegen']);
    expect(at('Was war dem Bericht zufolge der Grund?')).toEqual(['zufolge']);
    expect(at('Wer war mit Dank zufrieden?')).toEqual([]);
  });

  it('GIVEN a question with "wegen" THEN no search term comes from it (not the noun Weg)', () => {
    const analyzer = createAnalyzer(['weg', 'wege', 'flug', 'fluge', 'storung']);
    const terms = analyzer.analyzeQuery!('Wie viele Flüge fielen wegen der Störung aus?').flatMap((w) => w.terms.map((t) => t.term));
    expect(terms).not.toContain('weg');
    expect(terms).toContain('storung');
  });
});

describe('sentence adverbs in a question', () => {
  it('GIVEN "gerade" as an adverb THEN it is searched without its thesaurus synonyms; as a noun it keeps them', () => {
    const analyzer = createAnalyzer(['gerade', 'linie', 'derzeit', 'antibiotika', 'fehlen']);
    const termsOf = (q: string) => analyzer.analyzeQuery!(q).flatMap((w) => w.terms.map((t) => t.term));
    const adverb = termsOf('Welche Antibiotika fehlen gerade?');
    expect(adverb).toContain('gerad');
    expect(adverb).not.toContain('lini');
    expect(termsOf('Welche Gerade fehlt?')).toContain('lini');
  });
});

describe('ordinal adjectives in a question', () => {
  it('GIVEN "erste" THEN it is searched as erst without synonyms such as Sieg', () => {
    const analyzer = createAnalyzer(['erste', 'sieg', 'spiel', 'gewann']);
    const terms = analyzer.analyzeQuery!('Wer gewann das erste Spiel?').flatMap((w) => w.terms.map((t) => t.term));
    expect(terms).toContain('erst');
    expect(terms).not.toContain('sieg');
  });
});
