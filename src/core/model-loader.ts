/** Loads the embedding model once, on first use, and remembers why when it cannot be had. */
import type { Embedder } from './embedder.js';
import { DossierError, isDossierError } from './errors.js';
import type { Logger } from './log.js';

export class ModelLoader {
  private loading: Promise<Embedder | null> | null = null;
  /** One line on why the model is unavailable, once a load has failed. */
  notice: string | undefined;

  constructor(
    private readonly load: () => Promise<Embedder>,
    private readonly log: Logger,
  ) {}

  /** The embedder, or null when the model cannot be had (other errors propagate). */
  get(): Promise<Embedder | null> {
    this.loading ??= this.load().then(
      (embedder) => embedder,
      (error: unknown) => {
        if (!isDossierError(error) || error.code !== 'model_unavailable') throw error;
        this.notice = error.message;
        // info, not warn: transports already tell the person (job summary, "Lexical search only" on answers).
        this.log.info('embedding model unavailable; answering with lexical retrieval', { reason: error.message });
        this.loading = null; // try again next time: the model may have been installed meanwhile
        return null;
      },
    );
    return this.loading;
  }

  /** The embedder, or DossierError 'model_unavailable': what the indexing job needs. */
  async require(): Promise<Embedder> {
    const embedder = await this.get();
    if (!embedder) throw new DossierError('model_unavailable', this.notice ?? 'The embedding model is not available.');
    return embedder;
  }
}
