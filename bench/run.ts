/**
 * `npm run bench`: index build time, cold start, warm query latency (p50/p95) and peak memory on the real corpus,
 * in lexical mode and in hybrid mode with the tiny generated model (real transformers.js code, toy weights).
 * With MODEL_ID set (e.g. MODEL_DIR=models/local MODEL_ID=intfloat/multilingual-e5-small-q4) it adds a hybrid row
 * for that model, loaded with the product's own settings (MODEL_DTYPE, EMBED_THREADS, EMBED_BATCH_SIZE, …).
 * `npm run bench -- --scale [...]` runs the whole engine at scale beside MiniSearch and FlexSearch (bench/scale-engine.ts)
 * instead; `npm run bench -- --scale-hnsw [...]` the HNSW scale benchmark (bench/scale.ts); `npm run bench -- --pg` the
 * files store beside the PostgreSQL store (bench/store-latency.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/core/engine.js';
import { DossierError } from '../src/core/errors.js';
import { loadEmbedder } from '../src/core/embedder.js';
import { runIndexJob } from '../src/core/indexer.js';
import { silentLogger } from '../src/core/log.js';
import { loadConfig } from '../src/config.js';
import { engineOptionsFrom } from '../src/setup.js';
import { makeTinyModel } from './tiny-model-gen.js';

const here = dirname(fileURLToPath(import.meta.url));
// --scale: the whole engine at 1k–100k passages beside MiniSearch and FlexSearch; --scale-hnsw: the vector index alone;
// --pg: warm /ask through the files store and the PostgreSQL store.
for (const [flag, script] of [['--scale', 'scale-engine.js'], ['--scale-hnsw', 'scale.js'], ['--pg', 'store-latency.js']] as const) {
  if (!process.argv.includes(flag)) continue;
  const args = process.argv.slice(2).filter((a) => a !== flag);
  const { status } = spawnSync(process.execPath, [join(here, script), ...args], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const corpusDir = join(work, 'corpus');
cpSync(resolve('corpus'), corpusDir, { recursive: true });
const questions = (JSON.parse(readFileSync(resolve('test/eval/questions.json'), 'utf8')) as Array<{ question: string }>).map((q) => q.question);
const { modelId, modelRoot } = await makeTinyModel(join(work, 'model'), { dims: 384 });
const tiny = () =>
  loadEmbedder({ modelId, modelDir: modelRoot, cacheDir: join(work, 'cache'), allowRemote: false, dtype: 'q8', threads: 2, batchSize: 16, queryPrefix: 'query: ', passagePrefix: 'passage: ' });
const base = {
  corpusDir,
  modelSettings: { dtype: 'q8', queryPrefix: 'query: ', passagePrefix: 'passage: ' },
  requireModel: false,
  maxQuestionLength: 300,
  log: silentLogger,
};

const config = process.env.MODEL_ID ? loadConfig() : null;
const real = config && engineOptionsFrom(config, silentLogger);
const realEnv = config ? { MODEL_ID: config.MODEL_ID, ...(config.MODEL_DIR ? { MODEL_DIR: config.MODEL_DIR } : {}) } : {};

const rows: string[][] = [];
for (const [mode, getEmbedder, modelSettings] of [
  ['lexical', () => Promise.reject(new DossierError('model_unavailable', 'no model: lexical benchmark')), base.modelSettings],
  ['hybrid (tiny model, 384 dims)', tiny, base.modelSettings],
  ...(real && config ? [[`hybrid (${config.MODEL_ID}, ${config.MODEL_DTYPE})`, real.getEmbedder, real.modelSettings] as const] : []),
] as const) {
  const embeddingsDir = join(work, `embeddings-${rows.length}`);
  const options = { ...base, modelSettings, embeddingsDir, getEmbedder: getEmbedder as () => Promise<never> };
  const build = await runIndexJob(options);
  const rebuild = await runIndexJob(options);
  const { engine } = await Engine.open(options);
  const latencies: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const question of questions) {
      const t = performance.now();
      await engine.ask({ question });
      if (round > 0) latencies.push(performance.now() - t); // round 0 warms caches and the model
    }
  }
  const cold = coldStart(embeddingsDir, mode === 'lexical' ? {} : mode.startsWith('hybrid (tiny') ? { MODEL_ID: modelId, MODEL_DIR: modelRoot, ALLOW_REMOTE_MODELS: 'false' } : realEnv);
  rows.push([
    mode,
    `${build.passages}`,
    `${(build.durationMs / 1000).toFixed(2)} s`,
    `${rebuild.embedded} embedded, ${(rebuild.durationMs / 1000).toFixed(2)} s`,
    `${cold.toFixed(0)} ms`,
    `${percentile(latencies, 50).toFixed(1)} ms`,
    `${percentile(latencies, 95).toFixed(1)} ms`,
  ]);
}
rmSync(work, { recursive: true, force: true });

const header = ['mode', 'passages', 'index build', 'rebuild (unchanged)', 'cold start', 'warm p50', 'warm p95'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(`warm latency: ${questions.length} eval questions × 2 rounds after a warm-up round; cold start: median of 5 runs of \`dossier ask\` (process start → answer printed)`);
console.log(`peak memory (this process, both modes): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB RSS; node ${process.version}, ${execFileSync('nproc').toString().trim()} cores`);

function coldStart(embeddingsDir: string, env: Record<string, string>): number {
  // Each row names its own model; a MODEL_ID/MODEL_DIR meant for the real-model row must not leak into the others.
  const { MODEL_ID: _id, MODEL_DIR: _dir, ...inherited } = process.env;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [join(here, '../src/transports/cli/main.js'), 'ask', '--json', questions[0]!], {
      env: { ...inherited, CORPUS_DIR: corpusDir, EMBEDDINGS_DIR: embeddingsDir, LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    times.push(performance.now() - t);
  }
  return percentile(times, 50);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
