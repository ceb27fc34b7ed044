/**
 * A generation read from PostgreSQL. Article metadata, passage texts and the terms' document frequencies are loaded
 * once (sources, citations, idf); BM25 runs in SQL over the stored postings and pgvector searches the generation's
 * HNSW index; the candidates' sentence data is fetched per question unless already held. BM25 is summed in SQL to
 * rank, then the returned rows are re-scored in JavaScript in the embedded index's order of operations, so scores
 * and ties are bit-identical to the files backend.
 */
import type pg from 'pg';
import type { Manifest } from '../index-store.js';
import type { Analyzer, QueryWord } from '../lexical/analyzer.js';
import { COVERAGE_REFERENCE_DOCS, DEFAULT_BM25_PARAMS, idf, type Bm25Hit } from '../lexical/bm25.js';
import { analyzeQuestion, coverageScorer, recentAnalysis } from '../lexical/coverage.js';
import { looksEnglish } from '../lexical/english-query.js';
import type { IndexedSentence } from '../live-index.js';
import type { ArticleMeta, Passage } from '../types.js';
import type { VectorHit } from '../vector-index.js';
import { guarded } from './postgres-errors.js';
import { vectorTable } from './postgres-schema.js';
import { vectorLiteral } from './postgres-write.js';
import type { GenerationReader, QuestionView } from './types.js';

/** Extra rows SQL returns beyond k, so float sums that differ in the last bit cannot move a passage across the cut. */
const SLACK = 20;

/** Sentence data kept for this many passages at most (candidates recur from question to question). */
const HELD_ROWS = 5_000;

/** The store's query function; with `name`, a prepared statement (planned once per connection, see postgres.ts). */
export type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[], name?: string) => Promise<pg.QueryResult<R>>;

/**
 * BM25 summed per passage over the question's corpus terms (idf computed by the caller from the loaded document
 * frequencies), the top passages with their matched terms, and the sentence data of those the reader does not hold
 * yet ($9: one bit per passage, set when held; a subquery per passage not held, so no plan scans every passage).
 * Arrays travel as JSON: the driver's JSON.parse is native, its text[] parser is not (measured: a third of the time).
 */
const rankSql = (filter: string) => `WITH top AS (
    SELECT po.idx, po.length, json_agg(q.term) AS terms, json_agg(po.tf) AS tfs
    FROM unnest($2::text[], $3::float8[], $4::float8[]) AS q(term, weight, idf)
      JOIN dossier_postings po ON po.generation = $1 AND po.term = q.term ${filter}
    GROUP BY po.idx, po.length
    ORDER BY sum(q.weight * q.idf * (po.tf * ($5::float8 + 1)) / (po.tf + $5::float8 * (1 - $6::float8 + $6::float8 * po.length / $7::float8))) DESC, po.idx
    LIMIT $8::int)
  SELECT top.*, CASE WHEN get_bit($9::bytea, top.idx) = 1 THEN NULL ELSE (
    SELECT json_build_array(p.terms, p.heading_terms, p.sentences) FROM dossier_passages p WHERE p.generation = $1 AND p.idx = top.idx) END AS stored
  FROM top`;
const RANK = rankSql('');
const RANK_IN_ARTICLE = rankSql('WHERE po.idx IN (SELECT idx FROM dossier_passages WHERE generation = $1 AND article_id = $10::text)');
const ROWS = 'SELECT idx, json_build_array(terms, heading_terms, sentences) AS stored FROM dossier_passages WHERE generation = $1 AND idx = ANY($2::int[])';

/** A passage's stored lexical data (terms, heading terms, sentences), as fetched for a candidate; null when already held. */
interface StoredRow {
  idx: number;
  stored: [string[], string[], Array<[number, number, string[]]>] | null;
}

interface LexicalRow {
  terms: Set<string>;
  sentences: IndexedSentence[];
}

/** A generation in the database, its texts, vocabulary and document frequencies in memory (see postgres-open.ts). */
export class PgGeneration implements GenerationReader {
  readonly articleById: Map<string, ArticleMeta>;
  readonly generation: string;
  readonly hasVectors: boolean;
  private readonly norms: (length: number) => number;
  private readonly averageLength: number;
  /** The last questions' analysis (retrieval, answer extraction and checks read one question). */
  private readonly analysis: (question: string) => QueryWord[];
  private readonly rows = new Map<number, LexicalRow>();
  /** Bit i set when `rows` holds passage i, sent with each ranking query so held rows are not sent again. */
  private readonly held: Buffer;
  /** Coverage over the generation's document frequencies, as Bm25Index computes it over its postings. */
  private readonly coverage: ReturnType<typeof coverageScorer>;

  constructor(
    private readonly query: Query,
    private readonly where: string,
    private readonly id: number,
    readonly manifest: Manifest,
    readonly articles: ArticleMeta[],
    readonly passages: Passage[],
    private readonly analyzer: Analyzer,
    private readonly docCount: number,
    totalLength: number,
    /** Every corpus term's document frequency; they change only with the generation. */
    private readonly df: ReadonlyMap<string, number>,
  ) {
    this.generation = manifest.generation;
    this.articleById = new Map(articles.map((a) => [a.id, a]));
    this.hasVectors = manifest.model !== null;
    this.held = Buffer.alloc(Math.ceil(passages.length / 8));
    this.analysis = recentAnalysis(analyzer);
    const has = (term: string) => (df.get(term) ?? 0) > 0;
    this.coverage = coverageScorer({
      index: { idf: (term) => idf(df.get(term) ?? 0, docCount), has },
      reference: { idf: (term) => idf(df.get(term) ?? 0, Math.max(docCount, COVERAGE_REFERENCE_DOCS)), has },
    });
    const avg = (this.averageLength = docCount > 0 ? totalLength / docCount : 0);
    const { k1, b } = DEFAULT_BM25_PARAMS;
    // Bm25Index's length normalisation, the same expression.
    this.norms = (length) => k1 * (1 - b + b * (avg > 0 ? length / avg : 1));
  }

  /** Passages per term, fetched for the terms English sense choice asked about (see `fetchSenseDocs`). */
  private readonly senseDocs = new Map<string, number[]>();
  /** Questions whose terms `senseDocs` holds: each is prepared once, not again for `view` or a repeated question. */
  private readonly senseReady = new Set<string>();

  /**
   * An English question chooses senses by their passages (lexical/english-senses.ts), which the embedded index reads
   * from its postings: here the terms it asks about are found by one analysis that records them, fetched in one round
   * trip, and kept, so the analysis then gives the embedded index's words. German questions ask for none (only
   * `analyzeEnglish` reads them), so they skip the recording analysis.
   */
  private async fetchSenseDocs(question: string): Promise<void> {
    const { analyzer, senseDocs, senseReady } = this;
    if (!analyzer.useDocuments || !looksEnglish(question) || senseReady.has(question)) return;
    const wanted = new Set<string>();
    analyzer.useDocuments((term) => (senseDocs.has(term) ? senseDocs.get(term)! : (wanted.add(term), [])));
    analyzeQuestion(analyzer, question);
    const missing = [...wanted].filter((term) => this.df.has(term));
    if (senseDocs.size + wanted.size > 100_000) senseDocs.clear(), senseReady.clear();
    if (missing.length) {
      const { rows } = await guarded(this.where, () => this.query<{ term: string; idx: number }>('SELECT term, idx FROM dossier_postings WHERE generation = $1 AND term = ANY($2) ORDER BY term, idx', [this.id, missing], 'dossier_sense_docs'));
      for (const { term, idx } of rows) (senseDocs.get(term) ?? senseDocs.set(term, []).get(term)!).push(idx);
    }
    for (const term of wanted) if (!senseDocs.has(term)) senseDocs.set(term, []);
    analyzer.useDocuments((term) => senseDocs.get(term) ?? []);
    senseReady.add(question);
  }

  async searchLexical(question: string, k: number, sourceId?: string): Promise<Bm25Hit[]> {
    await this.fetchSenseDocs(question);
    const words = this.analysis(question);
    if (k <= 0 || words.length === 0) return [];
    const weights = new Map<string, number>();
    for (const word of words) for (const { term, weight } of word.terms) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
    const { df } = this;
    const terms = [...weights.keys()].filter((t) => df.has(t)); // a term outside the corpus has no postings
    if (terms.length === 0) return [];
    const { k1, b } = DEFAULT_BM25_PARAMS;
    const idfOf = new Map(terms.map((t) => [t, idf(df.get(t)!, this.docCount)]));
    const values = [this.id, terms, terms.map((t) => weights.get(t)!), [...idfOf.values()], k1, b, this.averageLength || 1, Math.trunc(k) + SLACK, this.held];
    // One round trip, a prepared statement: the server plans it once per connection.
    const { rows } = await guarded(this.where, () => sourceId === undefined
      ? this.query<{ length: number; terms: string[]; tfs: number[] } & StoredRow>(RANK, values, 'dossier_rank')
      : this.query<{ length: number; terms: string[]; tfs: number[] } & StoredRow>(RANK_IN_ARTICLE, [...values, sourceId], 'dossier_rank_article'));
    this.remember(rows);
    const scored = rows.map((row) => {
      const tfOf = new Map(row.terms.map((t, i) => [t, row.tfs[i]!]));
      let score = 0;
      const norm = this.norms(row.length);
      // Bm25Index.search's sum: the terms in the question's order, each at its highest weight, the same operations.
      for (const [term, weight] of weights) {
        const tf = tfOf.get(term);
        if (tf === undefined) continue;
        score = score + weight * ((idfOf.get(term)! * (tf * (k1 + 1))) / (tf + norm));
      }
      return { index: row.idx, score, tfOf };
    });
    scored.sort((a, c) => c.score - a.score || a.index - c.index);
    // Matched terms and coverage for the k kept only (the query returns a few more rows to guard the cut).
    return scored.slice(0, k).map(({ index, score, tfOf }): Bm25Hit => {
      const matchedTerms = [...weights.keys()].filter((t) => tfOf.has(t));
      return { index, score, coverage: this.coverage(words, new Set(matchedTerms), 'reference'), matchedTerms };
    });
  }

  async searchDense(query: Float32Array, k: number, sourceId?: string): Promise<VectorHit[]> {
    if (!this.hasVectors) return [];
    const table = vectorTable(this.id);
    const limit = Math.trunc(k);
    // One article: exact distances over its rows (`+ 0` keeps the planner off the HNSW index, which would filter after
    // searching and return too few). Otherwise the HNSW index, searched as widely as the embedded one (hnsw.ef_search
    // is set on each connection before its first prepared statement, see postgres.ts; so this query is one).
    const sql = sourceId === undefined
      ? `SELECT idx, embedding <=> $1 AS distance FROM ${table} ORDER BY embedding <=> $1 LIMIT ${limit}`
      : `SELECT idx, embedding <=> $1 AS distance FROM ${table} WHERE article_id = $2 ORDER BY (embedding <=> $1) + 0, idx LIMIT ${limit}`;
    const { rows } = await guarded(this.where, () =>
      this.query<{ idx: number; distance: number }>(sql, sourceId === undefined ? [vectorLiteral(query)] : [vectorLiteral(query), sourceId], `dossier_dense${sourceId === undefined ? '' : '_one'}_${this.id}_${limit}`),
    );
    return rows.map((r) => ({ label: r.idx, similarity: 1 - r.distance }));
  }

  async view(question: string, indices: readonly number[]): Promise<QuestionView> {
    await this.fetchSenseDocs(question);
    const words = this.analysis(question);
    // Usually none: the ranking query brought the lexical candidates' rows; dense candidates may need fetching.
    const missing = [...new Set(indices)].filter((i) => !this.rows.has(i));
    if (missing.length) this.remember((await guarded(this.where, () => this.query<StoredRow>(ROWS, [this.id, missing], 'dossier_rows'))).rows);
    return {
      manifest: this.manifest, passages: this.passages, articleById: this.articleById, analyzer: this.analyzer,
      lexical: { queryWords: (q) => (q === question ? words : this.analysis(q)), coverage: this.coverage },
      passageTermsOf: (i) => this.rows.get(i)?.terms ?? new Set(),
      sentencesOf: (i) => this.rows.get(i)?.sentences ?? [],
    };
  }

  /** Keeps candidate passages' sentence data for the next steps and questions, up to a bound. */
  private remember(rows: StoredRow[]): void {
    if (this.rows.size + rows.filter((r) => r.stored !== null).length > HELD_ROWS) this.rows.clear(), this.held.fill(0);
    for (const row of rows) {
      // Null: held when the query was sent. (A concurrent question may have cleared it since; `view` fetches it then.)
      if (row.stored === null || this.rows.has(row.idx)) continue;
      const [terms, headingTerms, stored] = row.stored;
      const text = this.passages[row.idx]!.text;
      const sentences = stored.map(([start, end, own]): IndexedSentence => ({
        text: text.slice(start, end), start, terms: new Set([...headingTerms, ...own]), ownTerms: new Set(own),
      }));
      this.rows.set(row.idx, { terms: new Set(terms), sentences });
      this.held[row.idx >> 3]! |= 1 << (row.idx & 7);
    }
  }
}
