/** The only file that imports transformers.js: loads a sentence-embedding model and turns text into unit vectors. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { env as Env, FeatureExtractionPipeline, PretrainedModelOptions, Tensor } from '@huggingface/transformers';
import { DossierError } from './errors.js';

/** Turns text into unit-length vectors. */
export interface Embedder {
  readonly modelId: string;
  readonly dimensions: number;
  embedPassages(texts: string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]>;
  embedQuery(text: string): Promise<Float32Array>;
}

/** Where to find the model and how to run it; `config.ts` supplies every value. */
export interface EmbedderOptions {
  modelId: string;
  /** A directory holding `<modelId>/` for air-gapped installs; a complete copy here wins over the cache. */
  modelDir?: string;
  /** Where downloaded models are kept, as `<cacheDir>/<modelId>/`. */
  cacheDir: string;
  allowRemote: boolean;
  /** 'q8' loads onnx/model_quantized.onnx, 'fp32' loads onnx/model.onnx. */
  dtype: 'q8' | 'fp32';
  /** onnxruntime intra-op threads; its default (all cores) oversubscribes small containers. */
  threads: number;
  batchSize: number;
  queryPrefix: string;
  passagePrefix: string;
  /** Hub base URL (default https://huggingface.co/): for mirrors, and for tests that must stay on loopback. */
  remoteHost?: string;
  /** Receives transformers.js's console warnings during loading (e.g. for a debug log); dropped otherwise. */
  onWarning?: (message: string) => void;
}

/** `pipeline` narrowed to our one task: its full overloaded type is too complex for tsc (TS2590). */
type FeatureExtraction = (task: 'feature-extraction', model: string, options: PretrainedModelOptions) => Promise<FeatureExtractionPipeline>;

/**
 * transformers.js, imported when a model is first loaded: importing it costs ~150 ms, which a lexical-only process
 * (and every process's first answer, which never waits for the model) need not pay at start.
 */
async function transformers(): Promise<{ env: typeof Env; featureExtraction: FeatureExtraction }> {
  const { env, pipeline } = await import('@huggingface/transformers');
  return { env, featureExtraction: pipeline as unknown as FeatureExtraction };
}

const DEFAULT_REMOTE_HOST = 'https://huggingface.co/';
/** How long the Hub gets to answer before we call it unreachable; a download itself has no limit. */
const REACH_TIMEOUT_MS = 5_000;
/** onnxruntime severity 3 = errors only: no optimizer warnings on the console. */
const ORT_ERRORS_ONLY = 3;

/** Loads the model (from modelDir, the cache, or the Hub), probes its width, and returns an Embedder. */
export async function loadEmbedder(options: EmbedderOptions): Promise<Embedder> {
  const extractor = await serialized(() => loadPipeline(options));
  const run = async (texts: string[]): Promise<Float32Array[]> => {
    const output = (await extractor(texts, { pooling: 'mean', normalize: true })) as Tensor;
    const [rows = 0, width = 0] = output.dims;
    const data = output.data as Float32Array;
    return Array.from({ length: rows }, (_, i) => data.slice(i * width, (i + 1) * width));
  };

  let dimensions: number;
  try {
    const [probe] = await run([`${options.queryPrefix}probe`]);
    dimensions = probe?.length ?? 0;
    if (!probe || dimensions === 0 || !probe.every(Number.isFinite)) throw new Error('the model returned no usable vector');
  } catch (error) {
    throw unavailable(options, `it loaded but could not embed a test sentence (${describe(error)})`, 'Check that MODEL_ID names a sentence-embedding model.');
  }

  return {
    modelId: options.modelId,
    dimensions,
    async embedPassages(texts, onProgress) {
      // A batch is padded to its longest text, so batches of similar lengths waste the least work.
      const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
      const vectors = new Array<Float32Array>(texts.length);
      const size = Math.max(1, options.batchSize);
      for (let start = 0; start < order.length; start += size) {
        const ids = order.slice(start, start + size);
        const batch = await run(ids.map((i) => options.passagePrefix + texts[i]!));
        ids.forEach((id, j) => (vectors[id] = batch[j]!));
        onProgress?.(Math.min(start + size, texts.length), texts.length);
      }
      return vectors;
    },
    async embedQuery(text) {
      const [vector] = await run([options.queryPrefix + text]);
      if (!vector) throw new Error('the embedding model returned no vector');
      return vector;
    },
  };
}

/** Decides where the files come from, sets transformers.js's global `env` for this load only, and loads. */
async function loadPipeline(options: EmbedderOptions): Promise<FeatureExtractionPipeline> {
  const files = requiredFiles(options.dtype);
  const places = [options.modelDir, options.cacheDir].filter((d): d is string => Boolean(d));
  const hasAll = (dir: string) => files.every((file) => existsSync(resolve(dir, options.modelId, file)));
  // A complete copy on disk is read as is (MODEL_DIR first) and never touches the network.
  const local = places.find(hasAll);
  const where = places.map((d) => `${join(d, options.modelId)}/`).join(' or ');
  const remoteHost = withSlash(options.remoteHost ?? DEFAULT_REMOTE_HOST);

  if (!local && !options.allowRemote) {
    const missing = files.filter((file) => !places.some((dir) => existsSync(resolve(dir, options.modelId, file))));
    const found = missing.length > 0 ? `${missing.join(', ')} not found in ${where}` : `no complete copy in ${where}`;
    throw unavailable(
      options,
      `${found} and downloads are off (ALLOW_REMOTE_MODELS=false)`,
      `Download it on a connected machine and copy it into ${join(options.modelDir ?? options.cacheDir, options.modelId)}/, or set ALLOW_REMOTE_MODELS=true with network access.`,
    );
  }
  if (!local) {
    const unreachable = await checkHub(remoteHost, options.modelId);
    if (unreachable) {
      throw unavailable(
        options,
        `not in ${where} and ${unreachable}`,
        `Download it on a connected machine into MODEL_DIR (as ${options.modelId}/), or retry with network access.`,
      );
    }
  }

  const { env, featureExtraction } = await transformers();
  // onnxruntime's process-wide log level is fixed when its first session is created; errors only, unless set before.
  env.backends.onnx.logLevel ??= 'error';
  const restore = setEnv(env, {
    allowRemoteModels: !local,
    allowLocalModels: true,
    localModelPath: withSlash(resolve(local ?? options.modelDir ?? options.cacheDir)),
    // The file cache is consulted before localModelPath, so it is on only when something must be downloaded.
    useFSCache: !local,
    cacheDir: resolve(options.cacheDir),
    useBrowserCache: false,
    useCustomCache: false,
    remoteHost,
  });
  const restoreConsole = captureWarnings(options.onWarning);
  try {
    return await featureExtraction('feature-extraction', options.modelId, {
      dtype: options.dtype,
      cache_dir: resolve(options.cacheDir),
      local_files_only: Boolean(local),
      session_options: {
        intraOpNumThreads: options.threads,
        interOpNumThreads: 1,
        logSeverityLevel: ORT_ERRORS_ONLY,
        // Idle pool threads otherwise spin on a core for a while after each run, starving the JS thread
        // that tokenises the next batch (measured: 2–3× slower batches and 8 ms p95 queries on 2 cores).
        extra: { session: { intra_op: { allow_spinning: '0' } } },
      },
    });
  } catch (error) {
    if (isNetworkError(error)) {
      throw unavailable(options, `the download from ${remoteHost} failed (${describe(error)})`, 'Retry with network access, or copy the model into MODEL_DIR.');
    }
    const dir = `${join(local ?? options.cacheDir, options.modelId)}/`;
    throw unavailable(
      options,
      `a file in ${dir} is damaged or unreadable (${describe(error)})`,
      local === options.modelDir
        ? `Replace the files in ${dir} with a fresh copy.`
        : `Delete ${dir} so that it is downloaded again.`,
    );
  } finally {
    restoreConsole();
    restore();
  }
}

/** The files a feature-extraction pipeline reads, as transformers.js names them for `dtype`. */
function requiredFiles(dtype: EmbedderOptions['dtype']): string[] {
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', `onnx/${dtype === 'q8' ? 'model_quantized' : 'model'}.onnx`];
}

/** Asks the Hub for the model's config with a short timeout; returns why it cannot be used, or null. */
async function checkHub(remoteHost: string, modelId: string): Promise<string | null> {
  const url = `${remoteHost}${modelId}/resolve/main/config.json`;
  try {
    const response = await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(REACH_TIMEOUT_MS) });
    if (response.status === 401 || response.status === 403 || response.status === 404) {
      return `the Hub at ${remoteHost} has no such model (HTTP ${response.status}); check MODEL_ID`;
    }
    return null;
  } catch (error) {
    const hub = remoteHost === DEFAULT_REMOTE_HOST ? 'the Hugging Face Hub' : `the Hub at ${remoteHost}`;
    return `${hub} cannot be reached (${describe(error)})`;
  }
}

type EnvSettings = Pick<
  typeof Env,
  'allowRemoteModels' | 'allowLocalModels' | 'localModelPath' | 'useFSCache' | 'cacheDir' | 'useBrowserCache' | 'useCustomCache' | 'remoteHost'
>;

/** transformers.js reads these from a global; set them for one load and put the old values back after. */
function setEnv(env: typeof Env, settings: EnvSettings): () => void {
  const previous = Object.fromEntries(Object.keys(settings).map((k) => [k, env[k as keyof EnvSettings]]));
  Object.assign(env, settings);
  return () => Object.assign(env, previous);
}

/** transformers.js warns through console.warn (e.g. "Unknown model class"); our logs are structured lines instead. */
function captureWarnings(onWarning: ((message: string) => void) | undefined): () => void {
  const original = console.warn;
  console.warn = (...args: unknown[]) => onWarning?.(args.map(String).join(' '));
  return () => {
    console.warn = original;
  };
}

let queue: Promise<unknown> = Promise.resolve();
/** Loads one model at a time, so two loads with different options never see each other's `env`. */
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}

function unavailable(options: EmbedderOptions, reason: string, advice: string): DossierError {
  return new DossierError('model_unavailable', `Embedding model ${options.modelId} is not available: ${reason}. ${advice}`);
}

function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError && error.message === 'fetch failed';
}

/** One short line from any thrown value: its cause for fetch errors, its first line otherwise. */
function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const text = error instanceof Error ? `${error.message}${cause}` : String(error);
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 199)}…` : oneLine;
}

function withSlash(s: string): string {
  return s.endsWith('/') ? s : `${s}/`;
}
