/** The embedded store (the default): generations as files under one folder, indexes loaded into memory. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isDossierError } from '../errors.js';
import { exactSearch, EXACT_MAX } from '../exact-vectors.js';
import { readCurrentGeneration, readRawVectors, writeGeneration, type FileWriter } from '../index-store.js';
import { withJobLock } from '../job-lock.js';
import { encodeLexical } from '../lexical-file.js';
import { openLiveIndex, type LiveIndex } from '../live-index.js';
import { defaultHnswParams, VectorIndex, type VectorHit } from '../vector-index.js';
import type { GenerationReader, IndexStore, NewGeneration, PreviousGeneration } from './types.js';

/** How often a watching process reads current.json (a rename by another process has no event we can rely on across volumes). */
const POLL_MS = 2_000;

export interface FilesStoreOptions {
  /** Replaces the file writer: tests simulate a full disk or a read-only file system. */
  writeFile?: FileWriter;
  pollMs?: number;
}

/** Generations under `root` (see index-store.ts), the job lock in the same folder. */
export class FilesStore implements IndexStore {
  readonly kind = 'files';

  constructor(
    readonly root: string,
    private readonly options: FilesStoreOptions = {},
  ) {}

  get where(): string {
    return `${this.root}/`;
  }

  async open(): Promise<GenerationReader> {
    return filesReader(await openLiveIndex(this.root));
  }

  async currentGeneration(): Promise<string | null> {
    try {
      const raw = JSON.parse(await readFile(join(this.root, 'current.json'), 'utf8')) as unknown;
      return z.object({ generation: z.string() }).parse(raw).generation;
    } catch {
      return null; // missing or being replaced: the next poll reads it
    }
  }

  watch(onSwitch: (generation: string) => void): () => void {
    let last: Promise<string | null> = this.currentGeneration();
    const timer = setInterval(() => {
      last = last.then(async (before) => {
        const now = await this.currentGeneration();
        if (now !== null && now !== before) onSwitch(now);
        return now ?? before;
      });
    }, this.options.pollMs ?? POLL_MS);
    timer.unref();
    return () => clearInterval(timer);
  }

  withJobLock<T>(job: () => Promise<T>): Promise<T> {
    return withJobLock(this.root, job);
  }

  async readPrevious(): Promise<PreviousGeneration | null> {
    try {
      const stored = await readCurrentGeneration(this.root, { anyFormat: true });
      const vectors = await readRawVectors(this.root, stored);
      return { manifest: stored.manifest, passages: stored.passages, vectorsByHash: new Map(vectors.map((v, i) => [stored.passages[i]!.hash, v] as const)) };
    } catch (error) {
      if (isDossierError(error) && error.code === 'index_missing') return null;
      throw error;
    }
  }

  writeGeneration(next: NewGeneration): Promise<string> {
    const { vectors } = next;
    const hnsw = defaultHnswParams;
    const dimensions = next.manifest.model?.dimensions ?? 0;
    return writeGeneration(this.root, {
      manifest: next.manifest,
      articles: next.articles,
      passages: next.passages,
      lexical: encodeLexical(next.lexical),
      ...(vectors ? { vectors, writeVectorIndex: (path: string) => VectorIndex.build(vectors, dimensions, hnsw).save(path) } : {}),
    }, this.options.writeFile ? { writeFile: this.options.writeFile } : {});
  }

  async close(): Promise<void> {}
}

/** A loaded generation: everything in memory, the question view is the live index itself. */
function filesReader(live: LiveIndex): GenerationReader {
  return {
    generation: live.manifest.generation,
    manifest: live.manifest,
    articles: live.articles,
    articleById: live.articleById,
    passages: live.passages,
    hasVectors: live.vectors !== null,
    searchLexical: async (question, k, sourceId) =>
      live.lexical.search(question, k, sourceId === undefined ? undefined : (i) => live.passages[i]?.articleId === sourceId),
    searchDense: async (query, k, sourceId) => denseSearch(live, query, k, sourceId),
    view: async () => live,
  };
}

/** One article's passages are searched exactly (HNSW with a selective filter visits most of its graph); the rest by HNSW. */
function denseSearch(live: LiveIndex, query: Float32Array, depth: number, sourceId: string | undefined): VectorHit[] {
  if (!live.vectors) return [];
  const range = sourceId !== undefined ? live.articleRange(sourceId) : undefined;
  if (range && live.rawVectorsPath && range[1] - range[0] <= EXACT_MAX) {
    try {
      return exactSearch(live.rawVectorsPath, live.vectors.dimensions, range[0], range[1], query, depth);
    } catch {
      // The generation's files can be pruned under a long-running process (two index jobs since it loaded):
      // the in-memory HNSW graph still answers, only slower.
    }
  }
  const filter = sourceId === undefined ? undefined : (i: number) => live.passages[i]?.articleId === sourceId;
  return live.vectors.search(query, depth, filter);
}
