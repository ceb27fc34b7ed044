/**
 * Embedding throughput and query latency through the real transformers.js code.
 *
 *   npm run build && node dist/bench/embed.js [--dims 32] [--layers 0] [--corpus corpus]
 *   node dist/bench/embed.js --dims 384 --layers 12     (about multilingual-e5-small's feed-forward arithmetic)
 *   node dist/bench/embed.js --model-id Xenova/multilingual-e5-small --model-dir models   (a real model, if you have one)
 *   node dist/bench/embed.js --model-id intfloat/multilingual-e5-small-q4 --model-dir models/local --threads 1,2 --batch-sizes 1,4,8
 *
 * Without --model-id it generates the tiny test model: with the defaults the figures measure tokenisation and
 * runtime overhead; --dims 384 --layers 12 adds arithmetic of roughly the real model's size (no attention).
 * Run it against the real model before tuning EMBED_THREADS / EMBED_BATCH_SIZE for production.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEmbedder, type EmbedderOptions } from '../src/core/embedder.js';
import { makeTinyModel } from './tiny-model-gen.js';

const PASSAGES = 60;
const QUERIES = 100;

const { values: args } = parseArgs({
  options: {
    'model-id': { type: 'string' },
    'model-dir': { type: 'string' },
    dtype: { type: 'string', default: 'q8' },
    dims: { type: 'string', default: '32' },
    layers: { type: 'string', default: '0' },
    corpus: { type: 'string', default: 'corpus' },
    threads: { type: 'string', default: '1,2,4' },
    'batch-sizes': { type: 'string', default: '1,8,16,32' },
  },
});

/** Comma-separated positive integers, e.g. "1,2". */
const list = (s: string | undefined) => (s ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const THREADS = list(args.threads);
const BATCH_SIZES = list(args['batch-sizes']);

/** All sentences of the corpus, or a fixed German filler when there is no corpus. */
function sentences(dir: string): string[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  const text = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const found = text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 20);
  return found.length > 0 ? found : ['Der russische Verteidigungsminister Sergej Schoigu ist zu einem Besuch in Nordkorea eingetroffen.'];
}

/** ~60 passages of 300–800 characters, built deterministically from consecutive sentences. */
function passages(pool: string[]): string[] {
  return Array.from({ length: PASSAGES }, (_, i) => {
    const target = 300 + ((i * 137) % 500);
    let text = '';
    for (let j = i * 3; text.length < target; j++) text += `${pool[j % pool.length]} `;
    return text.slice(0, 800).trim();
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const pad = (cells: Array<string | number>) => cells.map((c, i) => String(c).padStart(i === 0 ? 8 : 14)).join('');

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-embed-'));
  try {
    const model = args['model-id']
      ? { modelId: args['model-id'], modelRoot: args['model-dir'] ?? 'models' }
      : await makeTinyModel(scratch, { dims: Number(args.dims), layers: Number(args.layers) });
    const base: EmbedderOptions = {
      modelId: model.modelId,
      modelDir: model.modelRoot,
      cacheDir: join(scratch, 'cache'),
      allowRemote: false,
      dtype: args.dtype === 'fp32' ? 'fp32' : 'q8',
      threads: 1,
      batchSize: 1,
      queryPrefix: 'query: ',
      passagePrefix: 'passage: ',
    };
    const pool = sentences(args.corpus ?? 'corpus');
    const texts = passages(pool);
    const queries = Array.from({ length: QUERIES }, (_, i) => (pool[(i * 7) % pool.length] ?? '').slice(0, 120));
    const chars = texts.reduce((n, t) => n + t.length, 0);

    const started = performance.now();
    const probe = await loadEmbedder(base);
    console.log(`model ${probe.modelId} (${base.dtype}, ${probe.dimensions} dims), cold load ${(performance.now() - started).toFixed(0)} ms`);
    console.log(`workload: ${texts.length} passages, ${Math.round(chars / texts.length)} chars on average; ${queries.length} queries\n`);

    console.log('passages/second (median of 3 runs of embedPassages over the whole workload), in brackets per CPU-second');
    console.log(pad(['threads', ...BATCH_SIZES.map((b) => `batch ${b}`)]));
    for (const threads of THREADS) {
      const row: Array<string | number> = [threads];
      for (const batchSize of BATCH_SIZES) {
        const embedder = await loadEmbedder({ ...base, threads, batchSize });
        await embedder.embedPassages(texts.slice(0, batchSize)); // warm-up
        const runs: number[] = [];
        const cpu = process.cpuUsage();
        for (let r = 0; r < 3; r++) {
          const t = performance.now();
          await embedder.embedPassages(texts);
          runs.push(performance.now() - t);
        }
        // CPU time of the whole process (all onnxruntime threads): on a shared machine the wall clock varies with
        // the neighbours' load, the CPU time much less; passages per CPU-second is the 1-thread rate on an idle core.
        const { user, system } = process.cpuUsage(cpu);
        row.push(`${(texts.length / (median(runs) / 1000)).toFixed(1)} (${((3 * texts.length) / ((user + system) / 1e6)).toFixed(1)})`);
      }
      console.log(pad(row));
    }

    console.log(`\nquery latency over ${queries.length} queries (ms)`);
    console.log(pad(['threads', 'p50', 'p95', 'max', 'CPU ms/query']));
    for (const threads of THREADS) {
      const embedder = await loadEmbedder({ ...base, threads });
      for (const q of queries.slice(0, 5)) await embedder.embedQuery(q); // warm-up
      const times: number[] = [];
      const cpu = process.cpuUsage();
      for (const q of queries) {
        const t = performance.now();
        await embedder.embedQuery(q);
        times.push(performance.now() - t);
      }
      const { user, system } = process.cpuUsage(cpu);
      const cpuMs = (user + system) / 1000 / queries.length;
      console.log(pad([threads, percentile(times, 50).toFixed(2), percentile(times, 95).toFixed(2), Math.max(...times).toFixed(2), cpuMs.toFixed(2)]));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
