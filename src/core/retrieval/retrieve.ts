/** Question → ranked passage candidates: BM25 (re-ranked by best sentence) and HNSW rankings, fused when both are there. */
import { EXACT_MAX, exactSearch } from '../exact-vectors.js';
import type { LiveIndex } from '../live-index.js';
import type { VectorHit } from '../vector-index.js';
import type { RetrievalMode } from '../types.js';
import { expectedAnswerType } from './answer-type.js';
import { reciprocalRankFusion, scoreFusion, type FusionSettings } from './fusion.js';
import { BM25_SHARE, bestSentenceCoverage, blendedScore, OFF_TYPE_FACTOR } from './sentence-score.js';

/** A ranked passage with the evidence of each retriever, kept for abstention and answer extraction. */
export interface Candidate {
  /** Position in `LiveIndex.passages`. */
  index: number;
  /** Fused score (hybrid) or the one retriever's score. */
  score: number;
  lexical?: {
    /** Rank by `score`, from 1. */
    rank: number;
    /** BM25 blended with the best sentence's coverage (see sentence-score.ts); comparable within one query. */
    score: number;
    /** The raw BM25 score; only comparable within one query. */
    bm25: number;
    /** Share of the question's idf weight the whole passage holds. */
    coverage: number;
    /** The same share for the passage's best sentence (with its section heading; off-type sentences discounted). */
    sentenceCoverage: number;
  };
  dense?: { rank: number; similarity: number };
}

/**
 * Min-max score fusion, 40 % lexical. `npm run calibrate` with the real multilingual-e5-small, tuning halves of both
 * tuning dossiers (R@1 / R@3 / MRR@5, no abstention): score 0.4 → 75 / 90 % / 0.82; score 0.3 → 75 / 90 % / 0.81;
 * RRF k 30, equal weights → 68 / 90 % / 0.78; RRF k 60 (the published default) → 66 / 86 % / 0.76; score 0.5 →
 * 76 / 86 %; score 0.2 → 73 / 86 %. Scores keep how far apart the candidates are, which ranks throw away.
 */
export const DEFAULT_FUSION: FusionSettings = { method: 'score', lexicalShare: 0.4 };

export interface RetrieveOptions {
  /** Only passages of this article. */
  sourceId?: string;
  /** How many candidates each retriever contributes. */
  depth: number;
  /** How hybrid mode fuses the two rankings (see DEFAULT_FUSION). */
  fusion?: FusionSettings;
  /** Force one retriever (evaluation); otherwise hybrid when a query vector is given. */
  mode?: RetrievalMode;
}

export function retrieve(
  live: LiveIndex,
  question: string,
  queryVector: Float32Array | null,
  options: RetrieveOptions,
): { mode: RetrievalMode; candidates: Candidate[]; denseSimilarities: number[] } {
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
    const hits = live.lexical.search(question, options.depth, filter);
    const words = live.lexical.queryWords(question);
    const topBm25 = hits[0]?.score ?? 0;
    const answerType = expectedAnswerType(question);
    const scored = hits.map((hit) => {
      const sentenceCoverage = bestSentenceCoverage(live.lexical, words, live.sentencesOf(hit.index), answerType, OFF_TYPE_FACTOR);
      return { hit, sentenceCoverage, score: blendedScore(hit.score, topBm25, sentenceCoverage, BM25_SHARE) };
    });
    scored.sort((a, b) => b.score - a.score); // stable: equal scores keep BM25's order
    scored.forEach(({ hit, sentenceCoverage, score }, i) => {
      entry(hit.index).lexical = { rank: i + 1, score, bm25: hit.score, coverage: hit.coverage, sentenceCoverage };
      lexicalIds.push(hit.index);
    });
  }
  const denseIds: number[] = [];
  if (mode !== 'lexical') {
    denseSearch(live, queryVector!, options.depth, options.sourceId, filter).forEach((hit, i) => {
      entry(hit.label).dense = { rank: i + 1, similarity: hit.similarity };
      denseIds.push(hit.label);
    });
  }

  if (mode === 'lexical') lexicalIds.forEach((id) => (entry(id).score = entry(id).lexical!.score));
  else if (mode === 'dense') denseIds.forEach((id) => (entry(id).score = entry(id).dense!.similarity));
  else {
    const fusion = options.fusion ?? DEFAULT_FUSION;
    const fused =
      fusion.method === 'rrf'
        ? reciprocalRankFusion([{ ids: lexicalIds, weight: fusion.lexicalWeight }, { ids: denseIds, weight: fusion.denseWeight }], fusion.k)
        : scoreFusion(
            new Map(lexicalIds.map((id) => [id, entry(id).lexical!.score])),
            new Map(denseIds.map((id) => [id, entry(id).dense!.similarity])),
            fusion.lexicalShare,
          );
    for (const { id, score } of fused) entry(id).score = score;
  }
  const candidates = [...byIndex.values()].sort((a, b) => b.score - a.score);
  const denseSimilarities = denseIds.map((id) => entry(id).dense!.similarity);
  return { mode, candidates, denseSimilarities };
}

/** One article's passages are searched exactly (HNSW with a selective filter visits most of its graph); the rest by HNSW. */
function denseSearch(live: LiveIndex, query: Float32Array, depth: number, sourceId: string | undefined, filter?: (i: number) => boolean): VectorHit[] {
  const range = sourceId !== undefined ? live.articleRange(sourceId) : undefined;
  if (range && live.rawVectorsPath && range[1] - range[0] <= EXACT_MAX) {
    try {
      return exactSearch(live.rawVectorsPath, live.vectors!.dimensions, range[0], range[1], query, depth);
    } catch {
      // The generation's files can be pruned under a long-running process (two index jobs since it loaded):
      // the in-memory HNSW graph still answers, only slower.
    }
  }
  return live.vectors!.search(query, depth, filter);
}
