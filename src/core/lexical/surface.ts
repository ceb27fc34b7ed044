/**
 * Surface-form BM25: the passages' written words, lowercased, nothing else done to them (no stemming, folding,
 * compound splitting or stop words). Plain BM25 over these is the evaluation's baseline, and its score is a small
 * term of the lexical ranking for German questions (see SURFACE_SHARE in retrieval/sentence-score.ts).
 */
import type { Passage } from '../types.js';
import { Bm25Index } from './bm25.js';

/** The surface words of a text: lowercase runs of letters and digits. */
export const surfaceWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** BM25 over `surfaceWords` of `texts`; hits refer to them by position. */
export function surfaceBm25Index(texts: readonly string[]): Bm25Index {
  return Bm25Index.build(texts, { analyze: surfaceWords, analyzeWords: (text) => surfaceWords(text).map((w) => [w]) });
}

// One surface index per opened generation (its passage list), built on the first German question: it needs only the
// passage texts both stores keep in memory, so nothing is stored and no index rebuilds.
const byPassages = new WeakMap<readonly Passage[], Bm25Index>();

/** The surface index of a generation's passages, built once per passage list. */
export function surfaceIndexOf(passages: readonly Passage[]): Bm25Index {
  let index = byPassages.get(passages);
  if (!index) byPassages.set(passages, (index = surfaceBm25Index(passages.map((p) => p.text))));
  return index;
}
