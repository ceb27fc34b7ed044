/** What the English translation (english-query.ts) asks of the German analysis it hands its translations to. */
import type { QueryWord } from './analyzer-types.js';
import type { DocsOf } from './english-senses.js';
import type { WordKind } from './thesaurus.js';

/** The German analysis an English question's translations go through. */
export interface GermanTerms {
  /** The distinct terms of a German text. */
  termsOf(text: string): string[];
  /** A question word from its own terms (adding their synonyms) and further weighted terms. */
  weighted(own: string[], extra?: Array<{ term: string; weight: number }>, kind?: WordKind): QueryWord;
  /** True when the corpus has the term. */
  known(term: string): boolean;
  /** True when the corpus writes the word itself (folded), not just a word of the same stem ("Firma" is no "firm"). */
  writes(word: string): boolean;
  /** True when the corpus has every word of a German text (its whole-word term). */
  attested(german: string): boolean;
  /**
   * The corpus's terms for a multi-word German translation the corpus does not write, through the thesaurus's phrase
   * synonyms ("Vereinigte Staaten" → USA); none for a single word.
   */
  phraseSynonyms?: (german: string) => string[];
  /** Weight of the translations after the first one the corpus has. */
  translationWeight: number;
  /** Most translations the corpus has that are searched per word. */
  maxTranslations: number;
  /** The passages holding a term, when the index is known: senses are then chosen by co-occurrence (english-senses.ts). */
  docsOf?: DocsOf;
}
