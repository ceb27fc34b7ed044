/**
 * Surface-form BM25: the passages' written words, lowercased, nothing else done to them (no stemming, folding,
 * compound splitting or stop words). Plain BM25 over these is the evaluation's baseline, and its score is a small
 * term of the lexical ranking for German questions (see SURFACE_SHARE in retrieval/sentence-score.ts).
 */
import type { Passage } from '../types.js';
import { Bm25Index } from './bm25-index.js';

/** The surface words of a text: lowercase runs of letters and digits. */
export const surfaceWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** BM25 over `surfaceWords` of `texts`; hits refer to them by position. */
export function surfaceBm25Index(texts: readonly string[]): Bm25Index {
  return Bm25Index.build(texts, { analyze: surfaceWords, analyzeWords: (text) => surfaceWords(text).map((w) => [w]) });
}

// One surface index per opened generation (its passage list; the engine builds it when it opens one): it needs only
// the passage texts both stores keep in memory, so nothing is stored and no stored index rebuilds. Measured
// (696 passages of the fourteen tuning dossiers): 7,289 terms, 31,557 postings, ≈ 0.4 MB, built in ≈ 30 ms; the
// same texts × 100 (69,600 passages): ≈ 26 MB, ≈ 2.6 s; scoring 50 candidates ≈ 0.1 ms.
const byPassages = new WeakMap<readonly Passage[], Bm25Index>();

/** The surface index of a generation's passages, built once per passage list. */
export function surfaceIndexOf(passages: readonly Passage[]): Bm25Index {
  let index = byPassages.get(passages);
  if (!index) byPassages.set(passages, (index = surfaceBm25Index(passages.map((p) => p.text))));
  return index;
}
