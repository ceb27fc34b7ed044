/** Stable identifiers for errors a person can act on; transports map them to replies and exit codes. */
export type DossierErrorCode =
  | 'bad_config'
  | 'question_empty'
  | 'question_too_long'
  | 'bad_k'
  | 'unknown_source'
  | 'index_missing'
  | 'index_corrupt'
  | 'index_incompatible'
  | 'model_unavailable'
  | 'discord_unreachable'
  | 'shard_failed'
  | 'reindex_busy'
  | 'corpus_empty'
  | 'index_write_failed'
  /** The index database cannot be reached or failed mid-question; the next attempt reconnects. */
  | 'store_unavailable';

/** An expected failure: its message is written for the person who sees it, never a stack trace. */
export class DossierError extends Error {
  constructor(
    readonly code: DossierErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

export const isDossierError = (error: unknown): error is DossierError => error instanceof DossierError;
