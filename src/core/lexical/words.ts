/**
 * Text → folded words: the first steps indexing, querying and the language check share. NFKC + lowercase,
 * umlaut/ß folding, and hyphenated words kept whole as well as cut into their parts.
 */
import { stemmer } from '@orama/stemmers/german';

const HYPHEN = /[-\u2010\u2011]/;
const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;

/**
 * Folds spelling variants onto one form, the way the Snowball stemmer folds umlauts: ä→a, ö→o, ü→u, ß→ss.
 * Transliterated ae/oe/ue count as umlauts at word start or after a consonant other than q, so "Pjoengjang",
 * "Staerkung" and "Oesterreich" meet "Pjöngjang", "Stärkung", "Österreich" while "neue", "Feuer", "Quelle" stay.
 */
export function foldGerman(word: string): string {
  return word
    .replace(/(^|[bcdfghjklmnprstvwxz])([aou])e/g, '$1$2')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    // Other accents go too ("Reykjavík", "Bogotá", "Café"): a question typed on an English keyboard writes them bare.
    .replace(/[^\x00-\x7f]/g, (c) => c.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Lowercase, NFKC, no soft hyphens: the first step for text and vocabulary alike. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\u00ad/g, '');
}

/** True for a word with a digit: numbers are neither stemmed nor split, and count even when short. */
export const isNumeric = (word: string): boolean => /\p{N}/u.test(word);

/** Splits normalized text into folded words; a hyphenated word yields its joined form first, then its parts. */
export function words(text: string): string[][] {
  const groups: string[][] = [];
  for (const [match] of normalize(text).matchAll(WORD)) {
    let group = folded.get(match);
    if (group === undefined) {
      const parts = match.split(HYPHEN).map(foldGerman);
      group = parts.length > 1 ? [parts.join(''), ...parts] : parts;
      if (folded.size >= MAX_FOLDED) folded.clear();
      folded.set(match, group);
    }
    groups.push([...group]);
  }
  return groups;
}
// Folding is five replacements per word; a corpus repeats its words, so each distinct written word is folded once.
const folded = new Map<string, readonly string[]>();
const MAX_FOLDED = 500_000;

/** Stems of a text's words, hyphenated words whole: thesaurus phrases are keyed so ("Vereinigten Staaten" → vereinigt staat). */
export const rawWords = (text: string): string[] => [...normalize(text).matchAll(WORD)].map(([m]) => stemmer(foldGerman(m.split(HYPHEN).join(''))));
/** The key a thesaurus phrase is stored and looked up under: its `rawWords`, space-joined. */
export const phraseKey = (phrase: string): string => rawWords(phrase).join(' ');
