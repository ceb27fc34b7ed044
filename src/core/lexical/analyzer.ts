/**
 * German-aware text analysis for the lexical index: the same function turns passages and questions into terms.
 * Pipeline per word: NFKC + lowercase → umlaut/ß folding → stop words → hyphen whole + parts →
 * compound parts found in the corpus vocabulary → Snowball German stem (+ the infinitive of a strong verb form).
 * Questions also get `analyzeQuery`: thesaurus synonyms at reduced weight, or the English glossary; a German
 * question's final separable particle is re-joined to its verb ("werfen … vor" → vorwerf).
 */
import { stemmer } from '@orama/stemmers/german';
import { createCompoundSplitter } from './compound-splitter.js';
import { analyzeEnglish, looksEnglish } from './english-query.js';
import { isStopWord } from './stop-words.js';
import { strongVerbInfinitiveStem } from './strong-verbs.js';
import { SYNONYM_GROUPS } from './thesaurus.js';
import { foldGerman, isNumeric, normalize, phraseKey, rawWords, words } from './words.js';

export { foldGerman } from './words.js';
export { isStopWord } from './stop-words.js';
export { looksEnglish } from './english-query.js';

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
}

/** One word of a question and what to search for it. */
export interface QueryWord {
  /** Search terms and their weights (1 for the word itself); distinct terms. */
  terms: Array<{ term: string; weight: number }>;
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
  /** Strong verb forms also yield their infinitive's stem, "starb" → sterb (default true). */
  strongVerbs?: boolean;
  /** Weight of thesaurus synonyms in `analyzeQuery` (default SYNONYM_WEIGHT; 0 turns expansion off). */
  synonymWeight?: number;
  /** Translate English questions with the glossary in `analyzeQuery` (default true). */
  glossary?: boolean;
}

/**
 * Synonyms are evidence, not the word itself: a passage saying "Tote" answers "starben" less surely than one
 * saying "starben". Eval tuning half, German R@3 / MRR@5: 0.3 → 84 % / 0.71, 0.5 → 87 % / 0.70,
 * 0.7 → 87 % / 0.69, 1 → 87 % / 0.70 (before later thesaurus fixes); 0.5 is the middle of the plateau.
 */
export const SYNONYM_WEIGHT = 0.5;

/** Particles of separable verbs, which a German main clause puts last ("schätzt … ein", "wirft … vor"); folded. */
const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(
  'ab an auf aus bei dar ein fest fort her hin los mit nach statt teil um vor vorbei weg zu zuruck zusammen'.split(' '),
);
const keep = (word: string): boolean => (isNumeric(word) || word.length >= 2) && !isStopWord(word);

/** The folded, non-stop words (and hyphen parts) of some texts: the vocabulary compound splitting draws on. */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const group of words(text)) for (const word of group) if (keep(word) && !isNumeric(word)) vocabulary.add(word);
  }
  return vocabulary;
}

/**
 * Creates an analyzer. With a vocabulary (see `buildVocabulary`), a word that can be cut entirely into
 * vocabulary words, joined by linking morphemes, also yields those parts: "verteidigungsminister" →
 * verteidigung + minister. Parts match on the surface form or on the stem, so an inflected last part
 * ("lieferungen") is found through "lieferung". Fewest parts wins; parts are split again recursively.
 */
export function createAnalyzer(vocabulary: Iterable<string> = [], options: AnalyzerOptions = {}): Analyzer {
  const { stem = true, splitCompounds = true, minPartLength = 4, openEnds = true, strongVerbs = true, synonymWeight = SYNONYM_WEIGHT, glossary = true } = options;
  const stemOf = (word: string): string => (stem && !isNumeric(word) ? stemmer(word) : word);
  const surfaces = new Set<string>();
  for (const word of vocabulary) surfaces.add(foldGerman(normalize(word)));
  const stems = new Set([...surfaces].map((word) => stemmer(word)));
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
    const terms = [stemmed, withoutT(stemmed), strongVerbs ? strongVerbInfinitiveStem(word) : undefined];
    if (stemmed.startsWith('ge') && stemmed.length >= 7) {
      const rest = stemmer(stemmed.slice(2)); // "geschickt" → "schickt"
      terms.push(attested(rest) ? rest : undefined, withoutT(rest));
    }
    return [...new Set(terms.filter((term) => term !== undefined))];
  }

  // Infinitive stems of the corpus's strong verb forms: "begeht" may drop its -t when the corpus has "begangen".
  let verbStems: Set<string> | undefined;
  const corpusVerbStems = (): Set<string> =>
    (verbStems ??= new Set(strongVerbs ? [...surfaces].map((word) => strongVerbInfinitiveStem(word)).filter((s) => s !== undefined) : []));

  /** The word's stems, plus the stems of its compound parts (and of their parts). */
  function expand(word: string, into: Set<string>): void {
    for (const term of stemsOf(word)) into.add(term);
    if (!splitCompounds || isNumeric(word) || word.length < 2 * minPartLength) return;
    for (const part of split(word) ?? []) expand(part, into);
  }

  // One set per written word, so "Korea-Krieges" counts "krieg" once although whole and part both yield it.
  const analyzeWords = (text: string): string[][] =>
    words(text)
      .map((group) => {
        const terms = new Set<string>();
        for (const word of group) if (keep(word)) expand(word, terms);
        return [...terms];
      })
      .filter((terms) => terms.length > 0);
  const groupTerms = (text: string): string[] => [...new Set(analyzeWords(text).flat())];

  // Thesaurus: each member's terms → the group's other single-word members' whole-word terms.
  const synonymsOf = new Map<string, Set<string>>();
  const phraseSynonyms = new Map<string, Set<string>>();
  for (const group of synonymWeight > 0 ? SYNONYM_GROUPS : []) {
    const wholes = group.filter((m) => !m.includes(' ')).map((m) => analyzeWords(m)[0]?.[0]).filter((t) => t !== undefined);
    for (const member of group) {
      if (member.includes(' ')) {
        const key = phraseKey(member);
        phraseSynonyms.set(key, new Set([...(phraseSynonyms.get(key) ?? []), ...wholes]));
        continue;
      }
      const own = analyzeWords(member)[0]?.[0];
      if (!own) continue;
      const set = synonymsOf.get(own) ?? new Set<string>();
      for (const t of wholes) if (t !== own) set.add(t);
      synonymsOf.set(own, set);
    }
  }

  /**
   * Thesaurus entries of a term, also through its bare verb forms: the corpus check in `stemsOf` keeps "begrusst"
   * whole when the corpus lacks "begruss", but the thesaurus knows "begrüßen".
   */
  const synonymsOfTerm = (term: string): string[] =>
    [term, term.replace(/e?t$/, ''), term.startsWith('ge') ? stemmer(term.slice(2)).replace(/e?t$/, '') : term].flatMap((form) => [...(synonymsOf.get(form) ?? [])]);

  /** Own terms at weight 1, then synonyms of any own term at `synonymWeight` (a term keeps its highest weight). */
  function weighted(own: string[], extra: Iterable<string> = []): QueryWord {
    const weights = new Map<string, number>(own.map((t) => [t, 1]));
    for (const t of [...own.flatMap(synonymsOfTerm), ...extra]) if (!weights.has(t)) weights.set(t, synonymWeight);
    return { terms: [...weights].map(([term, weight]) => ({ term, weight })) };
  }

  // Terms the corpus's own words yield, for checking a question's re-joined separable verbs against.
  let corpusTerms: Set<string> | undefined;
  /**
   * A question's last word may be the particle of a separable verb ("Was werfen die USA Nordkorea vor?"): the stop
   * list drops it and "werfen" alone misses "vorgeworfen". Each other word joined with it is tried; only joins the
   * corpus attests ("vorwerf") count, so "vor" + "staaten" adds nothing.
   */
  function separableJoins(groups: string[][]): Map<number, string[]> {
    const joins = new Map<number, string[]>();
    const last = groups.at(-1);
    if (!stem || groups.length < 2 || last?.length !== 1 || !SEPARABLE_PARTICLES.has(last[0]!)) return joins;
    corpusTerms ??= new Set([...surfaces].flatMap(stemsOf));
    groups.slice(0, -1).forEach((group, i) => {
      const joined = group.flatMap((word) => stemsOf(last[0]! + word)).filter((term) => corpusTerms!.has(term));
      if (joined.length) joins.set(i, joined);
    });
    return joins;
  }

  function analyzeGerman(text: string): QueryWord[] {
    const raw = rawWords(text);
    const groups = words(text);
    const joins = separableJoins(groups);
    return groups.flatMap((group, i) => {
      const own = new Set<string>(joins.get(i));
      for (const word of group) if (keep(word)) expand(word, own);
      // A thesaurus phrase ending at this word ("Vereinigte Staaten") adds its group to the last word.
      const phrase = [2, 3].flatMap((n) => (i + 1 >= n ? [...(phraseSynonyms.get(raw.slice(i + 1 - n, i + 1).join(' ')) ?? [])] : []));
      return own.size > 0 ? [weighted([...own], phrase)] : [];
    });
  }

  // An English question is translated word by word first; its German then goes through the same analysis.
  const analyzeQuery = (text: string): QueryWord[] =>
    glossary && looksEnglish(text) ? analyzeEnglish(text, { termsOf: groupTerms, weighted }) : analyzeGerman(text);
  return { analyze: (text) => analyzeWords(text).flat(), analyzeWords, analyzeQuery };
}

/** Analyzer without a corpus vocabulary: folding, stop words, hyphen parts and stemming, no compound splitting. */
export const { analyze } = createAnalyzer();
