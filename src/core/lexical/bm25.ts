/**
 * Okapi BM25 over analyzed passages: its parameters and pure scoring functions, and what a hit reports. The inverted
 * index that ranks with them is in bm25-index.ts, its posting lists in postings.ts.
 */

export interface Bm25Params {
  /** Term-frequency saturation: higher lets repeated terms count longer. */
  k1: number;
  /** Length normalisation: 0 ignores passage length, 1 divides fully by it. */
  b: number;
}

/**
 * Lucene's defaults; on the eval questions no pair in k1 0.9–2 × b 0.25–1 beat them at @3. With sentence ranking
 * (retrieval/sentence-score.ts) BM25 mostly breaks ties; b = 0.3 then gains one held-out English question and
 * nothing on the tuning half, so the defaults stay (a choice only the held-out half supports is not a choice).
 * Round 9, ten tuning dossiers (`eval --modes lexical`): k1/b 0.75/0.4, 1.2/0.4 and 2/0.75 leave every dossier's
 * German and English R@3 as they are (82 / 75 % pooled); only declines move (b 0.4: deutschlandticket unanswerable
 * 75 → 63 %; k1 2: cannabis answerable 8 → 13 %).
 */
export const DEFAULT_BM25_PARAMS: Bm25Params = { k1: 1.2, b: 0.75 };

/**
 * The collection size the coverage of a hit (`Bm25Hit.coverage`, what abstention reads) counts idf against, at least:
 * the dossier's own document frequencies over max(N, this). With the dossier's own N, adding unrelated articles
 * raised every idf and moved questions across the abstention threshold; over a fixed reference they stay put.
 * `npm run calibrate -- --lexical` (tuning halves, best threshold each, answerable declined ≤ 5 %): N → 50 % / 6 %
 * of unanswerable / answerable declined at 0.25 (over budget; within it 28 % / 3 %), 7 of 90 decisions flip when the
 * three dossiers are indexed together; 1,000 → 44 % / 4 % at 0.3, 4 flips; 10,000 → 44 % / 4 % at 0.3–0.35, 4 flips;
 * 100,000 → 44 % / 4 % at 0.35, 4 flips (33 % at 0.3). 10,000: the middle. Ranking keeps the dossier's own idf.
 */
export const COVERAGE_REFERENCE_DOCS = 10_000;

export type { IdfBasis } from './coverage.js';

/** Inverse document frequency, ln(1 + (N − df + 0.5) / (df + 0.5)): never negative, highest for unseen terms. */
export function idf(df: number, docCount: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/** BM25 contribution of one term to one document: idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avgLen)). */
export function bm25(
  tf: number,
  df: number,
  docCount: number,
  docLength: number,
  avgDocLength: number,
  { k1, b }: Bm25Params,
): number {
  if (tf <= 0) return 0;
  const lengthRatio = avgDocLength > 0 ? docLength / avgDocLength : 1;
  return (idf(df, docCount) * (tf * (k1 + 1))) / (tf + k1 * (1 - b + b * lengthRatio));
}

/** One ranked document. */
export interface Bm25Hit {
  /** Position of the document in the texts given to `build`. */
  index: number;
  /** Sum of `bm25` over the distinct query terms; only comparable within one query. */
  score: number;
  /**
   * Share of the question the document contains, in [0, 1], comparable across queries (raw scores are not),
   * so an abstention threshold can be set on it; idf here is over at least COVERAGE_REFERENCE_DOCS documents, so it
   * is also comparable across dossiers of different sizes. Each query word counts with the idf of its most specific
   * term (terms the index never saw count at df = 0, the highest idf) and is credited with the idf of its most
   * specific term found in the document: Σ_words max idf(matched) / Σ_words max idf(all). 1: every word found.
   */
  coverage: number;
  /** The distinct query terms found in the document, in query order. */
  matchedTerms: string[];
}
