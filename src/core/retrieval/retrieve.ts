/** Question → ranked passage candidates: BM25 and HNSW rankings, fused when both are there. */
import type { LiveIndex } from '../live-index.js';
import type { RetrievalMode } from '../types.js';
import { reciprocalRankFusion } from './fusion.js';

/** A ranked passage with the evidence of each retriever, kept for abstention and answer extraction. */
export interface Candidate {
  /** Position in `LiveIndex.passages`. */
  index: number;
  /** Fused score (hybrid) or the one retriever's score. */
  score: number;
  lexical?: { rank: number; score: number; coverage: number };
  dense?: { rank: number; similarity: number };
}

export interface RetrieveOptions {
  /** Only passages of this article. */
  sourceId?: string;
  /** How many candidates each retriever contributes. */
  depth: number;
  /** Fusion weights; equal by default. */
  weights?: { lexical: number; dense: number };
  /** Force one retriever (evaluation); otherwise hybrid when a query vector is given. */
  mode?: RetrievalMode;
}

export function retrieve(
  live: LiveIndex,
  question: string,
  queryVector: Float32Array | null,
  options: RetrieveOptions,
): { mode: RetrievalMode; candidates: Candidate[] } {
  const filter = options.sourceId
    ? (i: number) => live.passages[i]?.articleId === options.sourceId
    : undefined;
  const canDense = queryVector !== null && live.vectors !== null;
  const mode: RetrievalMode = options.mode ?? (canDense ? 'hybrid' : 'lexical');
  if (mode !== 'lexical' && !canDense) throw new Error(`retrieval mode ${mode} needs a vector index and a query vector`);

  const byIndex = new Map<number, Candidate>();
  const entry = (index: number) => byIndex.get(index) ?? byIndex.set(index, { index, score: 0 }).get(index)!;

  const lexicalIds: number[] = [];
  if (mode !== 'dense') {
    live.lexical.search(question, options.depth, filter).forEach((hit, i) => {
      entry(hit.index).lexical = { rank: i + 1, score: hit.score, coverage: hit.coverage };
      lexicalIds.push(hit.index);
    });
  }
  const denseIds: number[] = [];
  if (mode !== 'lexical') {
    live.vectors!.search(queryVector!, options.depth, filter).forEach((hit, i) => {
      entry(hit.label).dense = { rank: i + 1, similarity: hit.similarity };
      denseIds.push(hit.label);
    });
  }

  if (mode === 'lexical') lexicalIds.forEach((id) => (entry(id).score = entry(id).lexical!.score));
  else if (mode === 'dense') denseIds.forEach((id) => (entry(id).score = entry(id).dense!.similarity));
  else {
    const weights = options.weights ?? { lexical: 1, dense: 1 };
    const fused = reciprocalRankFusion([
      { ids: lexicalIds, weight: weights.lexical },
      { ids: denseIds, weight: weights.dense },
    ]);
    for (const { id, score } of fused) entry(id).score = score;
  }
  const candidates = [...byIndex.values()].sort((a, b) => b.score - a.score);
  return { mode, candidates };
}
