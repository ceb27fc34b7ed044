/**
 * English two-word terms that German writes as one compound teach how an English word looks inside German compounds:
 * "health insurance" → Krankenversicherung (insurance → Versicherung) gives "health" the modifier "kranken";
 * "cough syrup" → Hustensaft (cough → Husten) gives "syrup" the head "saft". The product then tries such parts when
 * an English question puts two words side by side ("fever syrup" → Fieber|saft), if the corpus has the compound.
 */
import { foldGerman, normalize } from '../src/core/lexical/words.js';

/** How an English word appears inside German compounds: as their first part (with its linking letters) or as their last. */
export interface CompoundParts {
  modifiers: string[];
  heads: string[];
}

/** Linking morphemes German puts between a compound's parts ("Verhandlung|s|tag", "Straße|n|bahn"). */
const LINKS = ['', 's', 'n', 'en', 'e', 'es', 'er'];
/** Shortest part learned, in letters: shorter remainders are mostly inflection ("Kind|er"). */
const MIN_PART = 3;
/** Most parts kept per English word and side, most often attested first. */
const MAX_PARTS = 4;

const fold = (word: string): string => foldGerman(normalize(word));
/** A single German noun: compounds are written as one capitalized word. */
const isNoun = (german: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(german);
/** A translation's forms that can start a compound: a noun as it is, a verb by its stem ("liefern" → liefer). */
const starts = (german: string): string[] => (isNoun(german) ? [fold(german)] : /^\p{Ll}+e?n$/u.test(german) ? [fold(german).replace(/e?n$/, '')] : []);

/**
 * For each English word: the compound parts learned from the dictionary's two-word keys whose translation is one
 * German word made of a known translation of one English word and a remainder (the other's part). Only parts that
 * are not already a translation of that word are kept; the more compounds show a part, the earlier it comes.
 */
export function compoundParts(translations: ReadonlyMap<string, readonly string[]>): Map<string, CompoundParts> {
  // A part must be a German word of its own (a head a noun, a modifier one after dropping its linking letters):
  // "Husten|saft" teaches "saft", not the "aft" or "ensaft" other cuts would leave.
  const german = new Set([...translations.values()].flatMap((gs) => gs.filter((g) => !g.includes(' ')).flatMap((g) => [fold(g), ...starts(g)])));
  const nouns = new Set([...translations.values()].flatMap((gs) => gs.filter(isNoun).map(fold)));
  const isWord = (part: string) => german.has(part);
  const isModifier = (part: string) => LINKS.some((link) => part.endsWith(link) && isWord(part.slice(0, part.length - link.length)));
  const counts = new Map<string, { modifiers: Map<string, number>; heads: Map<string, number> }>();
  const count = (english: string, side: 'modifiers' | 'heads', part: string) => {
    const entry = counts.get(english) ?? { modifiers: new Map(), heads: new Map() };
    entry[side].set(part, (entry[side].get(part) ?? 0) + 1);
    counts.set(english, entry);
  };
  for (const [key, germans] of translations) {
    const words = key.split(' ');
    if (words.length !== 2) continue;
    const [first, second] = words as [string, string];
    const firstGerman = translations.get(first);
    const secondGerman = translations.get(second);
    if (!firstGerman || !secondGerman) continue;
    for (const compound of germans.filter(isNoun).map(fold)) {
      // The head is a known translation of the second word: what precedes it is the first word's modifier.
      for (const head of secondGerman.filter(isNoun).map(fold)) {
        const modifier = compound.slice(0, -head.length);
        if (compound.endsWith(head) && modifier.length >= MIN_PART && isModifier(modifier)) count(first, 'modifiers', modifier);
      }
      // The modifier is a known translation of the first word (and a linking morpheme): what follows is the second's head.
      for (const start of firstGerman.flatMap(starts)) {
        for (const link of LINKS) {
          const head = compound.slice(start.length + link.length);
          if (compound.startsWith(start + link) && head.length >= MIN_PART && nouns.has(head)) count(second, 'heads', head);
        }
      }
    }
  }
  const parts = new Map<string, CompoundParts>();
  for (const [english, { modifiers, heads }] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const own = new Set((translations.get(english) ?? []).map(fold));
    const ranked = (found: Map<string, number>) =>
      [...found].filter(([part]) => !own.has(part)).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_PARTS).map(([part]) => part);
    const entry = { modifiers: ranked(modifiers), heads: ranked(heads) };
    if (entry.modifiers.length || entry.heads.length) parts.set(english, entry);
  }
  return parts;
}

/**
 * Phrases whose own translations miss the common German word, found through a longer term that adds one word in
 * front: "football world cup" → Fußballweltmeisterschaft, Fußball-WM (football → Fußball) gives "world cup" the
 * translations Weltmeisterschaft and WM. The rest must be a dictionary noun, or stand after a hyphen. Returns, per
 * phrase, the German it gains (not already among its translations), most often attested first.
 */
export function phraseRemainders(translations: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const nouns = new Set([...translations.values()].flatMap((gs) => gs.filter(isNoun).map(fold)));
  const found = new Map<string, Map<string, number>>();
  for (const [key, germans] of translations) {
    const words = key.split(' ');
    if (words.length !== 3) continue;
    const phrase = words.slice(1).join(' ');
    const front = (translations.get(words[0]!) ?? []).filter(isNoun).map((g) => g.toLowerCase());
    for (const german of germans.filter((g) => !g.includes(' '))) {
      const lower = german.toLowerCase();
      for (const start of front) {
        for (const link of [...LINKS, '-']) {
          if (!lower.startsWith(start + link)) continue;
          const rest = german.slice(start.length + link.length);
          const word = rest.charAt(0).toUpperCase() + rest.slice(1);
          if (rest.length < 2 || (link !== '-' && !nouns.has(fold(word)))) continue;
          const counts = found.get(phrase) ?? new Map<string, number>();
          counts.set(word, (counts.get(word) ?? 0) + 1);
          found.set(phrase, counts);
        }
      }
    }
  }
  const gained = new Map<string, string[]>();
  for (const [phrase, counts] of found) {
    // A rest that translates one of the phrase's words alone ("escape door" → Tür) adds nothing word-by-word lookup lacks.
    const own = new Set([phrase, ...phrase.split(' ')].flatMap((english) => translations.get(english) ?? []));
    const words = [...counts].filter(([w]) => !own.has(w)).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_PARTS).map(([w]) => w);
    if (words.length) gained.set(phrase, words);
  }
  return gained;
}
