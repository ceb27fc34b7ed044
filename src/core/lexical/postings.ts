/** The inverted index's posting lists: built once from analyzed texts, persisted by the index store. */
import type { Analyzer } from './analyzer-types.js';

/**
 * Postings in compressed-row form: term t's documents are `docs[starts[t] .. starts[t+1])` (ascending), with their
 * term frequencies in `tfs` at the same positions. This is what the index store persists.
 */
export interface Postings {
  /** Term id → term. */
  terms: readonly string[];
  starts: Uint32Array;
  docs: Uint32Array;
  tfs: Uint32Array;
  /** Terms per document (with repeats). */
  docLengths: Uint32Array;
}

/** Postings of `texts` analyzed by `analyzer`; term ids in order of first occurrence. */
export function buildPostings(texts: readonly string[], analyzer: Analyzer): Postings {
  const ids = new Map<string, number>();
  const lists: number[][] = []; // per term: doc, tf, doc, tf, …
  const docLengths = new Uint32Array(texts.length);
  const counts = new Map<number, number>();
  texts.forEach((text, doc) => {
    const terms = analyzer.analyze(text);
    counts.clear();
    for (const term of terms) {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = lists.push([]) - 1));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, tf] of counts) lists[id]!.push(doc, tf);
    docLengths[doc] = terms.length;
  });
  const starts = new Uint32Array(lists.length + 1);
  lists.forEach((list, t) => (starts[t + 1] = starts[t]! + list.length / 2));
  const docs = new Uint32Array(starts[lists.length]!);
  const tfs = new Uint32Array(docs.length);
  lists.forEach((list, t) => {
    for (let i = 0, at = starts[t]!; i < list.length; i += 2, at++) [docs[at], tfs[at]] = [list[i]!, list[i + 1]!];
  });
  return { terms: [...ids.keys()], starts, docs, tfs, docLengths };
}
