/** Reciprocal rank fusion: combines rankings whose scores are not comparable (BM25 vs cosine) by rank alone. */

export interface Ranking {
  /** Item ids, best first. */
  ids: number[];
  weight: number;
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
