/** Fusion of the lexical and dense rankings: by rank (RRF) or by normalised score. */

export interface Ranking {
  /** Item ids, best first. */
  ids: number[];
  weight: number;
}

/** How hybrid retrieval combines its two rankings. */
export type FusionSettings =
  | { method: 'rrf'; lexicalWeight: number; denseWeight: number; k: number }
  | { method: 'score'; lexicalShare: number; adaptive?: AdaptiveShare };

/**
 * A lexical share that shrinks when the lexical side understood little of the question: share × min(1, signal / full).
 * A topic the dictionary and thesaurus cover poorly leaves question words the corpus has under no term it searched;
 * BM25 then ranks on what is left, and a fixed share lets that drag the dense ranking down. A calibration option,
 * not the default: on the tuning dossiers it tied or lost (figures at DEFAULT_FUSION in retrieve.ts).
 */
export interface AdaptiveShare {
  /**
   * 'top': the best lexical candidate's coverage (Bm25Hit.coverage, reference idf); 'reach': the coverage of all
   * lexical candidates' matched terms together — the share of the question the lexical side found anywhere.
   */
  signal: 'top' | 'reach';
  /** Signal at and above which the full share applies. */
  full: number;
}

/** How much of the question the lexical candidates hold (see AdaptiveShare.signal); both in [0, 1]. */
export interface LexicalUnderstanding {
  top: number;
  reach: number;
}

/** The lexical share for one question: `lexicalShare`, scaled down by `adaptive` when the lexical side understood little. */
export function lexicalShareFor(lexicalShare: number, adaptive: AdaptiveShare, understood: LexicalUnderstanding): number {
  return lexicalShare * Math.min(1, Math.max(0, understood[adaptive.signal]) / adaptive.full);
}

/**
 * score(d) = Σ weight_r / (k + rank_r(d)), rank starting at 1 (Cormack et al., 2009; k = 60 there).
 * Returns ids with their fused scores, best first; ties keep the order of first appearance.
 */
export function reciprocalRankFusion(rankings: Ranking[], k = 60): Array<{ id: number; score: number }> {
  const scores = new Map<number, number>();
  for (const { ids, weight } of rankings) {
    ids.forEach((id, i) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + i + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/**
 * share · minmax(lexical) + (1 − share) · minmax(dense), each min-max normalised over its own candidates (a
 * candidate missing from one side gets 0 there). Keeps how far apart the scores are, which RRF throws away.
 */
export function scoreFusion(lexical: Map<number, number>, dense: Map<number, number>, lexicalShare: number): Array<{ id: number; score: number }> {
  const norm = (scores: Map<number, number>) => {
    const values = [...scores.values()];
    const min = Math.min(...values);
    const span = Math.max(...values) - min;
    return (id: number) => (scores.has(id) ? (span > 0 ? (scores.get(id)! - min) / span : 1) : 0);
  };
  const lex = norm(lexical);
  const den = norm(dense);
  const ids = [...new Set([...lexical.keys(), ...dense.keys()])];
  return ids.map((id) => ({ id, score: lexicalShare * lex(id) + (1 - lexicalShare) * den(id) })).sort((a, b) => b.score - a.score);
}
