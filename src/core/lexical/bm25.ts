/** Okapi BM25 over analyzed passages: pure scoring functions and a small in-memory inverted index. */
import type { Analyzer, QueryWord } from './analyzer.js';

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
 */
export const DEFAULT_BM25_PARAMS: Bm25Params = { k1: 1.2, b: 0.75 };

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
   * so an abstention threshold can be set on it. Each query word counts with the idf of its most specific
   * term (terms the index never saw count at df = 0, the highest idf) and is credited with the idf of its most
   * specific term found in the document: Σ_words max idf(matched) / Σ_words max idf(all). 1: every word found.
   */
  coverage: number;
  /** The distinct query terms found in the document, in query order. */
  matchedTerms: string[];
}

/** An inverted index over a fixed list of texts; queries are analyzed by the analyzer the index was built with. */
export class Bm25Index {
  private constructor(
    readonly analyzer: Analyzer,
    readonly params: Bm25Params,
    /** term → (document index → term frequency) */
    private readonly postings: Map<string, Map<number, number>>,
    private readonly docLengths: number[],
    private readonly avgDocLength: number,
  ) {}

  /** Analyzes and indexes `texts`; hits refer to them by position. */
  static build(texts: readonly string[], analyzer: Analyzer, params: Bm25Params = DEFAULT_BM25_PARAMS): Bm25Index {
    const postings = new Map<string, Map<number, number>>();
    const docLengths = texts.map((text, index) => {
      const terms = analyzer.analyze(text);
      for (const term of terms) {
        const docs = postings.get(term) ?? new Map<number, number>();
        docs.set(index, (docs.get(index) ?? 0) + 1);
        postings.set(term, docs);
      }
      return terms.length;
    });
    const total = docLengths.reduce((sum, length) => sum + length, 0);
    return new Bm25Index(analyzer, params, postings, docLengths, texts.length > 0 ? total / texts.length : 0);
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.docLengths.length;
  }

  /** idf of an analyzed term in this index; a term no document contains gets the highest value (df = 0). */
  idf(term: string): number {
    return idf(this.postings.get(term)?.size ?? 0, this.size);
  }

  /**
   * The best `k` documents for `query`, highest score first (ties: lower index first). Only documents
   * sharing at least one term with the query are returned, so an empty or stop-word-only query finds nothing.
   * `filter` restricts the candidates (e.g. to one article) before ranking.
   */
  search(query: string, k: number, filter?: (docIndex: number) => boolean): Bm25Hit[] {
    const words = this.queryWords(query);
    if (k <= 0 || words.length === 0) return [];
    const docCount = this.size;

    // Plain BM25: each distinct term once, at its highest weight (1 for the question's own words, less for
    // synonyms). (Scoring each written word by its best term instead — so a compound or a "-t"/"ge-" variant
    // counts once — lost 2 of 62 German questions at @3 in the quick check.)
    const weights = new Map<string, number>();
    for (const word of words) for (const { term, weight } of word.terms) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
    const hits = new Map<number, Bm25Hit>();
    for (const [term, weight] of weights) {
      const docs = this.postings.get(term);
      for (const [index, tf] of docs ?? []) {
        if (filter && !filter(index)) continue;
        const hit = hits.get(index) ?? { index, score: 0, coverage: 0, matchedTerms: [] };
        hit.score += weight * bm25(tf, docs!.size, docCount, this.docLengths[index]!, this.avgDocLength, this.params);
        hit.matchedTerms.push(term);
        hits.set(index, hit);
      }
    }
    for (const hit of hits.values()) hit.coverage = this.coverage(words, new Set(hit.matchedTerms));
    return [...hits.values()].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, k);
  }

  /** The question's words with weighted terms: the analyzer's expansion when it has one, else its words at weight 1. */
  queryWords(query: string): QueryWord[] {
    if (this.analyzer.analyzeQuery) return this.analyzer.analyzeQuery(query);
    return this.analyzer.analyzeWords(query).map((terms) => ({ terms: terms.map((term) => ({ term, weight: 1 })) }));
  }

  /**
   * Share of the question's idf weight that a set of terms holds (see `Bm25Hit.coverage`). A word's worth is the
   * idf of its most specific own term; when the index has none of its own terms but knows a synonym or translation,
   * the word is worth that term instead (the concept is in the index under another name). A word is credited with
   * its best matched term's idf × weight, at most its worth.
   */
  coverage(words: QueryWord[], found: ReadonlySet<string>): number {
    let possible = 0;
    let covered = 0;
    for (const { terms } of words) {
      const own = terms.filter((t) => t.weight >= 1);
      const seen = terms.filter((t) => this.postings.has(t.term));
      const basis = own.some((t) => this.postings.has(t.term)) || seen.length === 0 ? own.length ? own : terms : seen;
      const worth = Math.max(...basis.map((t) => this.idf(t.term)));
      const credit = Math.max(0, ...terms.filter((t) => found.has(t.term)).map((t) => t.weight * this.idf(t.term)));
      possible += worth;
      covered += Math.min(worth, credit);
    }
    return possible > 0 ? covered / possible : 0;
  }
}
