/** Question → ranked passage candidates: BM25 (re-ranked by best sentence) and HNSW rankings, fused when both are there. */
import type { GenerationReader, QuestionView } from '../store/types.js';
import type { RetrievalMode } from '../types.js';
import type { Bm25Hit } from '../lexical/bm25.js';
import type { VectorHit } from '../vector-index.js';
import { looksEnglish } from '../lexical/english-query.js';
import { surfaceIndexOf } from '../lexical/surface.js';
import { lexicalShareFor, reciprocalRankFusion, scoreFusion, type FusionSettings, type LexicalUnderstanding } from './fusion.js';
import { BM25_SHARE, bestSentenceCoverage, blendedScore, OFF_TYPE_FACTOR, OWN_WORDS_SHARE, ownWordsOf, rankingTypeOf, SURFACE_SHARE } from './sentence-score.js';

/** A ranked passage with the evidence of each retriever, kept for abstention and answer extraction. */
export interface Candidate {
  /** Position in the generation's passages. */
  index: number;
  /** Fused score (hybrid) or the one retriever's score. */
  score: number;
  lexical?: {
    /** Rank by `score`, from 1. */
    rank: number;
    /** BM25 blended with the best sentence's coverage, plus the passage's own-word coverage (see sentence-score.ts); comparable within one query. */
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
 * Re-measured on the tuning halves of schoigu, court and juice (72 answerable): 0.4 → 74 / 89 % / 0.81 (still
 * first); 0.3 → 74 / 88 % / 0.80; 0.5 → 76 / 86 % / 0.82. A share that shrinks when the lexical side understood
 * little of the question (fusion.ts, AdaptiveShare) did not win: × min(1, signal / 0.4–0.5) changes no ranking of
 * any tuning or held half; × min(1, signal / 0.6–1) loses a tuning question (court, "How old is the former Wirecard
 * CEO?", reach 0.53: its words the corpus lacks do not make BM25 wrong), and the held halves get worse too (juice
 * R@1 82 → 73 % in all of them but top/0.8, which loses schoigu R@3 94 → 91 % instead). On these dossiers a question
 * the lexical side half understands is not one it ranks badly. (`calibrate --dossier schoigu,court,juice`.)
 * Round 6, eight tuning dossiers (`npm run calibrate`): × reach/1 came first on the tuning halves (R@3 93 % against
 * 91 % for the flat 0.4), but the held halves tie (87 % both: heizung +1 question, juice −1) and juice declines one
 * more answerable question; flat 0.4 stays, as no held half agreed.
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

/**
 * Runs the searches in the store (BM25 and vectors, wherever the adapter keeps them), loads the candidates' sentence
 * data, and ranks them. Returns the view answering reads the candidates from.
 */
export async function retrieve(
  generation: GenerationReader,
  question: string,
  queryVector: Float32Array | null,
  options: RetrieveOptions,
): Promise<{ mode: RetrievalMode; candidates: Candidate[]; denseSimilarities: number[]; view: QuestionView }> {
  const canDense = queryVector !== null && generation.hasVectors;
  const mode: RetrievalMode = options.mode ?? (canDense ? 'hybrid' : 'lexical');
  if (mode !== 'lexical' && !canDense) throw new Error(`retrieval mode ${mode} needs a vector index and a query vector`);
  // Independent searches: with a database store, two round trips at once instead of one after the other.
  const [lexicalHits, denseHits] = await Promise.all([
    mode !== 'dense' ? generation.searchLexical(question, options.depth, options.sourceId) : [],
    mode !== 'lexical' ? generation.searchDense(queryVector!, options.depth, options.sourceId) : [],
  ]);
  const view = await generation.view(question, [...lexicalHits.map((h) => h.index), ...denseHits.map((h) => h.label)]);
  return { mode, view, ...rank(view, question, mode, lexicalHits, denseHits, options.fusion) };
}

/** Lexical hits re-ranked by their best sentence, fused with the dense hits in hybrid mode. */
function rank(live: QuestionView, question: string, mode: RetrievalMode, hits: Bm25Hit[], denseHits: VectorHit[], fusionSettings?: FusionSettings) {
  const byIndex = new Map<number, Candidate>();
  const entry = (index: number) => byIndex.get(index) ?? byIndex.set(index, { index, score: 0 }).get(index)!;

  const lexicalIds: number[] = [];
  if (mode !== 'dense') {
    const words = live.lexical.queryWords(question);
    const topBm25 = hits[0]?.score ?? 0;
    const answerType = rankingTypeOf(question);
    // An English question's weight-1 terms are the lexicon's translations, not words the asker wrote: no own-word signal.
    const english = looksEnglish(question);
    const ownWords = english ? [] : ownWordsOf(words);
    const surface = mode === 'lexical' ? surfaceOf(live, question, hits) : hits.map(() => 0);
    const scored = hits.map((hit, i) => {
      const sentenceCoverage = bestSentenceCoverage(live.lexical, words, live.sentencesOf(hit.index), answerType, OFF_TYPE_FACTOR);
      const own = live.lexical.coverage(ownWords, live.passageTermsOf(hit.index));
      const score = blendedScore(hit.score, topBm25, sentenceCoverage, BM25_SHARE) + OWN_WORDS_SHARE * own + SURFACE_SHARE * surface[i]!;
      return { hit, sentenceCoverage, score };
    });
    scored.sort((a, b) => b.score - a.score); // stable: equal scores keep BM25's order
    scored.forEach(({ hit, sentenceCoverage, score }, i) => {
      entry(hit.index).lexical = { rank: i + 1, score, bm25: hit.score, coverage: hit.coverage, sentenceCoverage };
      lexicalIds.push(hit.index);
    });
  }
  const denseIds: number[] = [];
  denseHits.forEach((hit, i) => {
    entry(hit.label).dense = { rank: i + 1, similarity: hit.similarity };
    denseIds.push(hit.label);
  });

  if (mode === 'lexical') lexicalIds.forEach((id) => (entry(id).score = entry(id).lexical!.score));
  else if (mode === 'dense') denseIds.forEach((id) => (entry(id).score = entry(id).dense!.similarity));
  else {
    const fusion = fusionSettings ?? DEFAULT_FUSION;
    const fused =
      fusion.method === 'rrf'
        ? reciprocalRankFusion([{ ids: lexicalIds, weight: fusion.lexicalWeight }, { ids: denseIds, weight: fusion.denseWeight }], fusion.k)
        : scoreFusion(
            new Map(lexicalIds.map((id) => [id, entry(id).lexical!.score])),
            new Map(denseIds.map((id) => [id, entry(id).dense!.similarity])),
            fusion.adaptive ? lexicalShareFor(fusion.lexicalShare, fusion.adaptive, understanding(live, question, hits)) : fusion.lexicalShare,
          );
    for (const { id, score } of fused) entry(id).score = score;
  }
  const candidates = [...byIndex.values()].sort((a, b) => b.score - a.score);
  const denseSimilarities = denseIds.map((id) => entry(id).dense!.similarity);
  return { candidates, denseSimilarities };
}

/** How much of the question the lexical side found, from what both stores return: the hits' coverage and matched terms. */
export function understanding(live: QuestionView, question: string, hits: Bm25Hit[]): LexicalUnderstanding {
  const top = Math.max(0, ...hits.map((h) => h.coverage));
  const reach = live.lexical.coverage(live.lexical.queryWords(question), new Set(hits.flatMap((h) => h.matchedTerms)), 'reference');
  return { top, reach };
}

/** Each hit's surface-form BM25 over the best hit's (see SURFACE_SHARE; lexical mode only); all 0 for an English question. */
function surfaceOf(live: QuestionView, question: string, hits: Bm25Hit[]): number[] {
  if (hits.length === 0 || looksEnglish(question)) return hits.map(() => 0);
  const scores = surfaceIndexOf(live.passages).scoreDocs(question, hits.map((h) => h.index));
  const top = Math.max(...scores);
  return top > 0 ? scores.map((s) => s / top) : scores;
}
