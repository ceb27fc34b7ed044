/** Dictionary translations become a query word: those the corpus has, their inflected forms, weighted by sense. */
import type { QueryWord } from './analyzer-types.js';
import { senseWeight, type Translation } from './english-lookup.js';
import type { Sense } from './english-senses.js';
import type { GermanTerms } from './german-terms.js';
import type { WordKind } from './thesaurus.js';

/** Reorders a word's attested senses (see `bySenseContext`). */
export type Prefer = <T extends Sense>(senses: readonly T[]) => T[];

/**
 * The one place translations become a query word: of the translations the corpus has, the first few are searched,
 * the first at full weight (its kind decides its synonyms), the others at `translationWeight`; undefined when the
 * corpus has none.
 */
export function attestedWord(translations: readonly Translation[], german: GermanTerms, prefer?: Prefer): QueryWord | undefined {
  const { weighted, attested, translationWeight, maxTranslations } = german;
  // A phrase the corpus lacks is searched by its thesaurus synonyms the corpus has ("United States" → Vereinigte
  // Staaten → USA): German news abbreviates or renames what Ding spells out.
  const termsFor = (g: string): string[] => (attested(g) ? withInflections(g, german) : (german.phraseSynonyms?.(g) ?? []));
  const senses = translations
    .map(({ german: g, rank }) => ({ terms: termsFor(g), kind: kindOf(g), sense: senseWeight(rank) }))
    .filter(({ terms }) => terms.length > 0);
  const found = (prefer ? prefer(senses) : senses).slice(0, maxTranslations);
  if (!found.length) return undefined;
  const [first, ...rest] = found;
  const extra = rest.flatMap(({ terms, sense }) => terms.map((term) => ({ term, weight: translationWeight * sense })));
  // A rare sense is evidence, not the word itself: none of its terms counts as the question's own.
  if (first!.sense < 1) return weighted([], [...first!.terms.map((term) => ({ term, weight: first!.sense })), ...extra]);
  return weighted(first!.terms, extra, first!.kind);
}

/** Endings of a German adjective before a noun ("frei" → die Freie|n Wähler). */
const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em'];

/**
 * A translation's terms, and for a lowercase single word (Ding's adjectives, adverbs, verbs) the terms of its inflected
 * forms the corpus has where the German analysis keeps them apart from the base ("frei", but "freie", "freien": the
 * lexicon knows those as words of their own). Where the stemmer joins the forms ("neue" → neu) nothing is added.
 * Without it "Free Voters" searched only "frei", which no passage holds, so the unknown-name check declined the
 * question. Measured (fourteen tuning dossiers, lexical): English answerable declined 10 → 9 % (landtagswahl 27 → 9 %),
 * R@3 unchanged on every dossier, heizung English R@1 one question lower; hybrid landtagswahl English R@3 36 → 55 %.
 */
export function withInflections(translation: string, { termsOf, known }: GermanTerms): string[] {
  const terms = termsOf(translation);
  if (terms.length !== 1 || translation.includes(' ') || /^\p{Lu}/u.test(translation)) return terms;
  const forms = ADJECTIVE_ENDINGS.flatMap((ending) => termsOf(translation + ending).slice(0, 1)).filter((t) => known(t) && !terms.includes(t));
  return [...terms, ...new Set(forms)];
}

/** Dictionary German shows its kind: nouns (and noun phrases) are capitalized. */
export const kindOf = (german: string): WordKind => (/^\p{Lu}/u.test(german.split(' ').at(-1)!) ? 'noun' : 'other');
