/**
 * English phrases read as one: which of an English word's own German terms may stand for it, and (below) phrases
 * looked up whole though they end in a function word.
 */
import type { GermanTerms } from './english-query.js';

/**
 * Whether an English word Ding translates, none of whose translations the corpus has, is searched by its own terms:
 * only when the corpus writes the word itself (a name or loanword, "Wirecard", "Team"). That its German stem merely
 * matches a corpus word is chance: "better" stems to "bett" (Bett), "main" to "main" would be right only where the
 * river is written; a stem shared with a German word of another sense searched beds for "get better".
 */
export function ownStemSearched(word: string, own: readonly string[], { writes, known }: Pick<GermanTerms, 'writes' | 'known'>): boolean {
  return own.some(known) && writes(word);
}
