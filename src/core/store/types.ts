/**
 * The storage interface the engine and the index job see. Where generations live (files under embeddings/, or
 * PostgreSQL tables) and how the lexical and vector indexes are laid out belong to an adapter, not to the engine.
 */
import type { Manifest } from '../index-store.js';
import type { LexicalData } from '../lexical-file.js';
import type { Analyzer, QueryWord } from '../lexical/analyzer.js';
import type { Bm25Hit, IdfBasis } from '../lexical/bm25.js';
import type { IndexedSentence } from '../live-index.js';
import type { ArticleMeta, Passage } from '../types.js';
import type { VectorHit } from '../vector-index.js';

/** What answering reads for one question, synchronously, once the candidates are known (see `GenerationReader.view`). */
export interface QuestionView {
  manifest: Manifest;
  passages: readonly Passage[];
  articleById: ReadonlyMap<string, ArticleMeta>;
  analyzer: Analyzer;
  lexical: LexicalScorer;
  /** The terms of a candidate passage's text. */
  passageTermsOf(index: number): ReadonlySet<string>;
  /** A candidate passage's sentences in order, with their terms. */
  sentencesOf(index: number): readonly IndexedSentence[];
}

/** The question's analysis and the share of it a set of terms holds (idf from the generation's statistics). */
export interface LexicalScorer {
  queryWords(question: string): QueryWord[];
  coverage(words: QueryWord[], found: ReadonlySet<string>, idfBasis?: IdfBasis): number;
}

/** One opened generation: passages and articles in memory, search wherever the adapter keeps its indexes. */
export interface GenerationReader {
  readonly generation: string;
  readonly manifest: Manifest;
  readonly articles: readonly ArticleMeta[];
  readonly articleById: ReadonlyMap<string, ArticleMeta>;
  readonly passages: readonly Passage[];
  /** Whether the generation holds vectors (hybrid) or is lexical-only. */
  readonly hasVectors: boolean;
  /** BM25 over the stored postings, best first (ties: lower passage index first); `sourceId` keeps one article. */
  searchLexical(question: string, k: number, sourceId?: string): Promise<Bm25Hit[]>;
  /** Nearest passages by cosine similarity, best first; `sourceId` keeps one article (searched exactly). */
  searchDense(query: Float32Array, k: number, sourceId?: string): Promise<VectorHit[]>;
  /** The sentence and term data of `indices` (the question's candidates), loaded so answering reads them synchronously. */
  view(question: string, indices: readonly number[]): Promise<QuestionView>;
}

/** What the index job hands over: a complete generation, before the store lays it out. */
export interface NewGeneration {
  manifest: Omit<Manifest, 'generation' | 'createdAt' | 'checksums' | 'formatVersion'>;
  articles: ArticleMeta[];
  passages: Passage[];
  lexical: LexicalData;
  /** Passage order; absent for a lexical-only generation. */
  vectors?: Float32Array[];
}

/** The live generation as the next index job reuses it. */
export interface PreviousGeneration {
  manifest: Manifest;
  passages: Passage[];
  /** Vectors by passage content hash (empty for a lexical-only generation). */
  vectorsByHash: Map<string, Float32Array>;
}

/** Where generations are kept. `files` (embeddings/, the default) and `postgres` (DATABASE_URL) implement it. */
export interface IndexStore {
  readonly kind: 'files' | 'postgres';
  /** Human-readable location for messages (a folder, or the database host without credentials). */
  readonly where: string;
  /** Opens the live generation. DossierError 'index_missing' / 'index_corrupt' / 'index_incompatible' / 'store_unavailable'. */
  open(): Promise<GenerationReader>;
  /** The live generation's name, or null when there is none. */
  currentGeneration(): Promise<string | null>;
  /**
   * Calls `onSwitch` with the new generation's name whenever the live generation changes (any process's index job);
   * returns a function that stops watching. Never keeps the process alive on its own.
   */
  watch(onSwitch: (generation: string) => void): () => void;
  /** Runs `job` as the only index job of this store; DossierError 'reindex_busy' when another one runs. */
  withJobLock<T>(job: () => Promise<T>): Promise<T>;
  /** The live generation for reuse by an index job; null when there is none or it cannot be read (logged by the caller). */
  readPrevious(): Promise<PreviousGeneration | null>;
  /** Writes a complete new generation and switches to it atomically (readers never see half of it). Returns its name. */
  writeGeneration(next: NewGeneration): Promise<string>;
  /** Releases connections and timers. */
  close(): Promise<void>;
}
