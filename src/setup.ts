/** Wires validated configuration into the core: the one place that knows both. */
import type { Config } from './config.js';
import { loadEmbedder } from './core/embedder.js';
import type { EngineOptions } from './core/engine.js';
import type { Logger } from './core/log.js';
import { PostgresStore } from './core/store/postgres.js';

export function engineOptionsFrom(config: Config, log: Logger): EngineOptions {
  const modelSettings = { dtype: config.MODEL_DTYPE, queryPrefix: config.QUERY_PREFIX, passagePrefix: config.PASSAGE_PREFIX };
  return {
    corpusDir: config.CORPUS_DIR,
    embeddingsDir: config.EMBEDDINGS_DIR,
    // With DATABASE_URL the index lives in PostgreSQL and nothing is written to EMBEDDINGS_DIR.
    ...(config.DATABASE_URL ? { store: new PostgresStore({ connectionString: config.DATABASE_URL, log }) } : {}),
    modelSettings,
    requireModel: config.REQUIRE_MODEL,
    maxQuestionLength: config.MAX_QUESTION_LENGTH,
    log,
    getEmbedder: () =>
      loadEmbedder({
        modelId: config.MODEL_ID,
        ...(config.MODEL_DIR ? { modelDir: config.MODEL_DIR } : {}),
        cacheDir: config.MODEL_CACHE_DIR,
        allowRemote: config.ALLOW_REMOTE_MODELS,
        dtype: config.MODEL_DTYPE,
        threads: config.EMBED_THREADS,
        batchSize: config.EMBED_BATCH_SIZE,
        queryPrefix: config.QUERY_PREFIX,
        passagePrefix: config.PASSAGE_PREFIX,
      }),
  };
}
