/** The analyzer's interfaces and options (analyzer.ts builds it), and the options resolved to their defaults. */
import { DERIVATION_WEIGHT, MAX_TRANSLATIONS, PART_SYNONYM_FACTOR, SYNONYM_WEIGHT, TRANSLATED_SYNONYM_WEIGHT, TRANSLATION_WEIGHT } from './query-weights.js';
import type { Thesaurus } from './thesaurus.js';

/** Turns text into index terms. Indexing and querying must use the same instance. */
export interface Analyzer {
  /** All terms of the text, in order; a term repeats as often as the words yielding it. */
  analyze(text: string): string[];
  /** The distinct terms of each written word ("Korea-Krieges" → [koreakrieg, korea, krieg]); stop words yield none. */
  analyzeWords(text: string): string[][];
  /**
   * A question's words with weighted search terms: each word's own terms (weight 1), plus thesaurus synonyms at
   * a lower weight; an English question's words are replaced by their German glossary translations.
   * Analyzers without expansion may omit it (the index then uses `analyzeWords` at weight 1).
   */
  analyzeQuery?(text: string): QueryWord[];
  /** What the analyzer derived from its corpus vocabulary, for storing with the index (see `PreparedVocabulary`). */
  prepared?(): PreparedVocabulary;
  /** Gives the analyzer the index's passages per term: English senses are then chosen by co-occurrence (english-senses.ts). */
  useDocuments?(docsOf: (term: string) => ArrayLike<number>): void;
}

/**
 * What `createAnalyzer` derives from a corpus vocabulary, all depending only on the corpus: stored in the generation
 * so that a process starts without re-deriving it (stemming every vocabulary word, expanding every word into its
 * terms). Given back to `createAnalyzer`, the analyzer behaves exactly as one built from the vocabulary.
 */
export interface PreparedVocabulary {
  /** Folded vocabulary words. */
  surfaces: string[];
  /** Their Snowball stems. */
  stems: string[];
  /** Infinitive stems of the vocabulary's strong verb forms. */
  verbStems: string[];
  /** Every term indexing the vocabulary yields (compound parts included). */
  corpusTerms: string[];
  /** The thesaurus restricted to this corpus (see thesaurus.ts `thesaurusSlice`); the whole one when absent. */
  thesaurus?: Thesaurus;
}

/** One word of a question and what to search for it. */
export interface QueryWord {
  /** Search terms and their weights (1 for the word itself); distinct terms. */
  terms: Array<{ term: string; weight: number; part?: true }>;
}

/** Which analysis steps to run, and how strongly; every default is what the eval chose. */
export interface AnalyzerOptions {
  /** Snowball German stemming (default true). */
  stem?: boolean;
  /** Emit the parts of compounds found in the vocabulary (default true; needs a vocabulary). */
  splitCompounds?: boolean;
  /** Also split when one end is unknown, e.g. "Infanterie|raketen" (default true). */
  openEnds?: boolean;
  /** Shortest compound part, in characters (default 4: 3 gained nothing on the eval questions, 5 lost one). */
  minPartLength?: number;
  /** Nouns of the general vocabulary count as compound parts of corpus words (default true; see `widenWithGeneralParts`). */
  generalParts?: boolean;
  /** Strong verb forms also yield their infinitive's stem, "starb" → sterb (default true). */
  strongVerbs?: boolean;
  /** Weight of a German question word's verb / noun derivations (derivation.ts) in `analyzeQuery` (default DERIVATION_WEIGHT; 0 off). */
  derivationWeight?: number;
  /** Weight of thesaurus synonyms in `analyzeQuery` (default SYNONYM_WEIGHT; 0 turns expansion off). */
  synonymWeight?: number;
  /** Share of `synonymWeight` that synonyms of a German question word's compound parts get (default PART_SYNONYM_FACTOR). */
  partSynonymFactor?: number;
  /** Translate English questions with the dictionary in `analyzeQuery` (default true). */
  glossary?: boolean;
  /** Weight of thesaurus synonyms of an English word's translations (default TRANSLATED_SYNONYM_WEIGHT). */
  translatedSynonymWeight?: number;
  /** Weight of a dictionary translation after the first one the corpus has (default TRANSLATION_WEIGHT). */
  translationWeight?: number;
  /** Most translations the corpus has that are searched per English word (default MAX_TRANSLATIONS). */
  maxTranslations?: number;
  /** Read the thesaurus and dictionary when created, not at the first question (default true; the index job needs neither to analyse text). */
  preload?: boolean;
}

/** Every option with its default filled in: what the parts of an analyzer are built from. */
export type AnalyzerSettings = Required<AnalyzerOptions>;

/** The options with their defaults (each is what the eval chose). */
export function settingsOf(options: AnalyzerOptions): AnalyzerSettings {
  const { stem = true, splitCompounds = true, minPartLength = 4, openEnds = true, strongVerbs = true, synonymWeight = SYNONYM_WEIGHT, glossary = true } = options;
  const { generalParts = true, partSynonymFactor = PART_SYNONYM_FACTOR, derivationWeight = DERIVATION_WEIGHT } = options;
  const { translationWeight = TRANSLATION_WEIGHT, maxTranslations = MAX_TRANSLATIONS, translatedSynonymWeight = TRANSLATED_SYNONYM_WEIGHT, preload = true } = options;
  return { stem, splitCompounds, minPartLength, openEnds, strongVerbs, synonymWeight, glossary, generalParts, partSynonymFactor, derivationWeight, translationWeight, maxTranslations, translatedSynonymWeight, preload };
}
