/** Loads the embedding model once, on first use, and remembers why when it cannot be had. */
import type { Embedder } from './embedder.js';
import { DossierError, isDossierError } from './errors.js';
import type { Logger } from './log.js';
import type { GenerationReader } from './store/types.js';
import type { RetrievalMode } from './types.js';

/** The model's side of one question: its vector and the embedder that made it; nulls when the model does not take part. */
export interface QuestionModel {
  queryVector: Float32Array | null;
  embedder: Embedder | null;
}

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

  /**
   * The model's side of a question on `live`: its vector (and the milliseconds it took) when the index holds vectors
   * of this model; otherwise, unless lexical mode was asked for, the notice why the answer is lexical only.
   */
  async forQuestion(live: Pick<GenerationReader, 'hasVectors' | 'manifest'>, question: string, forcedMode?: RetrievalMode): Promise<{ model: QuestionModel; embedMs: number | undefined; notice: string | undefined }> {
    let queryVector: Float32Array | null = null;
    let embedMs: number | undefined;
    let notice: string | undefined;
    const embedder = live.hasVectors && forcedMode !== 'lexical' ? await this.get() : null;
    const built = live.manifest.model;
    // Query vectors from another model live in another space: searching them against these vectors would be noise.
    const matches = embedder !== null && built !== null && embedder.modelId === built.id && embedder.dimensions === built.dimensions;
    if (matches && live.hasVectors) {
      const t = performance.now();
      queryVector = await embedder.embedQuery(question);
      embedMs = Math.round(performance.now() - t);
    } else if (forcedMode !== 'lexical') {
      notice = !built
        ? 'Lexical search only: the index was built without an embedding model (see README, "Models").'
        : embedder
          ? `Lexical search only: the index was built with ${built.id} (${built.dimensions} dims) but the configured model is ${embedder.modelId} (${embedder.dimensions} dims). Run \`npm run index\`.`
          : `Lexical search only: ${this.notice ?? 'the embedding model is not available.'}`;
    }
    return { model: { queryVector, embedder }, embedMs, notice };
  }
}
