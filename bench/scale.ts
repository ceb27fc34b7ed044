// Scale benchmark for the vector index: build time, memory, file size, search latency and recall@10
// against exact search, at several corpus sizes and HNSW parameters.
//
//   node dist/bench/scale.js [--sizes 10000,100000] [--m 16] [--ef-construction 200] [--ef-search 64,128]
//                            [--queries 1000] [--recall-queries 200] [--json]
//
// Vectors are synthetic, dim 384, unit length: a Gaussian mixture around 2,000 random unit centroids
// whose spread lies mostly in a 48-dimensional subspace (plus weak isotropic noise), since real text
// embeddings have a low intrinsic dimension. `--data isotropic` instead spreads the noise over all 384
// dimensions, which is nearly as hard for HNSW as uniformly random vectors (its worst case). Queries
// are fresh draws from the same mixture, not stored vectors.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { VectorIndex, defaultHnswParams } from '../src/core/vector-index.js';
import { seeded } from './scale-corpus.js';

const DIM = 384;
const CENTROIDS = 2000;
const LATENT = 48;
const K = 10;
const WARMUP = 100;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** One measured configuration. */
interface Row {
  size: number;
  m: number;
  efConstruction: number;
  efSearch: number;
  buildSeconds: number;
  rssDeltaMiB: number;
  heapDeltaMiB: number;
  fileMiB: number;
  loadSeconds: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  filteredP50Ms: number;
  recallAt10: number;
}

/** The corpus generator's mulberry32, moved off 0 by half a step: Box–Muller takes the logarithm of it. */
function rng(seed: number): () => number {
  const next = seeded(seed);
  return () => next() + 0.5 / 4294967296;
}

/** How a vector spreads around its centroid: `basis` (DIM × LATENT) spans the structured part. */
interface Spread {
  basis: Float32Array | null;
  latentSigma: number;
  isotropicSigma: number;
}

function gaussianPairs(random: () => number, out: Float64Array): void {
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(random()));
    const a = 2 * Math.PI * random();
    out[i] = r * Math.cos(a);
    out[i + 1] = r * Math.sin(a);
  }
}

/** Fills `out` (n × DIM, row-major) with unit vectors drawn from the mixture. */
function mixture(out: Float32Array, centroids: Float32Array, random: () => number, spread: Spread): void {
  const n = out.length / DIM;
  const z = new Float64Array(LATENT);
  const e = new Float64Array(DIM);
  for (let row = 0; row < n; row++) {
    const c = Math.floor(random() * (centroids.length / DIM)) * DIM;
    const o = row * DIM;
    gaussianPairs(random, e);
    if (spread.basis) gaussianPairs(random, z);
    let norm = 0;
    for (let i = 0; i < DIM; i++) {
      let x = centroids[c + i]! + spread.isotropicSigma * e[i]!;
      if (spread.basis) {
        let s = 0;
        for (let j = 0; j < LATENT; j++) s += spread.basis[i * LATENT + j]! * z[j]!;
        x += spread.latentSigma * s;
      }
      out[o + i] = x;
      norm += x * x;
    }
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < DIM; i++) out[o + i]! *= inv;
  }
}

function rows(flat: Float32Array): Float32Array[] {
  return Array.from({ length: flat.length / DIM }, (_, i) => flat.subarray(i * DIM, (i + 1) * DIM));
}

/** Exact top-K labels per query; queries in blocks of 8 so each stored row is read once per block. */
function bruteForce(data: Float32Array, queries: Float32Array): number[][] {
  const n = data.length / DIM;
  const q = queries.length / DIM;
  const result: number[][] = [];
  for (let q0 = 0; q0 < q; q0 += 8) {
    const block = Math.min(8, q - q0);
    const topS = Array.from({ length: block }, () => new Float64Array(K).fill(-Infinity));
    const topL = Array.from({ length: block }, () => new Int32Array(K).fill(-1));
    for (let row = 0; row < n; row++) {
      const o = row * DIM;
      for (let b = 0; b < block; b++) {
        const qo = (q0 + b) * DIM;
        let s = 0;
        for (let i = 0; i < DIM; i++) s += data[o + i]! * queries[qo + i]!;
        const scores = topS[b]!;
        if (s <= scores[K - 1]!) continue;
        const labels = topL[b]!;
        let j = K - 1;
        while (j > 0 && scores[j - 1]! < s) {
          scores[j] = scores[j - 1]!;
          labels[j] = labels[j - 1]!;
          j--;
        }
        scores[j] = s;
        labels[j] = row;
      }
    }
    for (const labels of topL) result.push(Array.from(labels));
  }
  return result;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function timeSearches(index: VectorIndex, queries: Float32Array[], filter?: (label: number) => boolean): number[] {
  for (let i = 0; i < WARMUP; i++) index.search(queries[i % queries.length]!, K, filter);
  const times = queries.map((query) => {
    const start = process.hrtime.bigint();
    index.search(query, K, filter);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return times.sort((a, b) => a - b);
}

const mib = (bytes: number) => bytes / 2 ** 20;
const list = (value: string) => value.split(',').map((v) => Number(v.trim()));

function run(): { rows: Row[]; vectors: string; notes: string[] } {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      m: { type: 'string', default: String(defaultHnswParams.m) },
      'ef-construction': { type: 'string', default: String(defaultHnswParams.efConstruction) },
      'ef-search': { type: 'string', default: String(defaultHnswParams.efSearch) },
      queries: { type: 'string', default: '1000' },
      data: { type: 'string', default: 'low-rank' },
      'recall-queries': { type: 'string', default: '200' },
      json: { type: 'boolean', default: false },
    },
  });
  const log = (line: string) => values.json || process.stderr.write(`${line}\n`);
  const out: Row[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'scale-bench-'));
  try {
    const random = rng(2024);
    const centroids = new Float32Array(CENTROIDS * DIM);
    mixture(centroids, new Float32Array(DIM), random, { basis: null, latentSigma: 0, isotropicSigma: 1 }); // uniform on the sphere
    // Either way the spread's norm ≈ the centroid's (cosine to centroid ≈ 0.7); low-rank keeps 95 % of it in the subspace.
    const basis = new Float32Array(DIM * LATENT);
    for (let i = 0; i < basis.length; i++) basis[i] = (random() * 2 - 1) * Math.sqrt(3);
    const spread: Spread =
      values.data === 'isotropic'
        ? { basis: null, latentSigma: 0, isotropicSigma: 1 / Math.sqrt(DIM) }
        : { basis, latentSigma: 0.95 / Math.sqrt(DIM * LATENT), isotropicSigma: 0.3 / Math.sqrt(DIM) };
    for (const size of list(values.sizes)) {
      const flat = new Float32Array(size * DIM);
      mixture(flat, centroids, random, spread);
      const queryFlat = new Float32Array(Number(values.queries) * DIM);
      mixture(queryFlat, centroids, random, spread);
      const queries = rows(queryFlat);
      const recallQueries = queries.slice(0, Number(values['recall-queries']));
      let start = performance.now();
      const truth = bruteForce(flat, queryFlat.subarray(0, recallQueries.length * DIM));
      log(`size ${size}: exact top-${K} for ${recallQueries.length} queries in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      const data = rows(flat);
      for (const m of list(values.m)) {
        for (const efConstruction of list(values['ef-construction'])) {
          gc();
          const before = process.memoryUsage();
          start = performance.now();
          const built = VectorIndex.build(data, DIM, { m, efConstruction });
          const buildSeconds = (performance.now() - start) / 1000;
          gc();
          const after = process.memoryUsage();
          const path = join(tmp, `index-${size}-${m}-${efConstruction}.hnsw`);
          built.save(path);
          const fileMiB = mib(statSync(path).size);
          start = performance.now();
          const index = VectorIndex.load(path, DIM, size);
          const loadSeconds = (performance.now() - start) / 1000;
          rmSync(path);
          log(`size ${size} M ${m} efC ${efConstruction}: built in ${buildSeconds.toFixed(1)} s, loaded in ${loadSeconds.toFixed(2)} s`);
          for (const efSearch of list(values['ef-search'])) {
            index.setEfSearch(efSearch);
            const times = timeSearches(index, queries);
            const filtered = timeSearches(index, queries.slice(0, 200), (label) => label % 10 === 0);
            let found = 0;
            recallQueries.forEach((query, i) => {
              const expected = new Set(truth[i]);
              found += index.search(query, K).filter((hit) => expected.has(hit.label)).length;
            });
            const row: Row = {
              size, m, efConstruction, efSearch, buildSeconds, loadSeconds, fileMiB,
              rssDeltaMiB: mib(after.rss - before.rss),
              heapDeltaMiB: mib(after.heapUsed - before.heapUsed),
              p50Ms: percentile(times, 50),
              p95Ms: percentile(times, 95),
              p99Ms: percentile(times, 99),
              filteredP50Ms: percentile(filtered, 50),
              recallAt10: found / (recallQueries.length * K),
            };
            out.push(row);
            log(render([row]).split('\n')[2]!);
          }
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const notes = growth(out);
  const kind = values.data === 'isotropic' ? 'isotropic spread' : `spread mostly in a ${LATENT}-dim subspace`;
  return { rows: out, vectors: `Gaussian mixture, dim ${DIM}, ${CENTROIDS} centroids, ${kind}, unit length`, notes };
}

/** How build time, memory and latency grow between the smallest and largest size at one setting. */
function growth(all: Row[]): string[] {
  const first = all[0];
  if (!first) return [];
  const same = all.filter((r) => r.m === first.m && r.efConstruction === first.efConstruction && r.efSearch === first.efSearch);
  const a = same[0]!;
  const b = same[same.length - 1]!;
  if (a.size === b.size) return [];
  const f = (x: number, y: number) => `×${(y / x).toFixed(1)}`;
  return [
    `From ${a.size} to ${b.size} vectors (×${(b.size / a.size).toFixed(0)}), M ${a.m} efC ${a.efConstruction} efSearch ${a.efSearch}: ` +
      `build ${f(a.buildSeconds, b.buildSeconds)}, file ${f(a.fileMiB, b.fileMiB)}, search p50 ${f(a.p50Ms, b.p50Ms)}, p95 ${f(a.p95Ms, b.p95Ms)}, ` +
      `recall ${a.recallAt10.toFixed(3)} → ${b.recallAt10.toFixed(3)}.`,
  ];
}

function render(all: Row[]): string {
  const head = ['size', 'M', 'efC', 'efS', 'build s', 'RSS Δ MiB', 'heap Δ MiB', 'file MiB', 'load s', 'p50 ms', 'p95 ms', 'p99 ms', 'p50 filt10% ms', 'recall@10'];
  const body = all.map((r) => [
    String(r.size), String(r.m), String(r.efConstruction), String(r.efSearch), r.buildSeconds.toFixed(1), r.rssDeltaMiB.toFixed(0),
    r.heapDeltaMiB.toFixed(1), r.fileMiB.toFixed(0), r.loadSeconds.toFixed(2), r.p50Ms.toFixed(3), r.p95Ms.toFixed(3), r.p99Ms.toFixed(3),
    r.filteredP50Ms.toFixed(3), r.recallAt10.toFixed(3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const result = run();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`Vectors: ${result.vectors}. Search latency is the search step only, k=${K}, after ${WARMUP} warm-up queries.`);
  console.log(render(result.rows));
  for (const note of result.notes) console.log(note);
}
