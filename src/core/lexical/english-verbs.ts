/**
 * Two corrections to how an English question's verbs are read: "get" as the passive's auxiliary, and the common sense
 * of a verb Ding lists only late.
 */

import { NEWS_SENSES } from './english-news-senses.js';

/** Forms of "get". */
const GET_FORMS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

/**
 * "get" before a regular past participle is English's passive auxiliary ("the hotel got evacuated", "before it got
 * raised"), like "was": translated, it searched besorgen, holen, bringen, which any passage may hold. Skipped like a
 * function word; irregular participles ("got hurt") are left as they are.
 */
export const passiveGet = (raw: readonly string[], i: number): boolean => GET_FORMS.has(raw[i]!) && /^\p{L}{3,}ed$/u.test(raw[i + 1] ?? '');

/**
 * Common verbs whose usual German sense Ding lists only after its first few (general knowledge, 8 entries): "get" →
 * besorgen, holen, bringen …, bekommen only 28th; "hire" → mieten, leihen …, einstellen not among the first six;
 * "approve" → billigen before genehmigen, and zulassen (of a drug) absent; "involve" → betroffen … beteiligt 10th;
 * "cross" → verschränken, kreuzen, überqueren absent; "receive" → empfangen before erhalten; "attend" → kommen before
 * teilnehmen; "monitor" → kontrollieren, Beobachter before überwachen; "fix" → Klemme, fixieren, no beheben; "join" →
 * Aggregat, zusammenführen before beitreten; and two adjectives: "likely" → geeignet, glaubhaft … wahrscheinlich 6th,
 * "normal" → unauffällig before normal. Only the first sense the corpus has is searched at full weight, so the
 * general first sense hid the news one.
 * These senses go before Ding's row; so do the news senses of common nouns (english-news-senses.ts).
 */
const USUAL_SENSES: ReadonlyMap<string, readonly string[]> = new Map([
  ['get', ['bekommen', 'erhalten']],
  ['hire', ['einstellen', 'verpflichten']],
  ['approve', ['genehmigen', 'zulassen']],
  ['involve', ['beteiligen']],
  ['cross', ['überqueren']],
  ['receive', ['erhalten', 'bekommen']],
  ['attend', ['teilnehmen', 'besuchen']],
  ['monitor', ['überwachen', 'beobachten']],
  ['fix', ['beheben', 'reparieren']],
  ['join', ['beitreten', 'anschließen']],
  ['likely', ['wahrscheinlich', 'vermutlich']],
  ['normal', ['normal', 'gewöhnlich', 'üblich']],
]);
/** Both tables as one lookup (no word is in both). */
const SENSES: ReadonlyMap<string, readonly string[]> = new Map([...NEWS_SENSES, ...USUAL_SENSES]);

/**
 * The usual senses of the first of a word's dictionary keys the table has, or undefined: a key may have lost a silent
 * "e" ("hired" → hir|e), and "got", "gotten" are "get".
 */
export function usualSenses(keys: readonly string[]): string[] | undefined {
  const key = keys.flatMap((k) => (GET_FORMS.has(k) ? ['get'] : [k, `${k}e`])).find((k) => SENSES.has(k));
  return key === undefined ? undefined : [...SENSES.get(key)!];
}

