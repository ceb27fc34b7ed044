/**
 * The on-disk index: immutable generations under `generations/`, and `current.json` naming the live one.
 * A job writes a whole new generation into a temporary folder, renames it into place, and only then
 * replaces `current.json` (write + rename, which is atomic on one file system). A crash or kill at any
 * moment therefore leaves the previous generation loadable.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DossierError } from './errors.js';
import { ensureDir, fsFailure } from './fs-errors.js';
import type { ArticleMeta, Passage } from './types.js';

/** 2: the lexical index is stored (lexical.bin) instead of rebuilt at every start. */
export const FORMAT_VERSION = 2;
const CURRENT = 'current.json';
const GENERATIONS = 'generations';
export const VECTORS_FILE = 'vectors.hnsw';
export const RAW_VECTORS_FILE = 'vectors.f32';

const modelSchema = z.object({
  id: z.string(),
  dimensions: z.number().int().positive(),
  dtype: z.string(),
  queryPrefix: z.string(),
  passagePrefix: z.string(),
});

export const manifestSchema = z.object({
  formatVersion: z.number().int(),
  generation: z.string(),
  createdAt: z.string(),
  /** null when the generation is lexical-only (no embedding model could be had). */
  model: modelSchema.nullable(),
  lexicalOnlyReason: z.string().optional(),
  corpusFingerprint: z.string(),
  counts: z.object({ articles: z.number().int(), passages: z.number().int() }),
  checksums: z.record(z.string(), z.string()),
  hnsw: z.object({ m: z.number(), efConstruction: z.number(), efSearch: z.number() }).optional(),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ModelInfo = z.infer<typeof modelSchema>;

const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  date: z.string(),
  author: z.string().nullable(),
  file: z.string(),
  metaSources: z.object({ title: z.string(), outlet: z.string(), date: z.string(), author: z.string() }).optional(),
});
const passageSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  paragraph: z.number().int(),
  paragraphEnd: z.number().int(),
  section: z.string().nullable(),
  text: z.string(),
  hash: z.string(),
});

/** Everything a generation holds, read and checked. `vectorsPath` is null for lexical-only generations. */
export interface StoredGeneration {
  manifest: Manifest;
  articles: ArticleMeta[];
  passages: Passage[];
  vectorsPath: string | null;
}

/** What a job hands over to be written as a new generation. `writeVectors` writes the HNSW file to the given path. */
export interface NewGeneration {
  manifest: Omit<Manifest, 'generation' | 'createdAt' | 'checksums' | 'formatVersion'>;
  articles: ArticleMeta[];
  passages: Passage[];
  /** Raw vectors, passage order, float32 little-endian: the embedding cache of the next job. */
  vectors?: Float32Array[];
  /** Writes the HNSW graph to the given path. */
  writeVectorIndex?: (path: string) => void | Promise<void>;
  /** The lexical index (lexical-file.ts), stored as lexical.bin. */
  lexical?: Buffer;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

const rebuildHint = 'Run `npm run index` to rebuild it.';

/**
 * Reads the live generation, checking manifest, format version and checksums. Throws DossierError on any problem.
 * `anyFormat` reads an older format's passages and vectors anyway (the index job reuses its embeddings).
 */
export async function readCurrentGeneration(root: string, { anyFormat = false } = {}): Promise<StoredGeneration> {
  const currentPath = join(root, CURRENT);
  if (!existsSync(currentPath)) {
    throw new DossierError('index_missing', `No index in ${root}/. Run \`npm run index\` to build it.`);
  }
  const pointer = await readJson(currentPath, z.object({ generation: z.string().regex(/^[\w.-]+$/) }), `${root}/${CURRENT}`);
  const dir = join(root, GENERATIONS, pointer.generation);
  const manifest = await readJson(join(dir, 'manifest.json'), manifestSchema, `manifest of generation ${pointer.generation}`);
  if (manifest.formatVersion !== FORMAT_VERSION && !anyFormat) {
    throw new DossierError(
      'index_incompatible',
      `The index in ${root}/ was written in format ${manifest.formatVersion}; this version reads format ${FORMAT_VERSION} (it stores the lexical index). ${rebuildHint}`,
    );
  }
  for (const [file, expected] of Object.entries(manifest.checksums)) {
    const path = join(dir, file);
    const data = await readFile(path).catch(() => null);
    if (data === null || sha256(data) !== expected) {
      throw new DossierError(
        'index_corrupt',
        `The index in ${root}/ is corrupt: ${file} is ${data === null ? 'missing' : 'damaged (checksum mismatch)'}. ${rebuildHint}`,
      );
    }
  }
  const articles = await readJson(join(dir, 'articles.json'), z.array(articleSchema), 'articles.json');
  const passages = await readJson(join(dir, 'passages.json'), z.array(passageSchema), 'passages.json');
  if (passages.length !== manifest.counts.passages || articles.length !== manifest.counts.articles) {
    throw new DossierError('index_corrupt', `The index in ${root}/ is corrupt: counts do not match its manifest. ${rebuildHint}`);
  }
  const vectorsPath = manifest.model ? join(dir, VECTORS_FILE) : null;
  if (vectorsPath && !(VECTORS_FILE in manifest.checksums)) {
    throw new DossierError('index_corrupt', `The index in ${root}/ is corrupt: its manifest lists no vectors file. ${rebuildHint}`);
  }
  return { manifest, articles, passages, vectorsPath };
}

/** Writes one file durably. Replaceable so tests can simulate a full disk or a read-only file system. */
export type FileWriter = (path: string, content: string | Buffer) => Promise<void>;

/** How a generation is written; both fields exist for tests and are never set in production. */
export interface WriteOptions {
  /** Simulates a crash after a given step (the temporary folder stays, as after a real crash). */
  faultAfter?: 'files' | 'rename';
  writeFile?: FileWriter;
}

/**
 * Writes a complete new generation and then makes it current. Returns its name. When writing fails, its
 * temporary folder is removed (a full disk must not stay full) and the error names what to do; the previous
 * generation stays current.
 */
export async function writeGeneration(root: string, next: NewGeneration, options: WriteOptions = {}): Promise<string> {
  const generation = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const tmp = join(root, GENERATIONS, `.tmp-${generation}`);
  try {
    return await writeInto(root, tmp, generation, next, options);
  } catch (error) {
    if (options.faultAfter) throw error;
    // current.json was not switched (that is the last step that can fail), so nothing here is live.
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
    await rm(join(root, GENERATIONS, generation), { recursive: true, force: true }).catch(() => {});
    await rm(join(root, `.${CURRENT}.${generation}.tmp`), { force: true }).catch(() => {});
    throw fsFailure(error, root);
  }
}

async function writeInto(root: string, tmp: string, generation: string, next: NewGeneration, options: WriteOptions): Promise<string> {
  const { faultAfter, writeFile = writeDurably } = options;
  const generationsDir = join(root, GENERATIONS);
  // A file where our own generations folder belongs is damage to the index, like a corrupt manifest: repair it.
  if ((await stat(generationsDir).catch(() => null))?.isDirectory() === false) await rm(generationsDir, { force: true });
  await ensureDir(generationsDir);
  await mkdir(tmp);

  const checksums: Record<string, string> = {};
  const put = async (file: string, content: string | Buffer) => {
    await writeFile(join(tmp, file), content);
    checksums[file] = sha256(content);
  };
  await put('articles.json', JSON.stringify(next.articles));
  await put('passages.json', JSON.stringify(next.passages));
  if (next.lexical) await put('lexical.bin', next.lexical);
  if (next.vectors) await put(RAW_VECTORS_FILE, packVectors(next.vectors));
  if (next.writeVectorIndex) {
    await next.writeVectorIndex(join(tmp, VECTORS_FILE));
    checksums[VECTORS_FILE] = sha256(await readFile(join(tmp, VECTORS_FILE)));
  }
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    generation,
    createdAt: new Date().toISOString(),
    ...next.manifest,
    checksums,
  };
  await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2));
  if (faultAfter === 'files') throw new Error('simulated crash after writing files');

  await rename(tmp, join(generationsDir, generation));
  if (faultAfter === 'rename') throw new Error('simulated crash before switching current.json');

  const pointerTmp = join(root, `.${CURRENT}.${generation}.tmp`);
  await writeFile(pointerTmp, JSON.stringify({ generation }));
  await rename(pointerTmp, join(root, CURRENT));
  // The new generation is live now: failing to tidy up old ones must not report the job as failed.
  await pruneGenerations(root, generation).catch(() => {});
  return generation;
}

/** Keeps the current generation and the one before it (a reader may still have it open); removes the rest and stale temp folders. */
async function pruneGenerations(root: string, current: string): Promise<void> {
  const dir = join(root, GENERATIONS);
  const names = (await readdir(dir)).sort();
  const complete = names.filter((n) => !n.startsWith('.'));
  const keep = new Set([current, complete.filter((n) => n < current).at(-1)]);
  for (const name of names) {
    if (keep.has(name)) continue;
    await rm(join(dir, name), { recursive: true, force: true });
  }
  for (const name of await readdir(root)) {
    if (name.startsWith(`.${CURRENT}.`) && name.endsWith('.tmp')) await rm(join(root, name), { force: true });
  }
}

/** Reads the raw vectors of a generation (passage order), for reuse by the next job. */
export async function readRawVectors(root: string, stored: StoredGeneration): Promise<Float32Array[]> {
  const model = stored.manifest.model;
  if (!model) return [];
  const data = await readFile(join(root, GENERATIONS, stored.manifest.generation, RAW_VECTORS_FILE));
  if (data.length !== stored.passages.length * model.dimensions * 4) {
    throw new DossierError('index_corrupt', `The index in ${root}/ is corrupt: ${RAW_VECTORS_FILE} has the wrong size. ${rebuildHint}`);
  }
  const all = new Float32Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
  return stored.passages.map((_, i) => all.slice(i * model.dimensions, (i + 1) * model.dimensions));
}

function packVectors(vectors: Float32Array[]): Buffer {
  return Buffer.concat(vectors.map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength)));
}

async function writeDurably(path: string, content: string | Buffer): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readJson<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new DossierError('index_corrupt', `The index is incomplete: ${what} is missing. ${rebuildHint}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new DossierError('index_corrupt', `The index is corrupt: ${what} is not valid JSON. ${rebuildHint}`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new DossierError('index_corrupt', `The index is corrupt: ${what} does not have the expected shape. ${rebuildHint}`);
  }
  return result.data;
}

/** Exposed for tests: the folder holding a generation. */
export const generationDir = (root: string, generation: string) => join(root, GENERATIONS, generation);
