/**
 * `npm run bench -- --pg`: warm /ask latency through the embedded files store and through the PostgreSQL store,
 * side by side on the same questions in one run, with the ratio. PostgreSQL here is PGlite (PostgreSQL 17 in
 * WebAssembly, one session, served by pglite-socket on 127.0.0.1 and reached by the `pg` driver over TCP): it runs
 * in this process's thread, so its query time adds to the figures as a server's would, but it is a WASM build with
 * a single connection, not a tuned server. Where Debian's PostgreSQL server is installed, lexical mode also runs
 * through it (a real server process; it has no pgvector, so no hybrid row). Lexical mode always; hybrid with the
 * model when MODEL_ID is set (e.g.
 * MODEL_DIR=/work/main/models/local MODEL_ID=intfloat/multilingual-e5-small-q4 ALLOW_REMOTE_MODELS=false).
 *   node dist/bench/store-latency.js [--json]
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config.js';
import type { Embedder } from '../src/core/embedder.js';
import { Engine, type EngineOptions } from '../src/core/engine.js';
import { DossierError } from '../src/core/errors.js';
import { runIndexJob } from '../src/core/indexer.js';
import { silentLogger } from '../src/core/log.js';
import { percentile } from '../src/community/stats.js';
import { PostgresStore } from '../src/core/store/postgres.js';
import { engineOptionsFrom } from '../src/setup.js';
import { loadDossiers } from './dossiers.js';
import { startDebianPostgres } from './debian-postgres.js';
import { startPgliteServer } from './pglite-server.js';

const json = process.argv.includes('--json');
const work = mkdtempSync(join(tmpdir(), 'dossier-store-bench-'));
// The tuning dossiers' corpora as one dossier, and all their questions (the first ten warm up and are not timed).
const { dossiers } = loadDossiers();
const tuning = dossiers.filter((d) => d.role === 'tuning');
const corpusDir = join(work, 'corpus');
for (const d of tuning) for (const file of readdirSync(d.corpus)) cpSync(join(d.corpus, file), join(corpusDir, file), { recursive: true });
const questions = tuning.flatMap((d) => (JSON.parse(readFileSync(resolve(d.questions), 'utf8')) as Array<{ question: string }>).map((q) => q.question));
const [warmUp, timed] = [questions.slice(0, 10), questions.slice(10)];

const config = process.env.MODEL_ID ? loadConfig() : null;
const base: EngineOptions = {
  corpusDir, embeddingsDir: join(work, 'embeddings'), requireModel: false, maxQuestionLength: 300, log: silentLogger,
  modelSettings: { dtype: 'q8', queryPrefix: 'query: ', passagePrefix: 'passage: ' },
  getEmbedder: () => Promise.reject(new DossierError('model_unavailable', 'no model: lexical benchmark')),
};
const server = await startPgliteServer();
const debian = await startDebianPostgres();
/** While true, passage embeddings are shared by the two index jobs (answering embeds sentences; those are not shared). */
let indexing = false;
const rows: Array<{ mode: string; store: string; passages: number; questions: number; figures: Figures; ratio: number }> = [];
try {
  const modes: Array<[string, EngineOptions]> = [['lexical', base]];
  if (config) {
    const real = engineOptionsFrom(config, silentLogger);
    modes.push([`hybrid (${config.MODEL_ID})`, { ...base, modelSettings: real.modelSettings, getEmbedder: memoised(real.getEmbedder, () => indexing) }]);
  }
  for (const [mode, options] of modes) {
    const embeddingsDir = join(work, `embeddings-${rows.length}`);
    const servers = [['PGlite 0.4.6 (WASM, 1 session) over TCP', server.url]];
    if (!('skipped' in debian) && mode === 'lexical') servers.push([`PostgreSQL ${debian.version} (Debian server)`, debian.url]);
    indexing = true;
    await runIndexJob({ ...options, embeddingsDir });
    const engines: Array<[string, Engine]> = [['files (embedded)', (await Engine.open({ ...options, embeddingsDir })).engine]];
    for (const [name, url] of servers) {
      const store = new PostgresStore({ connectionString: url!, log: silentLogger });
      await runIndexJob({ ...options, embeddingsDir, store });
      engines.push([name!, (await Engine.open({ ...options, embeddingsDir, store })).engine]);
    }
    indexing = false;
    for (const q of warmUp) for (const [, engine] of engines) await engine.ask({ question: q });
    const times = engines.map((): number[] => []);
    // Interleaved per question, so every store meets the same machine load.
    for (const q of timed) {
      for (const [i, [, engine]] of engines.entries()) {
        const t = performance.now();
        await engine.ask({ question: q });
        times[i]!.push(performance.now() - t);
      }
    }
    const embedded = figures(times[0]!);
    for (const [i, [name, engine]] of engines.entries()) {
      const f = figures(times[i]!);
      rows.push({ mode, store: name, passages: engine.passages().length, questions: timed.length, figures: f, ratio: Math.round((f.p95 / embedded.p95) * 100) / 100 });
      await engine.close();
    }
  }
} finally {
  await server.stop();
  if (!('skipped' in debian)) await debian.stop();
  rmSync(work, { recursive: true, force: true });
}

if (json) process.stdout.write(`${JSON.stringify({ rows, ...('skipped' in debian ? { skipped: debian.skipped } : {}) })}\n`);
else {
  console.log(`Warm /ask latency on the tuning dossiers (${rows[0]?.passages} passages, ${rows[0]?.questions} questions after 10 to warm up), one process`);
  console.log('mode                                        store                                         p50 ms   p95 ms   p95 / files');
  for (const r of rows) {
    console.log(`${r.mode.padEnd(43)} ${r.store.padEnd(44)} ${r.figures.p50.toFixed(1).padStart(7)}  ${r.figures.p95.toFixed(1).padStart(7)}  ${r.ratio.toFixed(2).padStart(10)}×`);
  }
  if ('skipped' in debian) console.log(`(Debian PostgreSQL not measured: ${debian.skipped})`);
}

interface Figures { p50: number; p95: number; mean: number }

function figures(ms: number[]): Figures {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 0.5)!), p95: round(percentile(sorted, 0.95)!), mean: round(ms.reduce((a, b) => a + b, 0) / ms.length) };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The same model for both index jobs, embedding each passage text once (the second job would embed it again). */
function memoised(load: () => Promise<Embedder>, active: () => boolean): () => Promise<Embedder> {
  let embedder: Promise<Embedder> | null = null;
  const cache = new Map<string, Float32Array>();
  return () =>
    (embedder ??= load().then((inner): Embedder => ({
      modelId: inner.modelId,
      dimensions: inner.dimensions,
      embedQuery: (text) => inner.embedQuery(text),
      async embedPassages(texts, onProgress) {
        if (!active()) return inner.embedPassages(texts, onProgress);
        const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
        if (missing.length) (await inner.embedPassages(missing, onProgress)).forEach((v, i) => cache.set(missing[i]!, v));
        return texts.map((t) => cache.get(t)!);
      },
    })));
}
