/** The embedding job: corpus → clean → chunk → embed (reusing unchanged vectors) → HNSW → new generation. */
import { createHash } from 'node:crypto';
import { chunkArticle } from './chunk.js';
import { loadCorpus } from './corpus/load.js';
import type { Embedder } from './embedder.js';
import { DossierError, isDossierError } from './errors.js';
import { FORMAT_VERSION, type FileWriter, type ModelInfo } from './index-store.js';
import { buildLexicalData } from './lexical-file.js';
import { analysisVersion } from './lexical/analysis-version.js';
import { lexiconVersion } from './lexical/lexicon.js';
import type { Logger } from './log.js';
import type { IndexSummary, Passage, Progress } from './types.js';
import { FilesStore } from './store/files.js';
import type { IndexStore, PreviousGeneration } from './store/types.js';
import { defaultHnswParams } from './vector-index.js';

export interface IndexJobOptions {
  corpusDir: string;
  embeddingsDir: string;
  /** Resolves to the embedder, or throws DossierError 'model_unavailable'. */
  getEmbedder: () => Promise<Embedder>;
  /** Describes the embedder's settings, so a generation records what made its vectors. */
  modelSettings: Omit<ModelInfo, 'id' | 'dimensions'>;
  /** When true, a missing model fails the job instead of building a lexical-only index. */
  requireModel: boolean;
  log: Logger;
  onProgress?: (progress: Progress) => void;
  /** Replaces the index store's file writer: tests use it to simulate a full disk or a read-only file system. */
  writeFile?: FileWriter;
  /** Where generations are kept; files under `embeddingsDir` when absent. */
  store?: IndexStore;
}

/** The store the options name: the given one, or files under `embeddingsDir`. */
export function storeOf(options: Pick<IndexJobOptions, 'store' | 'embeddingsDir' | 'writeFile'>): IndexStore {
  return options.store ?? new FilesStore(options.embeddingsDir, options.writeFile ? { writeFile: options.writeFile } : {});
}

/** Runs the job. Writes nothing when the corpus and model are unchanged. */
export async function runIndexJob(options: IndexJobOptions): Promise<IndexSummary> {
  const store = storeOf(options);
  return store.withJobLock(() => indexUnlocked(options, store));
}

async function indexUnlocked(options: IndexJobOptions, store: IndexStore): Promise<IndexSummary> {
  const started = performance.now();
  const { log, onProgress } = options;
  const { articles, problems } = await loadCorpus(options.corpusDir);
  // The summary lists every problem once; the log keeps them for operators who ask for more (LOG_LEVEL=info).
  for (const problem of problems) log.info(problem.warning ? 'corpus note' : 'corpus file skipped', { ...problem });
  if (articles.length === 0) {
    const folder = problems.find((p) => p.file === options.corpusDir);
    const skipped = problems.filter((p) => !p.warning).length;
    throw new DossierError('corpus_empty', folder ? `${capitalise(folder.reason)}. Nothing was changed.` : `No readable article in ${options.corpusDir}/ (${skipped} file(s) skipped). Nothing was changed.`);
  }
  const passages = articles.flatMap((article) => chunkArticle(article));
  onProgress?.({ stage: 'load', done: articles.length, total: articles.length });

  const previous = await readPrevious(options, store);
  let embedder: Embedder | null = null;
  let notice: string | undefined;
  try {
    embedder = await options.getEmbedder();
  } catch (error) {
    if (!isDossierError(error) || error.code !== 'model_unavailable' || options.requireModel) throw error;
    notice = `${error.message} The index is lexical-only until the model is available.`;
  }
  const model: ModelInfo | null = embedder
    ? { id: embedder.modelId, dimensions: embedder.dimensions, ...options.modelSettings }
    : null;

  const fingerprint = corpusFingerprint(articles.map((a) => a.meta), passages);
  const diff = diffPassages(previous?.passages ?? [], passages);
  const base = { articles: articles.length, passages: passages.length, ...diff, problems };

  const previousModel = previous?.manifest.model ?? null;
  const sameModel = JSON.stringify(previousModel) === JSON.stringify(model);
  // A model that is missing now must not throw away vectors an earlier run built: keep that generation.
  // An index in an older format is rebuilt (its embeddings are reused).
  const sameFormat = previous?.manifest.formatVersion === FORMAT_VERSION;
  const keepPrevious = sameFormat && previous?.manifest.corpusFingerprint === fingerprint && (sameModel || (!model && previousModel));
  if (previous && keepPrevious) {
    return {
      ...base,
      embedded: 0,
      reused: model ? passages.length : 0,
      mode: previousModel ? 'hybrid' : 'lexical',
      upToDate: true,
      durationMs: Math.round(performance.now() - started),
      ...(notice && !previousModel ? { notice } : {}),
    };
  }

  let vectors: Float32Array[] | undefined;
  let embedded = 0;
  if (embedder && model) {
    const cache = sameModel && previous ? previous.vectorsByHash : new Map<string, Float32Array>();
    const missing = passages.filter((p) => !cache.has(p.hash));
    embedded = missing.length;
    onProgress?.({ stage: 'embed', done: 0, total: missing.length });
    const fresh = missing.length
      ? await embedder.embedPassages(
          missing.map((p) => p.text),
          (done, total) => onProgress?.({ stage: 'embed', done, total }),
        )
      : [];
    missing.forEach((p, i) => cache.set(p.hash, fresh[i]!));
    vectors = passages.map((p) => cache.get(p.hash)!);
  }

  onProgress?.({ stage: 'write', done: 0, total: 1 });
  const lexical = buildLexicalData(passages);
  const hnsw = defaultHnswParams;
  await store.writeGeneration({
    manifest: {
      model,
      ...(notice ? { lexicalOnlyReason: notice } : {}),
      corpusFingerprint: fingerprint,
      counts: { articles: articles.length, passages: passages.length },
      ...(vectors ? { hnsw: { m: hnsw.m, efConstruction: hnsw.efConstruction, efSearch: hnsw.efSearch } } : {}),
    },
    articles: articles.map((a) => a.meta),
    passages,
    lexical,
    ...(vectors ? { vectors } : {}),
  });
  onProgress?.({ stage: 'write', done: 1, total: 1 });
  log.info('index written', { passages: passages.length, embedded, mode: model ? 'hybrid' : 'lexical' });
  return {
    ...base,
    embedded,
    reused: vectors ? passages.length - embedded : 0,
    mode: model ? 'hybrid' : 'lexical',
    upToDate: false,
    durationMs: Math.round(performance.now() - started),
    ...(notice ? { notice } : {}),
  };
}

/** The live generation and its vectors by content hash; null when there is none or it cannot be read. */
async function readPrevious(options: IndexJobOptions, store: IndexStore): Promise<PreviousGeneration | null> {
  try {
    const previous = await store.readPrevious();
    if (previous && previous.manifest.formatVersion !== FORMAT_VERSION) {
      options.log.warn('index written in an older format; rebuilding it (embeddings are reused)', { formatVersion: previous.manifest.formatVersion });
    }
    return previous;
  } catch (error) {
    if (isDossierError(error) && error.code === 'store_unavailable') throw error;
    options.log.warn('previous index unreadable; rebuilding from scratch', { reason: String((error as Error).message) });
    return null;
  }
}

/** Passage-level changes against the previous generation, matched by passage id. */
export function diffPassages(before: Passage[], after: Passage[]) {
  const old = new Map(before.map((p) => [p.id, p.hash]));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const p of after) {
    const hash = old.get(p.id);
    if (hash === undefined) added++;
    else if (hash === p.hash) unchanged++;
    else changed++;
  }
  const ids = new Set(after.map((p) => p.id));
  const removed = before.filter((p) => !ids.has(p.id)).length;
  return { added, changed, removed, unchanged };
}

function corpusFingerprint(metas: unknown[], passages: Passage[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(metas));
  // The stored lexical index is derived from the vocabulary files and the analysis code too.
  hash.update(`lexicon ${lexiconVersion()} analysis ${analysisVersion()}\n`);
  for (const p of passages) hash.update(`${p.id}\u0000${p.hash}\u0000${p.section ?? ''}\u0000${p.paragraphEnd}\n`);
  return hash.digest('hex');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
