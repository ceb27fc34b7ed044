/** Loads the corpus directory: every *.txt article, cleaned and with metadata; bad files are reported, not fatal. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CleanArticle, CorpusProblem } from '../types.js';
import { cleanArticle } from './clean.js';
import { parseMetadata, resolveMeta, type MetadataIndex } from './metadata.js';

/** The metadata file's name inside the corpus directory. */
export const METADATA_FILE = 'metadata.json';

/** Reads every *.txt in `dir` in name order; a file that cannot be ingested is skipped and listed in `problems`. */
export async function loadCorpus(dir: string): Promise<{ articles: CleanArticle[]; problems: CorpusProblem[] }> {
  const problems: CorpusProblem[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  } catch (error) {
    return { articles: [], problems: [{ file: dir, reason: `corpus directory unreadable (${errorCode(error)})` }] };
  }
  const index = await readMetadataIndex(dir, problems);
  const articles: CleanArticle[] = [];
  const fileById = new Map<string, string>();
  for (const file of names) {
    const text = await readText(join(dir, file));
    if (!text.ok) {
      problems.push({ file, reason: text.reason });
      continue;
    }
    const { paragraphs, meta: found } = cleanArticle(text.value);
    if (paragraphs.length === 0) {
      problems.push({ file, reason: 'nothing left after removing boilerplate' });
      continue;
    }
    const { meta } = resolveMeta(file, found, index[file], paragraphs[0]!.text);
    const clash = fileById.get(meta.id);
    if (clash) {
      problems.push({ file, reason: `duplicate id "${meta.id}" (already used by ${clash})` });
      continue;
    }
    fileById.set(meta.id, file);
    articles.push({ meta, paragraphs });
  }
  return { articles, problems };
}

/** A missing metadata file is normal (text-only metadata); a malformed one is reported and ignored. */
async function readMetadataIndex(dir: string, problems: CorpusProblem[]): Promise<MetadataIndex> {
  let json: string;
  try {
    json = await readFile(join(dir, METADATA_FILE), 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') problems.push({ file: METADATA_FILE, reason: `unreadable (${errorCode(error)}); using text-only metadata` });
    return {};
  }
  try {
    return parseMetadata(json);
  } catch (error) {
    problems.push({ file: METADATA_FILE, reason: `malformed: ${(error as Error).message}; using text-only metadata` });
    return {};
  }
}

type TextResult = { ok: true; value: string } | { ok: false; reason: string };

/** Strict decoding: a Latin-1 or binary file must be reported, not silently turned into replacement characters. */
async function readText(path: string): Promise<TextResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: `unreadable (${errorCode(error)})` };
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let value: string;
  try {
    value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (another encoding, e.g. Latin-1?)' };
  }
  if (value.trim() === '') return { ok: false, reason: 'empty file (whitespace only)' };
  return { ok: true, value };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
