import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer, looksEnglish, type QueryWord } from '../../src/core/lexical/analyzer.js';
import { GLOSSARY_EN } from '../../src/core/lexical/glossary-en.js';
import { strongVerbInfinitiveStem } from '../../src/core/lexical/strong-verbs.js';
import { SYNONYM_GROUPS } from '../../src/core/lexical/thesaurus.js';

const news = createAnalyzer(buildVocabulary(['Die Toten und die Arbeitskräfte. Die USA und Schoigu in Pjöngjang, der Krieg.']));
/** term → weight of one analyzed question, all words together. */
const termsOf = (words: QueryWord[]) => new Map(words.flatMap((w) => w.terms.map((t) => [t.term, t.weight] as const)));

describe('strong verbs', () => {
  it('GIVEN past and participle forms THEN they lead to the infinitive stem', () => {
    expect(strongVerbInfinitiveStem('starben')).toBe('sterb');
    expect(strongVerbInfinitiveStem('gestorben')).toBe('sterb');
    expect(strongVerbInfinitiveStem('traf')).toBe('treff');
    expect(strongVerbInfinitiveStem('gab')).toBe('geb');
  });

  it('GIVEN a prefixed form THEN the prefixed infinitive', () => {
    expect(strongVerbInfinitiveStem('empfing')).toBe('empfang');
    expect(strongVerbInfinitiveStem('vorgeworfen')).toBe('vorwerf');
    expect(strongVerbInfinitiveStem('erhielt')).toBe('erhalt');
  });

  it('GIVEN other words, and forms that are also common nouns THEN nothing', () => {
    expect(strongVerbInfinitiveStem('krieg')).toBeUndefined();
    expect(strongVerbInfinitiveStem('lage')).toBeUndefined(); // "lag" (liegen) is left out on purpose
    expect(strongVerbInfinitiveStem('stand')).toBeUndefined();
  });

  it('GIVEN the analyzer THEN a strong form also yields the infinitive stem, in passages and questions alike', () => {
    expect(news.analyze('starben')).toEqual(['starb', 'sterb']);
    expect(news.analyze('empfing')).toContain(news.analyze('empfangen')[0]);
  });
});

describe('thesaurus query expansion', () => {
  it('GIVEN groups THEN every group has at least two members and none is empty', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThan(80);
    for (const group of SYNONYM_GROUPS) expect(group.every((m) => m.length > 0)).toBe(true);
  });

  it('GIVEN "starben" THEN "Tote" and "getötet" are searched at a lower weight, the word itself at full weight', () => {
    const terms = termsOf(news.analyzeQuery!('Wie viele Menschen starben?'));
    expect(terms.get('starb')).toBe(1);
    expect(terms.get('tot')).toBeGreaterThan(0);
    expect(terms.get('tot')).toBeLessThan(1);
  });

  it('GIVEN "Vereinigten Staaten" THEN the phrase finds "USA"; GIVEN "Arbeiter" THEN "Arbeitskräfte"', () => {
    expect(termsOf(news.analyzeQuery!('Was werfen die Vereinigten Staaten vor?')).has('usa')).toBe(true);
    expect(termsOf(news.analyzeQuery!('Werden Arbeiter geschickt?')).has('arbeitskraft')).toBe(true);
  });

  it('GIVEN an inflected verb the corpus lacks THEN its thesaurus entry is still found ("begrüßt" → empfangen)', () => {
    expect(termsOf(news.analyzeQuery!('Wie wurde er begrüßt?')).has('empfang')).toBe(true);
  });

  it('GIVEN synonym weight 0 THEN the question is its own words only', () => {
    const plain = createAnalyzer([], { synonymWeight: 0 });
    expect(plain.analyzeQuery!('Wie viele Menschen starben?').map((w) => w.terms.map((t) => t.term))).toEqual(plain.analyzeWords('Wie viele Menschen starben?'));
  });
});

describe('English glossary', () => {
  it('GIVEN English and German questions THEN the language is told by function words', () => {
    expect(looksEnglish('How many people were killed in the Korean War?')).toBe(true);
    expect(looksEnglish('Who received Shoigu in Pyongyang and how?')).toBe(true);
    expect(looksEnglish('Wie viele Menschen starben im Koreakrieg?')).toBe(false);
    expect(looksEnglish('Was war in Pjöngjang?')).toBe(false);
  });

  it('GIVEN an English question THEN its words are searched in German, phrases before words', () => {
    const terms = termsOf(news.analyzeQuery!('What did the defence minister say about the war in Pyongyang?'));
    expect(terms.get('verteidigungsminist')).toBe(1);
    expect(terms.get('krieg')).toBe(1); // "war" is a German stop word, but not in an English question
    expect(terms.get('pjongjang')).toBe(1);
    expect(terms.has('defenc')).toBe(false);
  });

  it('GIVEN plurals, past forms and unknown names THEN base forms are looked up and names kept', () => {
    const terms = termsOf(news.analyzeQuery!("Did Shoigu's visits bring missiles to Kim?"));
    expect(terms.has('schoigu')).toBe(true);
    expect(terms.has('raket')).toBe(true);
    expect(terms.has('kim')).toBe(true);
  });

  it('GIVEN the glossary THEN a few hundred lowercase entries', () => {
    expect(GLOSSARY_EN.size).toBeGreaterThan(300);
    for (const key of GLOSSARY_EN.keys()) expect(key).toBe(key.toLowerCase());
  });

  it('GIVEN the glossary switched off THEN an English question is analyzed like any text', () => {
    const plain = createAnalyzer([], { glossary: false, synonymWeight: 0 });
    expect(plain.analyzeQuery!('the war').flatMap((w) => w.terms.map((t) => t.term))).toEqual([]);
  });
});
