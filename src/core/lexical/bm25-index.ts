/** Okapi BM25 over a compact inverted index in typed arrays (scoring functions in bm25.ts). */
import type { Analyzer, QueryWord } from './analyzer-types.js';
import { COVERAGE_REFERENCE_DOCS, DEFAULT_BM25_PARAMS, idf, type Bm25Hit, type Bm25Params } from './bm25.js';
import { coverageScorer, recentAnalysis, type IdfBasis } from './coverage.js';
import { buildPostings, type Postings } from './postings.js';
import { topK } from './top-k.js';

/** An inverted index over a fixed list of texts; queries are analyzed by the analyzer the index was built with. */
export class Bm25Index {
  private readonly termIds: Map<string, number>;
  private readonly avgDocLength: number;
  /** Per-query scratch, reused so a question allocates nothing per matching document. */
  private readonly scores: Float64Array;
  private readonly seen: Uint8Array;
  private readonly touched: Uint32Array;
  private readonly idfs: Float64Array;
  private readonly referenceIdfs: Float64Array;
  private readonly norms: Float64Array;

  constructor(
    readonly analyzer: Analyzer,
    readonly postings: Postings,
    readonly params: Bm25Params = DEFAULT_BM25_PARAMS,
  ) {
    this.termIds = new Map(postings.terms.map((term, id) => [term, id]));
    this.analysis = recentAnalysis(analyzer);
    analyzer.useDocuments?.((term) => this.documentsOf(term));
    const n = postings.docLengths.length;
    let total = 0;
    for (let i = 0; i < n; i++) total += postings.docLengths[i]!;
    this.avgDocLength = n > 0 ? total / n : 0;
    this.scores = new Float64Array(n);
    this.seen = new Uint8Array(n);
    this.touched = new Uint32Array(n);
    this.idfs = new Float64Array(postings.terms.length).fill(Number.NaN);
    this.referenceIdfs = new Float64Array(postings.terms.length).fill(Number.NaN);
    // Each passage's length normalisation, k1·(1 − b + b·len/avgLen), as `bm25` computes it: once, not per posting.
    const { k1, b } = params;
    this.norms = new Float64Array(n);
    for (let i = 0; i < n; i++) this.norms[i] = k1 * (1 - b + b * (this.avgDocLength > 0 ? postings.docLengths[i]! / this.avgDocLength : 1));
  }

  /** Analyzes and indexes `texts`; hits refer to them by position. */
  static build(texts: readonly string[], analyzer: Analyzer, params: Bm25Params = DEFAULT_BM25_PARAMS): Bm25Index {
    return new Bm25Index(analyzer, buildPostings(texts, analyzer), params);
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.postings.docLengths.length;
  }

  /** Number of documents containing the term. */
  private df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.postings.starts[id + 1]! - this.postings.starts[id]!;
  }

  /** idf of an analyzed term in this index; a term no document contains gets the highest value (df = 0). */
  idf(term: string): number {
    return this.cachedIdf(term, this.size, this.idfs);
  }

  /** idf of an analyzed term over at least COVERAGE_REFERENCE_DOCS documents, with this index's document frequency. */
  referenceIdf(term: string): number {
    return this.cachedIdf(term, Math.max(this.size, COVERAGE_REFERENCE_DOCS), this.referenceIdfs);
  }

  private cachedIdf(term: string, docCount: number, cache: Float64Array): number {
    const id = this.termIds.get(term);
    if (id === undefined) return idf(0, docCount);
    // Coverage asks for the same terms' idf for every candidate sentence: computed once per term.
    let value = cache[id]!;
    if (Number.isNaN(value)) cache[id] = value = idf(this.df(term), docCount);
    return value;
  }

  /**
   * The best `k` documents for `query`, highest score first (ties: lower index first). Only documents
   * sharing at least one term with the query are returned, so an empty or stop-word-only query finds nothing.
   * `filter` restricts the candidates (e.g. to one article) before ranking. Scores accumulate term by term into
   * a reused array; only the `k` kept documents get their matched terms and coverage computed.
   */
  search(query: string, k: number, filter?: (docIndex: number) => boolean): Bm25Hit[] {
    const words = this.queryWords(query);
    if (k <= 0 || words.length === 0) return [];
    const { starts, docs, tfs } = this.postings;
    const { k1 } = this.params;
    const { scores, seen, touched, norms } = this;
    const docCount = this.size;

    // Plain BM25: each distinct term once, at its highest weight (1 for the question's own words, less for
    // synonyms). (Scoring each written word by its best term instead — so a compound or a "-t"/"ge-" variant
    // counts once — lost 2 of 62 German questions at @3 in the quick check; re-measured in round 9 with sentence
    // ranking, ten tuning dossiers: German R@3 82 → 79 %, English 75 → 72 %, fiebersaft and deutschlandticket −2 each.
    // Round 17, eighteen tuning dossiers, `eval --modes lexical`: own terms summed but of each word's weight-< 1 terms
    // (synonyms, translations) only the best per passage → German R@3 235 → 232 of 287, court, juice, heizung, intel,
    // tauchboot −1, wm2023 and deutschlandticket +1; English 168 unchanged: several synonyms of one word mark the topic.)
    const weights = highestWeights(words);
    let count = 0;
    for (const [term, weight] of weights) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const [from, to] = [starts[id]!, starts[id + 1]!];
      const termIdf = idf(to - from, docCount);
      for (let p = from; p < to; p++) {
        const doc = docs[p]!;
        if (filter && !filter(doc)) continue;
        const tf = tfs[p]!;
        // The same operations in the same order as `bm25`, so scores are bit-identical to it.
        scores[doc] = scores[doc]! + weight * ((termIdf * (tf * (k1 + 1))) / (tf + norms[doc]!));
        if (!seen[doc]) (seen[doc] = 1), (touched[count++] = doc);
      }
    }
    const best = topK(touched, count, k, (a, c) => scores[c]! - scores[a]! || a - c);
    const hits = best.map((index): Bm25Hit => ({ index, score: scores[index]!, coverage: 0, matchedTerms: [] }));
    for (let i = 0; i < count; i++) (scores[touched[i]!] = 0), (seen[touched[i]!] = 0);
    for (const hit of hits) {
      for (const term of weights.keys()) if (this.contains(term, hit.index)) hit.matchedTerms.push(term);
      hit.coverage = this.coverage(words, new Set(hit.matchedTerms), 'reference');
    }
    return hits;
  }

  /** The documents holding the analyzed term, ascending (a view of the postings). */
  documentsOf(term: string): Uint32Array {
    const id = this.termIds.get(term);
    return id === undefined ? new Uint32Array(0) : this.postings.docs.subarray(this.postings.starts[id]!, this.postings.starts[id + 1]!);
  }

  /** Whether document `doc` contains the analyzed term (binary search in its posting list). */
  contains(term: string, doc: number): boolean {
    return this.termFrequency(term, doc) > 0;
  }

  /** How often document `doc` holds the analyzed term (binary search in its posting list); 0 when never. */
  termFrequency(term: string, doc: number): number {
    const id = this.termIds.get(term);
    if (id === undefined) return 0;
    const { starts, docs, tfs } = this.postings;
    let [low, high] = [starts[id]!, starts[id + 1]! - 1];
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (docs[mid] === doc) return tfs[mid]!;
      if (docs[mid]! < doc) low = mid + 1;
      else high = mid - 1;
    }
    return 0;
  }

  /**
   * The BM25 score `search` would give each of `docs` for `query` (0 for a document sharing no term), computed for
   * those documents only: a re-ranker scoring its few candidates need not walk whole posting lists.
   */
  scoreDocs(query: string, docs: readonly number[]): number[] {
    const weights = highestWeights(this.queryWords(query));
    const { k1 } = this.params;
    return docs.map((doc) => {
      let score = 0;
      for (const [term, weight] of weights) {
        const tf = this.termFrequency(term, doc);
        if (tf > 0) score = score + weight * ((this.idf(term) * (tf * (k1 + 1))) / (tf + this.norms[doc]!));
      }
      return score;
    });
  }

  /** The question's words with weighted terms: the analyzer's expansion when it has one, else its words at weight 1. */
  queryWords(query: string): QueryWord[] {
    return this.analysis(query);
  }

  /**
   * Share of the question's idf weight that a set of terms holds (see `Bm25Hit.coverage`). A word's worth is the
   * idf of its most specific own term; when the index has none of its own terms but knows a synonym or translation,
   * the word is worth that term instead (the concept is in the index under another name). A word is credited with
   * its best matched term's idf × weight, at most its worth. `idfBasis`: this index's idf (ranking sentences within
   * one dossier) or the reference idf (a share comparable across dossiers, see COVERAGE_REFERENCE_DOCS).
   */
  coverage(words: QueryWord[], found: ReadonlySet<string>, idfBasis: IdfBasis = 'index'): number {
    return this.scorer(words, found, idfBasis);
  }

  /** idf and presence as coverage reads them: this index's idf, or the reference idf (COVERAGE_REFERENCE_DOCS). */
  private readonly scorer = coverageScorer({
    index: { idf: (term) => this.idf(term), has: (term) => this.termIds.has(term) },
    reference: { idf: (term) => this.referenceIdf(term), has: (term) => this.termIds.has(term) },
  });
  /** Retrieval, answer extraction and the answer-type check each read the same question: analysed once. */
  private readonly analysis: (query: string) => QueryWord[];
}

/** Each distinct term of the question's words once, at its highest weight (see `search`). */
function highestWeights(words: readonly QueryWord[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const word of words) for (const { term, weight } of word.terms) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
  return weights;
}
