/**
 * The order of a word's senses after a determiner: the determiner announces a noun ("the strike"), and a word between
 * it and another word of the question ("a normal day", "the last one", "the renovated parts") modifies what follows:
 * it is an adjective (or a noun used as one), not the noun the determiner announces.
 */
import { dictionaryLookup, isGermanNoun, type Translation } from './english-lookup.js';

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
  return byClass(translations, adjectiveLike, isGermanNoun, verbLike);
}

/** Translations grouped by word class, in the order of the tests given, each group in Ding's order. */
const byClass = (translations: Translation[], ...classes: Array<(german: string) => boolean>): Translation[] =>
  classes.flatMap((inClass) => translations.filter((t) => inClass(t.german)));

/** Words after which English has a noun (articles, demonstratives, possessives); general knowledge, 14 words. */
export const DETERMINERS: ReadonlySet<string> = new Set('the a an this that these those its their his her our your my'.split(' '));

/**
 * A lowercase word after a determiner is a noun: Ding's nouns go before its verbs ("the strike" → Streik, not treffen;
 * "the surge" → Welle, not pumpen), each keeping its rank's weight (a rare sense stays evidence, see `attestedWord`).
 * A capitalized one is a name ("the Ruhr") and keeps Ding's order. Measured (sixteen tuning dossiers, lexical), English
 * R@3 / MRR@5: nouns among the common senses only 75.9 → 75.9 % / 64.6 → 64.9 % (landtagswahl +1 question, bahnstreik
 * −1: its passage lacks "Streik"); nouns of any rank 75.9 → 76.4 % / 64.6 → 65.1 % (sturmflut +1 too); German unchanged.
 */
export function nounsFirst(translations: Translation[]): Translation[] {
  return byClass(translations, isGermanNoun, (german) => !isGermanNoun(german));
}
