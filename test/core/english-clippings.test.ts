import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { clippingFullForm } from '../../src/core/lexical/english-clippings.js';
import { dictionaryLookup, keysOf } from '../../src/core/lexical/english-lookup.js';

const withVocabulary = (...texts: string[]) => createAnalyzer(buildVocabulary(texts));
const termsOf = (analyzer: ReturnType<typeof withVocabulary>, question: string) => analyzer.analyzeQuery!(question).flatMap((w) => w.terms.map((t) => t.term));
const germanOf = (word: string) => (dictionaryLookup([word]) ?? []).map((t) => t.german);

describe('English clippings and short forms', () => {
  it('GIVEN a clipping Ding lacks or reads as another word THEN its full word is searched, and one Ding translates as its full word is left alone', () => {
    expect(clippingFullForm(keysOf('gov'), 6)).toBe('government'); // Ding lacks "gov"
    expect(clippingFullForm(keysOf('subs'), 6)).toBe('submarine'); // Ding: "sub" → Ersatzspieler only
    expect(clippingFullForm(keysOf('planes'), 6)).toBe('airplane'); // Ding: Flugzeug only 12th, after Ebene …
    expect(clippingFullForm(keysOf('ICBMs'.toLowerCase()), 6)).toBe('intercontinental ballistic missile');
    expect(clippingFullForm(keysOf('lab'), 6)).toBeUndefined(); // Ding: "lab" → Labor, as "laboratory"
    expect(clippingFullForm(keysOf('ads'), 6)).toBeUndefined();
    expect(clippingFullForm(keysOf('submarine'), 6)).toBeUndefined(); // not a clipping
  }, 30_000);

  it('GIVEN a clipping THEN its translations hold the full word\'s and keep its own', () => {
    expect(germanOf('subs')).toEqual(expect.arrayContaining(['U-Boot', 'Ersatzspieler']));
    expect(germanOf('icbms')).toContain('Interkontinentalrakete');
    expect(germanOf('tech')).toContain('Technologie');
    expect(germanOf('lab')).not.toContain('Brennraum'); // "laboratory"'s own first sense stays away from "lab"
  }, 30_000);

  it('GIVEN a clipping Ding reads as another word THEN that reading comes after every sense of the full word', () => {
    const senses = germanOf('sub');
    expect(senses.indexOf('Ersatzspieler')).toBeGreaterThan(senses.indexOf('U-Boot'));
    // A corpus with none of the full word's senses: the question still searches the full word, never Ersatzspieler.
    const news = withVocabulary('Das Tauchboot verlor nach einer Stunde den Kontakt.');
    const terms = termsOf(news, 'When did the sub lose contact?');
    expect(terms).not.toContain(news.analyze('Ersatzspieler')[0]);
    expect(terms).toContain(news.analyze('Unterseeboot')[0]);
  }, 30_000);

  it('GIVEN an English question with a clipping THEN it searches the German the corpus writes for the full word', () => {
    const news = withVocabulary('Das U-Boot sank vor der Küste. Russland testete eine Interkontinentalrakete.');
    expect(termsOf(news, 'Where did the sub sink?')).toContain(news.analyze('U-Boot')[0]);
    expect(termsOf(news, 'How many ICBMs did Russia test?')).toContain(news.analyze('Interkontinentalrakete')[0]);
  }, 30_000);
});
