/** Fusion of the lexical and dense rankings: by rank (RRF) or by normalised score. */

export interface Ranking {
  /** Item ids, best first. */
  ids: number[];
  weight: number;
}

/** How hybrid retrieval combines its two rankings. */
export type FusionSettings =
  | { method: 'rrf'; lexicalWeight: number; denseWeight: number; k: number }
  | { method: 'score'; lexicalShare: number };

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
