/**
 * The share of a question's idf weight that a set of terms holds, over any source of term statistics: the in-memory
 * postings (bm25.ts) or statistics fetched from a database for one question. One implementation, so both give
 * bit-identical values.
 */
import type { Analyzer, QueryWord } from './analyzer-types.js';

/** Term statistics coverage needs: the idf of a term (df = 0 for unseen terms) and whether any document holds it. */
export interface TermStats {
  idf(term: string): number;
  has(term: string): boolean;
}

/** The question's words with weighted terms: the analyzer's expansion when it has one, else its words at weight 1. */
export function analyzeQuestion(analyzer: Analyzer, query: string): QueryWord[] {
  return analyzer.analyzeQuery
    ? analyzer.analyzeQuery(query)
    : analyzer.analyzeWords(query).map((terms) => ({ terms: terms.map((term) => ({ term, weight: 1 })) }));
}

/**
 * A word's worth is the idf of its most specific own term; when the index has none of its own terms but knows a
 * synonym or translation, the word is worth that term instead (the concept is in the index under another name). A
 * `part` (a compound part only a question's cut into general nouns finds, general-split.ts) is not the word: the word
 * keeps its worth.
 */
export function wordWorth(terms: QueryWord['terms'], stats: TermStats): number {
  const own = terms.filter((t) => t.weight >= 1);
  const seen = terms.filter((t) => stats.has(t.term) && !t.part);
  const basis = own.some((t) => stats.has(t.term)) || seen.length === 0 ? own.length ? own : terms : seen;
  return Math.max(...basis.map((t) => stats.idf(t.term)));
}

/**
 * Σ_words min(worth, best matched term's idf × weight) / Σ_words worth; `worths` are the words' `wordWorth`s.
 * A synonym rarer than the question's own word reaches the full worth, so "Zulassung" ties with the question's own
 * "Freigabe". Capping a weight-< 1 term's credit at 0.9–0.98 × worth (round 9, ten tuning dossiers, lexical): German
 * R@3 82 → 83 % (that one cannabis question), but R@1 59 → 58 % (schoigu, cannabis or rhodos −1), MRR −0.002 to −0.004;
 * at weight × min(worth, idf) R@3 82 → 82 % (schoigu, court −1). Summing the idf of a word's own matched terms (a
 * compound's parts found apart), capped at the worth, at 0.5 or 1: no figure moves. Neither kept.
 */
export function coverageOf(words: QueryWord[], worths: readonly number[], found: ReadonlySet<string>, stats: TermStats): number {
  let possible = 0;
  let covered = 0;
  words.forEach(({ terms }, i) => {
    const worth = worths[i]!;
    let credit = 0;
    for (const t of terms) if (found.has(t.term)) credit = Math.max(credit, t.weight * stats.idf(t.term));
    possible += worth;
    covered += Math.min(worth, credit);
  });
  return possible > 0 ? covered / possible : 0;
}

/** Which idf a coverage share is computed with: the index's own, or over at least COVERAGE_REFERENCE_DOCS documents. */
export type IdfBasis = 'index' | 'reference';

/** Coverage over each basis's term statistics; a word's worth is computed once per analysed question and basis. */
export function coverageScorer(stats: Record<IdfBasis, TermStats>): (words: QueryWord[], found: ReadonlySet<string>, basis?: IdfBasis) => number {
  const worths: Record<IdfBasis, WeakMap<QueryWord[], number[]>> = { index: new WeakMap(), reference: new WeakMap() };
  return (words, found, basis = 'index') => {
    let w = worths[basis].get(words);
    if (!w) worths[basis].set(words, (w = words.map(({ terms }) => wordWorth(terms, stats[basis]))));
    return coverageOf(words, w, found, stats[basis]);
  };
}

/** Analyses questions, remembering the last 16: retrieval, answer extraction and the answer-type check read the same one. */
export function recentAnalysis(analyzer: Analyzer): (question: string) => QueryWord[] {
  const recent = new Map<string, QueryWord[]>();
  return (question) => {
    let words = recent.get(question);
    if (!words) {
      if (recent.size >= 16) recent.delete(recent.keys().next().value!);
      recent.set(question, (words = analyzeQuestion(analyzer, question)));
    }
    return words;
  };
}
