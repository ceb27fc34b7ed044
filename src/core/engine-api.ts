/** What transports may ask of the core. The engine implements it; tests may fake it. */
import type { AskRequest, AskResult, IndexSummary, Progress, SourceDetail, SourceSummary } from './types.js';

export interface DossierEngine {
  /**
   * Retrieves and cites passages. Throws DossierError 'question_empty', 'question_too_long',
   * 'bad_k' or 'unknown_source' for bad input, before any search runs.
   */
  ask(request: AskRequest): Promise<AskResult>;
  /** All articles, in corpus order. */
  sources(): SourceSummary[];
  /** One article with its passages, or null if the id is unknown. */
  source(id: string): SourceDetail | null;
  /**
   * Rebuilds the index from the corpus and swaps it in when complete; asks keep using the old index until then.
   * Throws DossierError 'reindex_busy' if a reindex is already running. On failure the old index keeps serving.
   */
  reindex(onProgress?: (progress: Progress) => void): Promise<IndexSummary>;
  readonly reindexing: boolean;
  /** Largest accepted question length, in characters. */
  readonly maxQuestionLength: number;
}
