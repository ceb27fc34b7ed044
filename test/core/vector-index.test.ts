import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VectorIndex } from '../../src/core/vector-index.js';

// Deterministic unit vectors (mulberry32 + Box–Muller) so failures reproduce.
function randomUnitVectors(count: number, dimensions: number, seed: number): Float32Array[] {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    const v = new Float32Array(dimensions);
    let norm = 0;
    for (let i = 0; i < dimensions; i++) {
      v[i] = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
      norm += v[i]! * v[i]!;
    }
    norm = Math.sqrt(norm);
    for (let i = 0; i < dimensions; i++) v[i]! /= norm;
    return v;
  });
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function exactTopK(vectors: Float32Array[], query: Float32Array, k: number): number[] {
  return vectors
    .map((v, label) => ({ label, score: dot(v, query) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .map((h) => h.label);
}

const dir = mkdtempSync(join(tmpdir(), 'vector-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DIM = 32;
const vectors = randomUnitVectors(300, DIM, 1);
const index = VectorIndex.build(vectors, DIM);
const savedPath = join(dir, 'saved.hnsw');
index.save(savedPath);

describe('VectorIndex search', () => {
  it('GIVEN a stored vector as query THEN its nearest neighbour is itself with similarity ≈ 1', () => {
    for (const label of [0, 17, 150, 299]) {
      const [top] = index.search(vectors[label]!, 5);
      expect(top?.label).toBe(label);
      expect(top?.similarity).toBeCloseTo(1, 5);
    }
  });

  it('GIVEN any query THEN results are sorted by similarity, highest first, and match the exact cosine', () => {
    const query = randomUnitVectors(1, DIM, 99)[0]!;
    const hits = index.search(query, 20);
    expect(hits).toHaveLength(20);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.similarity).toBeGreaterThanOrEqual(hits[i]!.similarity);
    for (const hit of hits) expect(hit.similarity).toBeCloseTo(dot(vectors[hit.label]!, query), 5);
  });

  it('GIVEN a filter THEN only accepted labels come back', () => {
    const hits = index.search(vectors[3]!, 10, (label) => label % 2 === 0);
    expect(hits).toHaveLength(10);
    expect(hits.every((h) => h.label % 2 === 0)).toBe(true);
    expect(hits.map((h) => h.label)).not.toContain(3);
  });

  it('GIVEN a filter that throws THEN search rethrows its error and the process survives', () => {
    expect(() => index.search(vectors[0]!, 5, () => { throw new Error('filter broke'); })).toThrow('filter broke');
    expect(index.search(vectors[0]!, 1)[0]?.label).toBe(0);
  });

  it('GIVEN k larger than the index, zero, or invalid THEN it returns everything, nothing, or throws', () => {
    expect(index.search(vectors[0]!, 1000)).toHaveLength(300);
    expect(index.search(vectors[0]!, 0)).toEqual([]);
    expect(() => index.search(vectors[0]!, -1)).toThrow(/k must be/);
    expect(() => index.search(vectors[0]!, 1.5)).toThrow(/k must be/);
  });

  it('GIVEN a query of the wrong length or with NaN THEN a clear error', () => {
    expect(() => index.search(new Float32Array(DIM + 1), 3)).toThrow(`The query has ${DIM + 1} dimensions, the index has ${DIM}.`);
    const bad = new Float32Array(DIM).fill(0.1);
    bad[4] = Number.NaN;
    expect(() => index.search(bad, 3)).toThrow(/non-finite value at position 4/);
    expect(() => VectorIndex.build([new Float32Array(DIM - 1)], DIM)).toThrow(/vector 0 has 31 dimensions/);
  });

  it('GIVEN no vectors THEN the index is empty, searches return nothing, and it survives save and load', () => {
    const empty = VectorIndex.build([], DIM);
    expect(empty.size).toBe(0);
    expect(empty.search(vectors[0]!, 10)).toEqual([]);
    const path = join(dir, 'empty.hnsw');
    empty.save(path);
    const loaded = VectorIndex.load(path, DIM, 0);
    expect(loaded.size).toBe(0);
    expect(loaded.search(vectors[0]!, 10)).toEqual([]);
    loaded.save(join(dir, 'empty-again.hnsw'));
  });
});

describe('VectorIndex save and load', () => {
  it('GIVEN a saved index THEN the loaded one answers identically', () => {
    const loaded = VectorIndex.load(savedPath, DIM, vectors.length);
    expect(loaded.size).toBe(300);
    expect(loaded.dimensions).toBe(DIM);
    expect(loaded.params.m).toBe(index.params.m);
    for (const query of randomUnitVectors(20, DIM, 7)) expect(loaded.search(query, 10)).toEqual(index.search(query, 10));
  });

  it('GIVEN a directory that does not exist THEN save throws instead of silently writing nothing', () => {
    expect(() => index.save(join(dir, 'no', 'such', 'dir.hnsw'))).toThrow(/Could not write the vector index/);
  });

  const variant = (name: string, change: (bytes: Buffer) => Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, change(Buffer.from(readFileSync(savedPath))));
    return path;
  };

  it.each([
    ['a missing file', () => join(dir, 'nope.hnsw'), 'index_missing', /is missing/],
    ['an empty file', () => variant('zero.hnsw', () => Buffer.alloc(0)), 'index_corrupt', /shorter than its header/],
    ['a truncated file', () => variant('trunc.hnsw', (b) => b.subarray(0, b.length - 50)), 'index_corrupt', /could not be read|truncated/],
    ['a file cut inside the vectors', () => variant('cut.hnsw', (b) => b.subarray(0, 5000)), 'index_corrupt', /truncated/],
    ['garbage', () => variant('garbage.hnsw', (b) => Buffer.from(b.map((_, i) => (i * 7919) % 251))), 'index_corrupt', /not that of an HNSW index/],
    ['a text file', () => variant('text.hnsw', () => Buffer.from('{"not": "an index"}'.repeat(20))), 'index_corrupt', /not that of an HNSW index/],
    // A bad entry point makes hnswlib segfault at the first search; the header check must stop it.
    ['a bad entry point', () => variant('entry.hnsw', (b) => (b.writeUInt32LE(999_999, 52), b)), 'index_corrupt', /entry point/],
    ['a huge capacity', () => variant('cap.hnsw', (b) => (b.writeBigUInt64LE(1n << 40n, 8), b)), 'index_corrupt', /capacity/],
  ] as const)('GIVEN %s THEN load throws DossierError %s', (_name, makePath, code, message) => {
    const attempt = () => VectorIndex.load(makePath(), DIM, vectors.length);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(expect.objectContaining({ name: 'DossierError', code }));
  });

  it('GIVEN the wrong dimensions or count THEN load says so', () => {
    expect(() => VectorIndex.load(savedPath, 64, 300)).toThrow(expect.objectContaining({ code: 'index_incompatible' }));
    expect(() => VectorIndex.load(savedPath, 64, 300)).toThrow(/holds 32-dimensional vectors, the embedder makes 64/);
    expect(() => VectorIndex.load(savedPath, DIM, 301)).toThrow(/holds 300 vectors, expected 301/);
  });
});

describe('VectorIndex recall', () => {
  it('GIVEN 2,000 random 64-dim vectors THEN recall@10 against exact search is at least 0.95', () => {
    const data = randomUnitVectors(2000, 64, 42);
    const big = VectorIndex.build(data, 64);
    const queries = randomUnitVectors(100, 64, 43);
    let found = 0;
    for (const query of queries) {
      const truth = new Set(exactTopK(data, query, 10));
      found += big.search(query, 10).filter((h) => truth.has(h.label)).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });
});
