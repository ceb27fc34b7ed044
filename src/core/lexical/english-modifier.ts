/**
 * A word between a determiner and another word of the question ("a normal day", "the last one", "the renovated
 * parts") modifies what follows: it is an adjective (or a noun used as one), not the noun the determiner announces.
 */
import type { Translation } from './english-lookup.js';
import { dictionaryLookup, isGermanNoun } from './english-lookup.js';

/** Degree adverbs, which follow a noun as often as they precede one ("the sub most likely"); general knowledge, 4 words. */
const DEGREE: ReadonlySet<string> = new Set(['most', 'more', 'least', 'less']);

/**
 * True when the word at `i` follows a determiner and precedes a word the question translates: it modifies that word.
 * Not before a function word (`skipped`), an adverb (DEGREE, or "-ly" with an adverb as Ding's first sense, not
 * "family") or a word whose first sense is a verb: the determiner's noun has ended there ("the strike in …", "the sub
 * most likely …", "did the sub carry").
 */
export function modifiesNext(raw: readonly string[], i: number, determiner: boolean, skipped: (word: string) => boolean): boolean {
  const next = raw[i + 1];
  if (!determiner || next === undefined || skipped(next) || DEGREE.has(next)) return false;
  const first = dictionaryLookup([next])?.[0]?.german;
  return first === undefined || !(verbLike(first) || (/ly$/.test(next) && adjectiveLike(first)));
}

/**
 * Whether a German translation reads as a verb: lowercase and ending in "-n", as the infinitives Ding gives do
 * ("dauern", "bestehen"). Adjectives ending so ("offen", "golden") land there too; they only move behind the nouns.
 */
const verbLike = (german: string): boolean => !isGermanNoun(german) && /n$/.test(german);

/** Whether a German translation reads as an adjective or adverb: lowercase and not a verb. */
const adjectiveLike = (german: string): boolean => !isGermanNoun(german) && !verbLike(german);

/**
 * A modifier's senses when Ding's first sense is an adjective or adverb ("normal" → unauffällig, "last" → zuletzt):
 * the word is first of all one, so its adjectives and adverbs go first, then its nouns, then its verbs, each group in
 * Ding's order; undefined for any other word, which stays a noun first (a noun modifies as a compound's first part,
 * "the rescue ship"). Nouns first for every word after a determiner searched "Winkelmaß" for "a normal day" and
 * "Bestand" for "the last one"; adjectives first for every modifier lost noun modifiers (tauchboot, heizung).
 * Measured (nineteen tuning dossiers, lexical, English R@3): adjectives, nouns, verbs for every modifier 174 → 172
 * (heizung, juice, erdbeben, tauchboot −1, carola, wm2023 +1); Ding's order for modifiers 174 → 173; this rule
 * 174 → 175 (carola 3 → 4 of 11, held half), R@1, declines and German unchanged on every dossier.
 */
export function adjectiveSensesFirst(translations: Translation[]): Translation[] | undefined {
  if (!translations.length || !adjectiveLike(translations[0]!.german)) return undefined;
  return [...translations.filter((t) => adjectiveLike(t.german)), ...translations.filter((t) => isGermanNoun(t.german)), ...translations.filter((t) => verbLike(t.german))];
}
