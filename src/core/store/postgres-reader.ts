/**
 * A generation read from PostgreSQL. Article metadata and passage texts are loaded once (sources, citations);
 * BM25 runs in SQL over the stored postings and pgvector searches the generation's HNSW index; the candidates'
 * sentence data is fetched per question. BM25 is summed in SQL to rank, then the returned rows are re-scored in
 * JavaScript in the embedded index's order of operations, so scores and ties are bit-identical to the files backend.
 */
import type pg from 'pg';
import type { Manifest } from '../index-store.js';
import type { Analyzer, QueryWord } from '../lexical/analyzer.js';
import { COVERAGE_REFERENCE_DOCS, DEFAULT_BM25_PARAMS, idf, type Bm25Hit, type IdfBasis } from '../lexical/bm25.js';
import { analyzeQuestion, coverageOf, wordWorth, type TermStats } from '../lexical/coverage.js';
import type { IndexedSentence } from '../live-index.js';
import type { ArticleMeta, Passage } from '../types.js';
import type { VectorHit } from '../vector-index.js';
import { guarded } from './postgres-errors.js';
import { vectorTable } from './postgres-schema.js';
import { vectorLiteral } from './postgres-write.js';
import type { GenerationReader, QuestionView } from './types.js';

/** Extra rows SQL returns beyond k, so float sums that differ in the last bit cannot move a passage across the cut. */
const SLACK = 20;

/** The pool's query function. */
export type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;

/** A passage's stored lexical data, as fetched for a candidate. */
interface StoredRow {
  idx: number;
  passage_terms: string[];
  heading_terms: string[];
  sentences: Array<[number, number, string[]]>;
}

interface LexicalRow {
  terms: Set<string>;
  sentences: IndexedSentence[];
}

/** A generation in the database, its texts and vocabulary in memory (see postgres-open.ts). */
export class PgGeneration implements GenerationReader {
  readonly articleById: Map<string, ArticleMeta>;
  readonly generation: string;
  readonly hasVectors: boolean;
  private readonly norms: (length: number) => number;
  private readonly averageLength: number;
  /** The last questions' analysis and term statistics (retrieval, answer extraction and checks read one question). */
  private readonly recent = new Map<string, { words: QueryWord[]; stats: Promise<Map<string, number>> | null }>();
  private readonly rows = new Map<number, LexicalRow>();

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
  ) {
    this.generation = manifest.generation;
    this.articleById = new Map(articles.map((a) => [a.id, a]));
    this.hasVectors = manifest.model !== null;
    const avg = (this.averageLength = docCount > 0 ? totalLength / docCount : 0);
    const { k1, b } = DEFAULT_BM25_PARAMS;
    // Bm25Index's length normalisation, the same expression.
    this.norms = (length) => k1 * (1 - b + b * (avg > 0 ? length / avg : 1));
  }

  async searchLexical(question: string, k: number, sourceId?: string): Promise<Bm25Hit[]> {
    const entry = this.analysis(question);
    const { words } = entry;
    if (k <= 0 || words.length === 0) return [];
    const weights = new Map<string, number>();
    for (const word of words) for (const { term, weight } of word.terms) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
    const { k1, b } = DEFAULT_BM25_PARAMS;
    const filter = sourceId === undefined ? 'WHERE $7::text IS NULL' : 'WHERE po.idx IN (SELECT idx FROM dossier_passages WHERE generation = $1 AND article_id = $7::text)';
    // One round trip: the terms' document frequencies, BM25 summed per passage, and the top passages' sentence data.
    // Arrays travel as JSON: the driver's JSON.parse is native, its text[] parser is not (measured: a third of the time).
    const { rows } = await guarded(this.where, () => this.query<{ idx: number; length: number; terms: string[]; tfs: number[]; dfs: Array<[string, number]> } & StoredRow>(
      `WITH d AS (
         SELECT q.term, q.weight, t.df, ln(1 + ($4::float8 - t.df + 0.5) / (t.df + 0.5)) AS idf
         FROM unnest($2::text[], $3::float8[]) AS q(term, weight) JOIN dossier_terms t ON t.generation = $1 AND t.term = q.term),
       top AS (
         SELECT po.idx, po.length, json_agg(d.term) AS terms, json_agg(po.tf) AS tfs
         FROM d JOIN dossier_postings po ON po.generation = $1 AND po.term = d.term ${filter}
         GROUP BY po.idx, po.length
         ORDER BY sum(d.weight * d.idf * (po.tf * ($5::float8 + 1)) / (po.tf + $5::float8 * (1 - $6::float8 + $6::float8 * po.length / $8::float8))) DESC, po.idx
         LIMIT ${Math.trunc(k) + SLACK})
       SELECT top.*, to_json(p.terms) AS passage_terms, to_json(p.heading_terms) AS heading_terms, p.sentences, (SELECT json_agg(json_build_array(term, df)) FROM d) AS dfs
       FROM top JOIN dossier_passages p ON p.generation = $1 AND p.idx = top.idx`,
      [this.id, [...weights.keys()], [...weights.values()], this.docCount, k1, b, ...(sourceId === undefined ? [null] : [sourceId]), this.averageLength || 1],
    ));
    if (rows.length === 0) return [];
    const df = new Map(rows[0]!.dfs);
    entry.stats ??= Promise.resolve(df);
    this.remember(rows);
    const scorer = this.scorer(words, df);
    const hits = rows.map((row): Bm25Hit => {
      const tfOf = new Map(row.terms.map((t, i) => [t, row.tfs[i]!]));
      let score = 0;
      const norm = this.norms(row.length);
      // Bm25Index.search's sum: the terms in the question's order, each at its highest weight, the same operations.
      for (const [term, weight] of weights) {
        const tf = tfOf.get(term);
        if (tf === undefined) continue;
        score = score + weight * ((idf(df.get(term)!, this.docCount) * (tf * (k1 + 1))) / (tf + norm));
      }
      const matchedTerms = [...weights.keys()].filter((t) => tfOf.has(t));
      return { index: row.idx, score, coverage: scorer.coverage(words, new Set(matchedTerms), 'reference'), matchedTerms };
    });
    hits.sort((a, c) => c.score - a.score || a.index - c.index);
    return hits.slice(0, k);
  }

  async searchDense(query: Float32Array, k: number, sourceId?: string): Promise<VectorHit[]> {
    if (!this.hasVectors) return [];
    const table = vectorTable(this.id);
    const limit = Math.trunc(k);
    // One article: exact distances over its rows (`+ 0` keeps the planner off the HNSW index, which would filter after
    // searching and return too few). Otherwise the HNSW index, searched as widely as the embedded one (hnsw.ef_search
    // is set on every connection, see postgres.ts).
    const sql = sourceId === undefined
      ? `SELECT idx, embedding <=> $1 AS distance FROM ${table} ORDER BY embedding <=> $1 LIMIT ${limit}`
      : `SELECT idx, embedding <=> $1 AS distance FROM ${table} WHERE article_id = $2 ORDER BY (embedding <=> $1) + 0, idx LIMIT ${limit}`;
    const { rows } = await guarded(this.where, () =>
      this.query<{ idx: number; distance: number }>(sql, sourceId === undefined ? [vectorLiteral(query)] : [vectorLiteral(query), sourceId]),
    );
    return rows.map((r) => ({ label: r.idx, similarity: 1 - r.distance }));
  }

  async view(question: string, indices: readonly number[]): Promise<QuestionView> {
    const entry = this.analysis(question);
    const { words } = entry;
    entry.stats ??= guarded(this.where, () => this.query<{ term: string; df: number }>(
      'SELECT term, df FROM dossier_terms WHERE generation = $1 AND term = ANY($2::text[])', [this.id, [...new Set(words.flatMap((w) => w.terms.map((t) => t.term)))]],
    )).then(({ rows }) => new Map(rows.map((r) => [r.term, r.df])));
    const df = await entry.stats.catch((error: unknown) => {
      entry.stats = null; // a failed lookup is not remembered
      throw error;
    });
    const missing = [...new Set(indices)].filter((i) => !this.rows.has(i));
    if (missing.length) {
      const { rows } = await guarded(this.where, () => this.query<StoredRow>(
        'SELECT idx, to_json(terms) AS passage_terms, to_json(heading_terms) AS heading_terms, sentences FROM dossier_passages WHERE generation = $1 AND idx = ANY($2::int[])', [this.id, missing],
      ));
      this.remember(rows);
    }
    const scorer = this.scorer(words, df);
    return {
      manifest: this.manifest, passages: this.passages, articleById: this.articleById, analyzer: this.analyzer,
      lexical: { queryWords: (q) => (q === question ? words : this.analysis(q).words), coverage: scorer.coverage },
      passageTermsOf: (i) => this.rows.get(i)?.terms ?? new Set(),
      sentencesOf: (i) => this.rows.get(i)?.sentences ?? [],
    };
  }

  /** The question's words, and (once looked up) the document frequencies of their terms, shared by the steps. */
  private analysis(question: string): { words: QueryWord[]; stats: Promise<Map<string, number>> | null } {
    let entry = this.recent.get(question);
    if (!entry) {
      if (this.recent.size >= 16) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(question, (entry = { words: analyzeQuestion(this.analyzer, question), stats: null }));
    }
    return entry;
  }

  /** Keeps candidate passages' sentence data for the next steps and questions, up to a bound. */
  private remember(rows: StoredRow[]): void {
    if (this.rows.size + rows.length > 5_000) this.rows.clear();
    for (const row of rows) {
      if (this.rows.has(row.idx)) continue;
      const text = this.passages[row.idx]!.text;
      const sentences = row.sentences.map(([start, end, terms]): IndexedSentence => ({
        text: text.slice(start, end), start, terms: new Set([...row.heading_terms, ...terms]), ownTerms: new Set(terms),
      }));
      this.rows.set(row.idx, { terms: new Set(row.passage_terms), sentences });
    }
  }

  /** Coverage over the fetched document frequencies, as Bm25Index computes it over its postings. */
  private scorer(words: QueryWord[], df: Map<string, number>) {
    const has = (term: string) => (df.get(term) ?? 0) > 0;
    const bases = {
      index: { stats: { idf: (term: string) => idf(df.get(term) ?? 0, this.docCount), has } as TermStats, worths: new Map<QueryWord[], number[]>() },
      reference: { stats: { idf: (term: string) => idf(df.get(term) ?? 0, Math.max(this.docCount, COVERAGE_REFERENCE_DOCS)), has } as TermStats, worths: new Map<QueryWord[], number[]>() },
    };
    return {
      coverage: (w: QueryWord[], found: ReadonlySet<string>, basis: IdfBasis = 'index') => {
        const { stats, worths } = bases[basis];
        const worthsOf = worths.get(w) ?? worths.set(w, w.map(({ terms }) => wordWorth(terms, stats))).get(w)!;
        return coverageOf(w, worthsOf, found, stats);
      },
    };
  }
}
