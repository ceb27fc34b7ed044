/**
 * The word side of the analyzer, shared by passages and questions: a written word's terms (Snowball stems checked
 * against the corpus, strong verb infinitives, compound parts found in the corpus vocabulary), cached per distinct
 * word, and what the corpus's own words yield (`known`), against which question expansions are checked.
 */
import { stemmer } from '@orama/stemmers/german';
import type { AnalyzerSettings, PreparedVocabulary } from './analyzer-types.js';
import { createCompoundSplitter, type CompoundSplitter } from './compound-splitter.js';
import { widenWithGeneralParts } from './general-split.js';
import { isStopWord } from './stop-words.js';
import { strongVerbInfinitiveStem } from './strong-verbs.js';
import { BARE_VERB_MARK, bareVerbStem } from './separable-verbs.js';
import { foldGerman, isNumeric, normalize, words } from './words.js';

/** A word that yields terms: not a stop word, and a number or 2+ letters. */
export const keep = (word: string): boolean => (isNumeric(word) || word.length >= 2) && !isStopWord(word);

/** The folded, non-stop words (and hyphen parts) of some texts: the vocabulary compound splitting draws on. */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const group of words(text)) for (const word of group) if (keep(word) && !isNumeric(word)) vocabulary.add(word);
  }
  return vocabulary;
}

/** A text's terms and the corpus vocabulary behind them (see `createWordTerms`). */
export interface WordTerms {
  /** Folded corpus vocabulary words (widened with general compound parts). */
  surfaces: ReadonlySet<string>;
  /** Their Snowball stems. */
  stems: ReadonlySet<string>;
  /** Cuts a word into corpus vocabulary parts. */
  split: CompoundSplitter['split'];
  /** A word's stems, checked against the corpus (see below). */
  stemsOf(word: string): string[];
  /** Adds a word's terms (stems and compound parts) to `into`. */
  expand(word: string, into: Set<string>): void;
  /** The distinct terms of each written word; stop words yield none. */
  analyzeWords(text: string): string[][];
  /** The distinct terms of a text. */
  groupTerms(text: string): string[];
  /** True when the corpus's own words yield the term. */
  known(term: string): boolean;
  /** True when every written word of a German text has its whole-word term in the corpus. */
  attested(german: string): boolean;
  /** What was derived from the corpus vocabulary, for storing with the index. */
  prepare(): PreparedVocabulary;
}

/** The word side of `createAnalyzer`: built from the corpus vocabulary, or from what an earlier one `prepare`d. */
export function createWordTerms(vocabulary: Iterable<string>, settings: AnalyzerSettings, prepared?: PreparedVocabulary): WordTerms {
  const { stem, splitCompounds, minPartLength, openEnds, strongVerbs, generalParts } = settings;
  const stemOf = (word: string): string => (stem && !isNumeric(word) ? stemmer(word) : word);
  const surfaces = new Set<string>(prepared?.surfaces);
  if (!prepared) for (const word of vocabulary) surfaces.add(foldGerman(normalize(word)));
  if (!prepared && splitCompounds && generalParts && surfaces.size > 0) widenWithGeneralParts(surfaces, minPartLength);
  const stems = new Set(prepared ? prepared.stems : [...surfaces].map((word) => stemmer(word)));
  const { split } = createCompoundSplitter(surfaces, stems, { minPartLength, openEnds });

  /**
   * Snowball keeps "-s" after a vowel and all verb "-t"/"ge-" forms, so "Nordkoreas" ≠ "Nordkorea" and
   * "geschickt" ≠ "schicken". Checked against the corpus stems, so only forms the corpus attests are merged:
   * a genitive "-s" is dropped; a "-t"/"-et" ending and a participle "ge-" add the shorter stem as a second term.
   */
  function stemsOf(word: string): string[] {
    let stemmed = stemOf(word);
    if (!stem || isNumeric(word)) return [stemmed];
    if (stemmed.endsWith('s') && stems.has(stemmed.slice(0, -1)) && stemmed.length > 4) stemmed = stemmed.slice(0, -1);
    const attested = (form: string): boolean => form.length >= 3 && (stems.has(form) || corpusVerbStems().has(form));
    // "endet" → "end", "schickt" → "schick"
    const withoutT = (form: string): string | undefined =>
      [/et$/, /t$/].map((ending) => form.replace(ending, '')).find((bare) => bare !== form && attested(bare));
    const terms = [stemmed, withoutT(stemmed), strongVerbs ? strongVerbInfinitiveStem(word) : undefined, masculineStem(word, stems)];
    if (stemmed.startsWith('ge') && stemmed.length >= 7) {
      const rest = stemmer(stemmed.slice(2)); // "geschickt" → "schickt"
      terms.push(attested(rest) ? rest : undefined, withoutT(rest));
    }
    const bareVerb = strongVerbs ? bareVerbStem(word, corpusVerbStems()) : undefined;
    if (bareVerb) terms.push(`${bareVerb}${BARE_VERB_MARK}`);
    return [...new Set(terms.filter((term) => term !== undefined))];
  }

  // Infinitive stems of the corpus's strong verb forms: "begeht" may drop its -t when the corpus has "begangen".
  let verbStems: Set<string> | undefined = prepared && new Set(prepared.verbStems);
  const corpusVerbStems = (): Set<string> =>
    (verbStems ??= new Set(strongVerbs ? [...surfaces].map((word) => strongVerbInfinitiveStem(word)).filter((s) => s !== undefined) : []));

  /** The word's stems, plus the stems of its compound parts (and of their parts). */
  function expandUncached(word: string, into: Set<string>): void {
    for (const term of stemsOf(word)) into.add(term);
    if (!splitCompounds || isNumeric(word) || word.length < 2 * minPartLength) return;
    for (const part of split(word) ?? []) expandUncached(part, into);
  }
  // Analysis per distinct word, once: a corpus repeats its words, and stemming and compound splitting dominate.
  // Bounded, so a process answering for months does not grow without end.
  const expanded = new Map<string, readonly string[]>();
  const nothing: readonly string[] = [];
  /** A word's terms (stems and compound parts), analysed once per distinct word. */
  function expandedTerms(word: string): readonly string[] {
    let terms = expanded.get(word);
    if (terms === undefined) {
      const own = new Set<string>();
      expandUncached(word, own);
      if (expanded.size >= MAX_CACHED_WORDS) expanded.clear();
      expanded.set(word, (terms = own.size ? [...own] : nothing));
    }
    return terms;
  }
  /** A written word's terms; none for a stop word or a single letter. */
  const keptTerms = (word: string): readonly string[] => (keep(word) ? expandedTerms(word) : nothing);
  function expand(word: string, into: Set<string>): void {
    for (const term of expandedTerms(word)) into.add(term);
  }

  // One set per written word, so "Korea-Krieges" counts "krieg" once although whole and part both yield it.
  const analyzeWords = (text: string): string[][] => {
    const out: string[][] = [];
    for (const group of words(text)) {
      if (group.length === 1) {
        // Most words are not hyphenated: their terms are the cached expansion itself.
        const terms = keptTerms(group[0]!);
        if (terms.length > 0) out.push([...terms]);
        continue;
      }
      const terms = new Set<string>();
      for (const word of group) for (const term of keptTerms(word)) terms.add(term);
      if (terms.size > 0) out.push([...terms]);
    }
    return out;
  };
  const groupTerms = (text: string): string[] => [...new Set(analyzeWords(text).flat())];

  // Terms the corpus's own words yield: synonyms, translations and re-joined separable verbs are kept only when in it.
  // All terms indexing yields, compound parts included ("verteidigung" from "Verteidigungsminister").
  let corpusTerms: Set<string> | undefined = prepared && new Set(prepared.corpusTerms);
  const known = (term: string): boolean => {
    if (!corpusTerms) {
      corpusTerms = new Set<string>();
      for (const word of surfaces) expand(word, corpusTerms);
    }
    return corpusTerms.has(term);
  };
  /** Every written word of a German text has its whole-word term in the corpus (a compound's parts alone do not count). */
  const attested = (german: string): boolean => {
    const groups = analyzeWords(german);
    return groups.length > 0 && groups.every((terms) => known(terms[0]!));
  };

  const prepare = (): PreparedVocabulary => {
    known('');
    return { surfaces: [...surfaces], stems: [...stems], verbStems: [...corpusVerbStems()], corpusTerms: [...corpusTerms!] };
  };
  return { surfaces, stems, split, stemsOf, expand, analyzeWords, groupTerms, known, attested, prepare };
}

/**
 * German names persons and nationals in a feminine form ("Spanierinnen", "Bundestrainerin", "Torschützin") that
 * Snowball keeps apart from the masculine or generic one the dictionary and other texts use ("Spanier", "Trainer"):
 * the form without "-in"/"-innen" adds its stem. Only after endings such nouns have, and a base of 4+ letters, so
 * "beginnen", "Termin", "Benzin" stay whole; and only when the corpus has that stem — added everywhere, the extra
 * term lengthened passages full of such nouns and cost wm2023 a German held-out question.
 */
const FEMININE = /^(.{2,}(?:er|ist|ent|ant|at|ot|ut|og|eg|an|os|es|zt|tz|ur|ar))(?:in|innen)$/u;
function masculineStem(word: string, stems: ReadonlySet<string>): string | undefined {
  const base = FEMININE.exec(word)?.[1];
  const stem = base && stemmer(base);
  return stem && stems.has(stem) ? stem : undefined;
}

/** Distinct words whose analysis an analyzer keeps (a 100,000-passage news corpus has ~150,000). */
const MAX_CACHED_WORDS = 500_000;
