/**
 * English phrases read as one: which of an English word's own German terms may stand for it, and (below) phrases
 * looked up whole though they end in a function word.
 */
import type { QueryWord } from './analyzer-types.js';
import type { GermanTerms } from './german-terms.js';
import { dictionaryLookup } from './english-lookup.js';
import { skipped } from './english-words.js';

/**
 * Whether an English word Ding translates, none of whose translations the corpus has, is searched by its own terms:
 * only when the corpus writes the word itself (a name or loanword, "Wirecard", "Team"). That its German stem merely
 * matches a corpus word is chance: "better" stems to "bett" (Bett), "main" to "main" would be right only where the
 * river is written; a stem shared with a German word of another sense searched beds for "get better".
 */
export function ownStemSearched(word: string, own: readonly string[], { writes, known }: Pick<GermanTerms, 'writes' | 'known'>): boolean {
  return own.some(known) && writes(word);
}

/**
 * A phrase ending in a function word that Ding has whole ("according to" → zufolge, "send in" → einsenden): looked
 * up like any phrase. Word by word its function word is skipped and its first word translated alone ("according" →
 * übereinstimmend), a different sense. Not before "of": Ding's "number of", "lot of" are quantifiers (mehrere, viel)
 * that took the noun the question asks about ("the docket number of the order" searched mehr). Measured (eighteen
 * tuning dossiers, lexical): English R@1 117 → 118, answerable declined 18 → 17 (loewin), R@3 and German unchanged;
 * with "of" heizung lost a question at @3.
 */
export function endsInParticle(span: readonly string[]): boolean {
  return span.length > 1 && span.at(-1) !== 'of' && !skipped(span[0]!) && dictionaryLookup([...span]) !== undefined;
}

/**
 * Whether a phrase's search word says no more than one of its words translated alone: its best-weighted terms are all
 * that word's own ("wolf packs": Ding's Wolfsrudel is absent from the corpus, its second sense "Rotte Wölfe" is found
 * by its head, Wölfe, which "wolf" alone searches too). Taken as one, the phrase swallowed its other word, and
 * "packs", which alone searches Rudel, was never searched; word by word both are.
 */
export function addsNothing(phrase: QueryWord, span: readonly string[], alone: (word: string) => QueryWord | undefined): boolean {
  const top = Math.max(...phrase.terms.map((t) => t.weight));
  const best = phrase.terms.filter((t) => t.weight === top).map((t) => t.term);
  return span.some((word) => {
    const own = new Set(alone(word)?.terms.filter((t) => t.weight >= 1).map((t) => t.term));
    return best.length > 0 && best.every((term) => own.has(term));
  });
}
