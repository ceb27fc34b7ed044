// The only file importing hnswlib-node. It wraps the native index so that nothing the caller does
// (bad file, wrong dimensions, a throwing filter) can crash the process: hnswlib-node segfaults on a
// header with a bad entry point, silently reads past the vectors when loaded with the wrong
// dimensions, aborts when a filter callback throws, and ignores write errors on save.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import hnswlib from 'hnswlib-node';
import type { HierarchicalNSW } from 'hnswlib-node';
import { DossierError } from './errors.js';

/** HNSW graph parameters: links per node, candidate list size while building and while searching. */
export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
  seed?: number;
}

/** Chosen by bench/scale.ts at 100k × 384 (clustered vectors): recall@10 1.000, search p95 1.7 ms (M 16: 0.985). */
export const defaultHnswParams: HnswParams = { m: 24, efConstruction: 200, efSearch: 128, seed: 100 };

/** One search result; `similarity` is the cosine similarity, higher is better. */
export interface VectorHit {
  label: number;
  similarity: number;
}

// hnswlib's file header (x86-64/arm64 layout: size_t = 8, int = 4), written by saveIndex.
const HEADER_BYTES = 96;
const MAX_LEVELS = 64;

/** Approximate nearest-neighbour index over unit vectors; labels are the vectors' positions. */
export class VectorIndex {
  private constructor(
    private readonly native: HierarchicalNSW,
    /** Length of every stored and query vector. */
    readonly dimensions: number,
    /** Number of stored vectors. */
    readonly size: number,
    /** Parameters in effect (m and efConstruction come from the file when loaded). */
    readonly params: HnswParams,
  ) {}

  /** Builds an index of `vectors` (label = array position). Synchronous and single-threaded. */
  static build(vectors: readonly Float32Array[], dimensions: number, params: Partial<HnswParams> = {}): VectorIndex {
    const p = { ...defaultHnswParams, ...params };
    checkDimensions(dimensions);
    const native = newNative(dimensions);
    // hnswlib needs room for at least one element even when empty.
    native.initIndex({ maxElements: Math.max(vectors.length, 1), m: p.m, efConstruction: p.efConstruction, randomSeed: p.seed ?? 100 });
    native.setEf(p.efSearch);
    vectors.forEach((vector, label) => {
      checkVector(vector, dimensions, `vector ${label}`);
      native.addPoint(Array.from(vector), label);
    });
    return new VectorIndex(native, dimensions, vectors.length, p);
  }

  /** Loads a file written by `save`, checking it first. Throws DossierError (index_missing, index_corrupt, index_incompatible). */
  static load(path: string, dimensions: number, expectedCount: number, params: Partial<HnswParams> = {}): VectorIndex {
    checkDimensions(dimensions);
    const header = checkFile(path, dimensions, expectedCount);
    const native = newNative(dimensions);
    try {
      native.readIndexSync(path);
    } catch (error) {
      throw new DossierError('index_corrupt', `The vector index ${path} could not be read (${String(error)}). Rebuild the index.`);
    }
    if (native.getCurrentCount() !== expectedCount) {
      throw new DossierError('index_corrupt', `The vector index ${path} holds ${native.getCurrentCount()} vectors, expected ${expectedCount}. Rebuild the index.`);
    }
    const p = { ...defaultHnswParams, ...params, m: header.m, efConstruction: header.efConstruction };
    native.setEf(p.efSearch);
    return new VectorIndex(native, dimensions, expectedCount, p);
  }

  /** Writes the index to `path` and checks that the file landed whole (hnswlib ignores write errors). */
  save(path: string): void {
    this.native.writeIndexSync(path);
    try {
      checkFile(path, this.dimensions, this.size);
    } catch (error) {
      throw new Error(`Could not write the vector index to ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Sets the search-time candidate list size (higher: better recall, slower); used for tuning. */
  setEfSearch(efSearch: number): void {
    if (!Number.isInteger(efSearch) || efSearch < 1) throw new Error(`efSearch must be a positive integer, got ${efSearch}.`);
    this.native.setEf(efSearch);
    this.params.efSearch = efSearch;
  }

  /** The k most similar stored vectors, most similar first; with `filter`, only labels it accepts (may be fewer than k). */
  search(query: Float32Array, k: number, filter?: (label: number) => boolean): VectorHit[] {
    checkVector(query, this.dimensions, 'query');
    if (!Number.isInteger(k) || k < 0) throw new Error(`k must be a non-negative integer, got ${k}.`);
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    // A JS exception inside the native filter callback aborts the process, so catch it here and rethrow after.
    let failure: { error: unknown } | undefined;
    const guarded = filter
      ? (label: number): boolean => {
          if (failure) return false;
          try {
            return filter(label) === true;
          } catch (error) {
            failure = { error };
            return false;
          }
        }
      : undefined;
    const result = this.native.searchKnn(Array.from(query), n, guarded);
    if (failure) throw failure.error;
    // hnswlib's inner-product distance is 1 − dot; with unit vectors, dot is the cosine.
    return result.neighbors.map((label, i) => ({ label, similarity: 1 - (result.distances[i] ?? 1) }));
  }
}

// 'cosine' is hnswlib's inner-product space plus normalising each vector on the way in. For the unit
// vectors we store it ranks exactly like 'ip'; the O(d) normalisation is negligible next to a search,
// and it keeps `similarity` a true cosine should a caller ever pass an unnormalised vector.
function newNative(dimensions: number): HierarchicalNSW {
  return new hnswlib.HierarchicalNSW('cosine', dimensions);
}

function checkDimensions(dimensions: number): void {
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new Error(`dimensions must be a positive integer, got ${dimensions}.`);
}

function checkVector(vector: Float32Array, dimensions: number, what: string): void {
  if (vector.length !== dimensions) throw new Error(`The ${what} has ${vector.length} dimensions, the index has ${dimensions}.`);
  for (let i = 0; i < vector.length; i++) {
    if (!Number.isFinite(vector[i])) throw new Error(`The ${what} has a non-finite value at position ${i}.`);
  }
}

/**
 * Checks an hnswlib file's header against what we expect before the native loader sees it: a bad
 * entry point or level crashes the process at search time, and a wrong dimension count is not
 * detected by hnswlib at all. The body (vectors and links) is checksummed by the index store.
 */
function checkFile(path: string, dimensions: number, expectedCount: number): { m: number; efConstruction: number } {
  let fileSize: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    fileSize = stat.size;
  } catch {
    throw new DossierError('index_missing', `The vector index ${path} is missing. Rebuild the index.`);
  }
  const corrupt = (why: string) => new DossierError('index_corrupt', `The vector index ${path} is corrupt: ${why}. Rebuild the index.`);
  if (fileSize < HEADER_BYTES) throw corrupt(`${fileSize} bytes is shorter than its header`);

  const buf = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const u64 = (offset: number) => Number(buf.readBigUInt64LE(offset));
  const h = {
    offsetLevel0: u64(0),
    maxElements: u64(8),
    count: u64(16),
    bytesPerElement: u64(24),
    labelOffset: u64(32),
    dataOffset: u64(40),
    maxLevel: buf.readInt32LE(48),
    entryPoint: buf.readUInt32LE(52),
    maxM: u64(56),
    maxM0: u64(64),
    m: u64(72),
    mult: buf.readDoubleLE(80),
    efConstruction: u64(88),
  };
  const m = h.m;
  const shapeOk =
    h.offsetLevel0 === 0 &&
    m >= 2 && m <= 1024 && h.maxM === m && h.maxM0 === 2 * m &&
    Math.abs(h.mult - 1 / Math.log(m)) < 1e-9 &&
    h.efConstruction >= 1 && h.efConstruction <= 1_000_000 &&
    h.dataOffset === h.maxM0 * 4 + 4 &&
    h.bytesPerElement === h.labelOffset + 8 &&
    h.labelOffset > h.dataOffset && (h.labelOffset - h.dataOffset) % 4 === 0;
  if (!shapeOk) throw corrupt('its header is not that of an HNSW index');

  const fileDimensions = (h.labelOffset - h.dataOffset) / 4;
  if (fileDimensions !== dimensions) {
    throw new DossierError('index_incompatible', `The vector index ${path} holds ${fileDimensions}-dimensional vectors, the embedder makes ${dimensions}. Rebuild the index.`);
  }
  if (h.count !== expectedCount) throw corrupt(`it holds ${h.count} vectors, expected ${expectedCount}`);
  // save() sizes the index to its content (hnswlib reloads an empty one with capacity 0), so anything
  // else is damage, and a huge value would exhaust memory on load.
  if (h.maxElements !== expectedCount && h.maxElements !== Math.max(expectedCount, 1)) throw corrupt(`its capacity ${h.maxElements} does not match ${expectedCount} vectors`);
  const graphOk = expectedCount === 0 ? true : h.entryPoint < expectedCount && h.maxLevel >= 0 && h.maxLevel < MAX_LEVELS;
  if (!graphOk) throw corrupt('its entry point or level is out of range');
  // Level-0 records plus one 4-byte link-list size per element; hnswlib walks the rest and throws if it does not add up.
  if (fileSize < HEADER_BYTES + expectedCount * (h.bytesPerElement + 4)) throw corrupt('it is truncated');
  return { m, efConstruction: h.efConstruction };
}
