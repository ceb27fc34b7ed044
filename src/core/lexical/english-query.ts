/**
 * English questions: telling them from German ones by their function words, and translating their words
 * to German with the glossary before the German analysis takes over.
 */
import type { QueryWord } from './analyzer.js';
import { GLOSSARY_EN, LONGEST_PHRASE } from './glossary-en.js';
import { ENGLISH_STOP_WORDS, GERMAN_STOP_WORDS } from './stop-words.js';
import { foldGerman, normalize } from './words.js';

/** Function words only English has ("was", "in", "will", "so" are German too), for telling a question's language. */
const ENGLISH_ONLY = new Set([...ENGLISH_STOP_WORDS].filter((w) => !GERMAN_STOP_WORDS.has(w)));
const GERMAN_ONLY = new Set([...GERMAN_STOP_WORDS].filter((w) => !ENGLISH_STOP_WORDS.has(w)));

/** True when a text has more English-only than German-only function words. */
export function looksEnglish(text: string): boolean {
  const all = normalize(text).match(/[\p{L}]+/gu) ?? [];
  const english = all.filter((w) => ENGLISH_ONLY.has(w)).length;
  const german = all.filter((w) => GERMAN_ONLY.has(foldGerman(w))).length;
  return english > german;
}

/** The German analysis an English question's translations go through. */
export interface GermanTerms {
  /** The distinct terms of a German text. */
  termsOf(text: string): string[];
  /** A question word from its own terms (adding their synonyms). */
  weighted(own: string[]): QueryWord;
}

/** English: glossary phrases (longest first), then words; a word without entry keeps its own terms (names). */
export function analyzeEnglish(text: string, { termsOf, weighted }: GermanTerms): QueryWord[] {
  const raw = englishWords(text).map((w) => normalize(w));
  const result: QueryWord[] = [];
  for (let i = 0; i < raw.length; ) {
    let taken = 0;
    for (let n = Math.min(LONGEST_PHRASE, raw.length - i); n >= 1 && !taken; n--) {
      const german = glossaryLookup(raw.slice(i, i + n));
      if (german === undefined) continue;
      const own = termsOf(german);
      if (own.length) result.push(weighted(own));
      taken = n;
    }
    if (!taken) {
      const word = raw[i]!;
      const own = ENGLISH_STOP_WORDS.has(word) ? [] : termsOf(word);
      if (own.length) result.push(weighted(own));
      taken = 1;
    }
    i += taken;
  }
  return result;
}

/** English words as written, hyphens splitting ("Russia-Africa" → Russia Africa), apostrophes dropping "'s". */
const englishWords = (text: string): string[] => text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.toLowerCase() !== 's') ?? [];

/** The German for some English words: the phrase itself, else (single words) a singular or base form. */
function glossaryLookup(words: string[]): string | undefined {
  const phrase = words.join(' ');
  const direct = GLOSSARY_EN.get(phrase);
  if (direct !== undefined || words.length > 1) return direct;
  const bases = [phrase.replace(/ies$/, 'y'), phrase.replace(/es$/, ''), phrase.replace(/s$/, ''), phrase.replace(/ed$/, ''), phrase.replace(/d$/, ''), phrase.replace(/ing$/, '')];
  for (const base of bases) if (base !== phrase && base.length >= 3 && GLOSSARY_EN.has(base)) return GLOSSARY_EN.get(base);
  return undefined;
}
