/**
 * German-aware text analysis for the lexical index: the same function turns passages and questions into terms.
 * Pipeline per word: NFKC + lowercase → umlaut/ß folding → stop words → hyphen whole + parts →
 * compound parts found in the corpus vocabulary → Snowball German stem (+ the infinitive of a strong verb form).
 * Questions also get `analyzeQuery`: thesaurus synonyms at reduced weight, or English → German translations
 * (both general resources, data/lexicon, kept only where the corpus has the German word); a German
 * question's final separable particle is re-joined to its verb ("werfen … vor" → vorwerf).
 *
 * Built from parts: the word side shared by passages and questions (word-terms.ts), a question word's expansion
 * (query-expansion.ts) and the German question's analysis (german-query.ts); interfaces and options in analyzer-types.ts.
 */
import { analyzeEnglish, looksEnglish } from './english-query.js';
import { settingsOf, type Analyzer, type AnalyzerOptions, type PreparedVocabulary, type QueryWord } from './analyzer-types.js';
import { createGermanQuery } from './german-query.js';
import type { GermanTerms } from './german-terms.js';
import { germanFor, germanNouns } from './lexicon.js';
import { createQueryExpansion } from './query-expansion.js';
import { thesaurus, type Thesaurus } from './thesaurus.js';
import { createWordTerms } from './word-terms.js';
import { foldGerman, rawWords } from './words.js';

export { foldGerman } from './words.js';
export { isStopWord } from './stop-words.js';
export { looksEnglish } from './english-query.js';
export { DERIVATION_WEIGHT, MAX_TRANSLATIONS, PART_SYNONYM_FACTOR, SYNONYM_WEIGHT, TRANSLATED_SYNONYM_WEIGHT, TRANSLATION_WEIGHT } from './query-weights.js';
export type { Analyzer, AnalyzerOptions, PreparedVocabulary, QueryWord } from './analyzer-types.js';
export { buildVocabulary } from './word-terms.js';

/**
 * Creates an analyzer. With a vocabulary (see `buildVocabulary`), a word that can be cut entirely into
 * vocabulary words, joined by linking morphemes, also yields those parts: "verteidigungsminister" →
 * verteidigung + minister. Parts match on the surface form or on the stem, so an inflected last part
 * ("lieferungen") is found through "lieferung". Fewest parts wins; parts are split again recursively.
 */
export function createAnalyzer(vocabulary: Iterable<string> = [], options: AnalyzerOptions = {}, prepared?: PreparedVocabulary): Analyzer {
  const settings = settingsOf(options);
  const { stem, splitCompounds, generalParts, synonymWeight, glossary, preload, translationWeight, maxTranslations, translatedSynonymWeight } = settings;
  const wordTerms = createWordTerms(vocabulary, settings, prepared);
  const { surfaces, analyzeWords, groupTerms, known, attested, prepare } = wordTerms;
  const lexicon: () => Thesaurus = prepared?.thesaurus ? () => prepared.thesaurus! : thesaurus;
  // The general vocabulary takes 1–3 s to load once per process: at index time, not inside the first question
  // (a Discord interaction must be acknowledged within 3 s). A stored corpus slice of the thesaurus is already loaded.
  if (surfaces.size > 0 && preload) {
    if (synonymWeight > 0) lexicon();
    if (glossary) germanFor('');
    if (splitCompounds && generalParts && stem) germanNouns(); // question words cut into general nouns (`generalSplitTerms`)
  }
  const expansion = createQueryExpansion(wordTerms, settings, lexicon);
  const { weighted } = expansion;

  // An English question is translated word by word first; its German then goes through the same analysis.
  const englishTerms: GermanTerms = {
    termsOf: groupTerms,
    weighted: (own, extra, kind) => weighted(own, extra, kind, synonymWeight > 0 ? translatedSynonymWeight : 0),
    known,
    writes: (word) => surfaces.has(foldGerman(word)),
    attested,
    phraseSynonyms: (german) => {
      const raw = rawWords(german);
      if (raw.length < 2 || synonymWeight <= 0) return [];
      return lexicon().phraseSynonyms(raw.join(' ')).filter((term) => known(term) && !raw.includes(term));
    },
    translationWeight,
    maxTranslations,
  };
  const analyzeGerman = createGermanQuery(wordTerms, expansion, settings, lexicon, englishTerms);
  const analyzeQuery = (text: string): QueryWord[] => (glossary && looksEnglish(text) ? analyzeEnglish(text, englishTerms) : analyzeGerman(text));
  const useDocuments = (docsOf: (term: string) => ArrayLike<number>): void => void (englishTerms.docsOf = docsOf);
  return { analyze: (text) => analyzeWords(text).flat(), analyzeWords, analyzeQuery, prepared: prepare, useDocuments };
}

/** Analyzer without a corpus vocabulary: folding, stop words, hyphen parts and stemming, no compound splitting. */
export const { analyze } = createAnalyzer();
