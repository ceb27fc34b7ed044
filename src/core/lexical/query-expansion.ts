/**
 * Term expansion of a question word (analyzeQuery): thesaurus synonyms, verb / noun derivations and a noun's parts
 * over general nouns, each kept only where the corpus has the term, and the weighting that merges them with the
 * word's own terms.
 */
import { stemmer } from '@orama/stemmers/german';
import type { AnalyzerSettings, QueryWord } from './analyzer-types.js';
import { ablautRelatives, latinRelatives } from './derivation.js';
import { ADJECTIVE, generalNounSplitter } from './general-split.js';
import { isStopWord } from './stop-words.js';
import type { Thesaurus, WordKind } from './thesaurus.js';
import type { WordTerms } from './word-terms.js';
import { isNumeric } from './words.js';

/** How a question word's terms are widened (see `createQueryExpansion`). */
export interface QueryExpansion {
  /** Thesaurus synonyms of a term that the corpus has; none at weight 0. */
  synonymsOfTerm(term: string, kind: WordKind, weight: number): string[];
  /** Own terms at weight 1 with `extra` and the own terms' synonyms (see below). */
  weighted(own: string[], extra?: QueryWord['terms'], kind?: WordKind, synonyms?: number, whole?: ReadonlySet<string>): QueryWord;
  /** Corpus terms of a question word's derivations and their weights. */
  derivedTerms(group: string[], own: ReadonlySet<string>, whole: ReadonlySet<string>, kind: WordKind): Array<{ term: string; weight: number }>;
  /** Corpus terms of a question noun's parts over corpus words and general nouns. */
  generalSplitTerms(word: string): string[];
}

/** The term expansion of `createAnalyzer`'s questions, over its word side and thesaurus. */
export function createQueryExpansion(wordTerms: WordTerms, settings: AnalyzerSettings, lexicon: () => Thesaurus): QueryExpansion {
  const { stem, splitCompounds, minPartLength, generalParts, synonymWeight, partSynonymFactor, derivationWeight } = settings;
  const { surfaces, stems, split, expand, known } = wordTerms;

  /**
   * Thesaurus entries of a term the corpus has, also through its bare verb forms: the corpus check in `stemsOf`
   * keeps "begrusst" whole when the corpus lacks "begruss", but the thesaurus knows "begrüßen".
   * A synonym whose stem is spelled like a stop word ("sicher" → sich, "Nachen" → nach, "Soll" → soll, "weilen" →
   * weil) is dropped: passages hold such a term only from whatever unrelated word stems to it ("sichern", …), so it
   * matched by accident ("trotzdem" met "sichern", "hinter" met every "nach"). Round 17, eighteen tuning dossiers,
   * `eval --modes lexical`: German R@3 235 → 236 of 287 (loewin held +1), English R@5 180 → 181 of 221, no dossier lower.
   * Not kept, same run, after it and "geworden" (German / English R@3 237 / 168): no synonym with a stem under 4 letters
   * (eck, end, lag, weg …) → 235 / 166 (juice, deutschlandticket, tauchboot −1, landtagswahl and benedikt English −1);
   * number words (eins … zehn, erste … zehnte; 18 stems) neither expanded nor synonyms ("erst" → Champion, Sieg) →
   * 236 / 167 (intel −1, erdbeben English −1).
   */
  // Not kept (round 20, twenty-one tuning dossiers, `eval --modes lexical --json --dossier <the 21>`): a synonym
  // another word of the question holds as its own term dropped ("Meisterschaft" → gewinn beside "gewonnen"), so one
  // passage word cannot count for two question words → German R@1 201 → 202 of 328 (erdbeben), R@3 269, MRR 0.717 →
  // 0.719, nothing else moves; also dropping a synonym an earlier word has as a synonym → R@3 268 (juice −1 and one
  // more declined). One question at @1 is not a general gain.
  const synonymsOfTerm = (term: string, kind: WordKind, weight: number): string[] =>
    weight <= 0
      ? []
      : [term, term.replace(/e?t$/, ''), term.startsWith('ge') ? stemmer(term.slice(2)).replace(/e?t$/, '') : term].flatMap((form) => lexicon().synonyms(form, kind).filter((t) => known(t) && !isStopWord(t)));

  /**
   * Own terms at weight 1, then `extra` at its weight and synonyms of any own term at `synonyms` (a term keeps its
   * highest weight). With `whole` (the written words' own stems), synonyms of the other own terms — compound parts —
   * weigh `synonyms × partSynonymFactor` (see PART_SYNONYM_FACTOR).
   */
  function weighted(own: string[], extra: QueryWord['terms'] = [], kind?: WordKind, synonyms = synonymWeight, whole?: ReadonlySet<string>): QueryWord {
    const weights = new Map<string, number>(own.map((t) => [t, 1]));
    const parts = new Set<string>(); // terms whose weight only a general-noun cut gave (see `generalSplitTerms`)
    const add = (term: string, weight: number, part = false) => {
      if (weight <= (weights.get(term) ?? 0)) return;
      weights.set(term, weight);
      if (part) parts.add(term);
      else parts.delete(term);
    };
    for (const { term, weight, part } of extra) add(term, weight, part);
    for (const term of own) {
      const weight = !whole || whole.has(term) ? synonyms : synonyms * partSynonymFactor;
      for (const t of synonymsOfTerm(term, kind, weight)) add(t, weight);
    }
    return { terms: [...weights].map(([term, weight]) => (parts.has(term) ? { term, weight, part: true } : { term, weight })) };
  }

  /**
   * The corpus terms of the nouns and verbs derived from a question word (derivation.ts) and their weights, its own
   * terms aside. Those of a compound's parts weigh less, as the parts' synonyms do ("Flugblatt" is no flight); an
   * adjective ("angeblich") is no verb.
   */
  function derivedTerms(group: string[], own: ReadonlySet<string>, whole: ReadonlySet<string>, kind: WordKind): Array<{ term: string; weight: number }> {
    if (!stem || derivationWeight <= 0 || group.some((word) => ADJECTIVE.test(word))) return [];
    const found = new Map<string, number>();
    const add = (term: string, weight: number) => !own.has(term) && found.set(term, Math.max(weight, found.get(term) ?? 0));
    for (const term of own) {
      const base = whole.has(term) ? derivationWeight : derivationWeight * partSynonymFactor;
      for (const { term: t, share } of ablautRelatives(term, known, kind)) add(t, base * share);
    }
    for (const word of group) for (const t of latinRelatives(word, known)) add(t, derivationWeight);
    return [...found].map(([term, weight]) => ({ term, weight }));
  }

  /** Corpus terms of a question noun's parts over corpus words and general nouns (general-split.ts). */
  const nounParts = splitCompounds && generalParts && stem ? generalNounSplitter(surfaces, stems, minPartLength, split) : () => null;
  function generalSplitTerms(word: string): string[] {
    if (isNumeric(word) || ADJECTIVE.test(word)) return [];
    const terms = new Set<string>();
    for (const part of nounParts(word) ?? []) expand(part, terms);
    return [...terms].filter(known);
  }
  return { synonymsOfTerm, weighted, derivedTerms, generalSplitTerms };
}
