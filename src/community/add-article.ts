/**
 * Adding one article from a chat upload or link: checked (type, size, UTF-8, readable as an article) in a
 * scratch folder first, then placed in the corpus under a generated name and indexed incrementally. A file
 * that fails any check never reaches the corpus; if indexing fails, the file is taken out again.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { DossierEngine } from '../core/engine-api.js';
import { isDossierError } from '../core/errors.js';
import { loadCorpus } from '../core/corpus/load.js';
import type { SourceSummary } from '../core/types.js';
import { FetchRefused } from './safe-fetch.js';

/** Names the bot gives added files; only these can be removed again from chat. */
export const ADDED_FILE = /^added-\d{8}-[a-z0-9]{8}\.(txt|html)$/;

export interface Candidate {
  /** The uploaded file's name, or the link's last path segment. */
  name: string;
  bytes: Buffer;
  contentType: string;
  /** Links are typed by their content type; uploads by their extension (and content type, when given). */
  from: 'upload' | 'link';
}

/** `.txt` or `.html` for an acceptable candidate; throws FetchRefused (one line for the member) otherwise. */
export function checkCandidate(c: Candidate, maxBytes: number): { ext: '.txt' | '.html'; text: string } {
  const type = c.contentType.split(';')[0]!.trim().toLowerCase();
  const byName = ({ '.txt': '.txt', '.html': '.html', '.htm': '.html' } as const)[extname(c.name).toLowerCase() as '.txt'];
  const byType = ({ 'text/plain': '.txt', 'text/html': '.html' } as const)[type as 'text/plain'];
  const ext = c.from === 'link' ? byType : byName;
  if (!ext) throw new FetchRefused(c.from === 'link' ? `the link is not a text or HTML page (content type ${type || 'none'}).` : 'only .txt and .html files can be added.');
  if (c.from === 'upload' && type && byType !== ext) throw new FetchRefused(`the file says it is ${type}, not ${ext === '.txt' ? 'text/plain' : 'text/html'}.`);
  if (c.bytes.length > maxBytes) throw new FetchRefused(`the file is larger than ${maxBytes} bytes.`);
  if (c.bytes.length === 0) throw new FetchRefused('the file is empty.');
  if (c.bytes.includes(0)) throw new FetchRefused('the file is binary, not text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(c.bytes);
  } catch {
    throw new FetchRefused('the file is not valid UTF-8 text.');
  }
  return { ext, text };
}

/** One add or remove at a time: otherwise one job's reindex could pick up (or miss) another's half-decided file. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.catch(() => {});
  return run;
}

/** Checks, places and indexes the article; returns its file name and how the index now describes it. */
export async function addArticle(engine: DossierEngine, corpusDir: string, c: Candidate, maxBytes: number): Promise<{ file: string; source: SourceSummary }> {
  const { ext } = checkCandidate(c, maxBytes);
  return serial(() => place(engine, corpusDir, c, ext));
}

async function place(engine: DossierEngine, corpusDir: string, c: Candidate, ext: '.txt' | '.html'): Promise<{ file: string; source: SourceSummary }> {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  const file = `added-${day}-${randomBytes(6).readUIntBE(0, 6).toString(36).padStart(8, '0').slice(-8)}${ext}`;
  const scratch = await mkdtemp(join(tmpdir(), 'dossier-add-'));
  try {
    await writeFile(join(scratch, file), c.bytes);
    const { articles, problems } = await loadCorpus(scratch);
    const problem = problems.find((p) => !p.warning);
    if (articles.length !== 1 || problem) throw new FetchRefused(`it cannot be read as an article (${problem?.reason ?? 'no text'}).`);
    if (engine.reindexing) throw new FetchRefused('a reindex is running; try again when it has finished.');
    const before = new Set(engine.sources().map((s) => s.id));
    // Renamed into place from inside the corpus folder, so no job ever reads a half-written file.
    const partial = join(corpusDir, `.${file}.partial`);
    try {
      await writeFile(partial, c.bytes);
      await rename(partial, join(corpusDir, file));
    } catch (error) {
      await rm(partial, { force: true }).catch(() => {});
      throw new FetchRefused(`the corpus folder cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}); in Docker Compose it is mounted read-only.`);
    }
    try {
      await engine.reindex();
    } catch (error) {
      // Another job started meanwhile (here or in another process) and may already have read the file: taking it
      // away now could leave the index citing a file that is gone. It stays, and the next reindex settles it.
      if (isDossierError(error) && error.code === 'reindex_busy') {
        throw new FetchRefused(`another reindex started at the same moment; the article is in the corpus as ${file} and is searchable after the next /reindex.`);
      }
      await rm(join(corpusDir, file), { force: true });
      throw error;
    }
    const source = engine.sources().find((s) => !before.has(s.id));
    if (!source) {
      await rm(join(corpusDir, file), { force: true });
      await engine.reindex();
      throw new FetchRefused('the index did not take it (its id clashes with an article already there).');
    }
    return { file, source };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Takes an added article out of the corpus and the index again. */
export function removeAddedArticle(engine: DossierEngine, corpusDir: string, file: string): Promise<boolean> {
  return serial(() => remove(engine, corpusDir, file));
}

async function remove(engine: DossierEngine, corpusDir: string, file: string): Promise<boolean> {
  if (!ADDED_FILE.test(file)) return false;
  if (engine.reindexing) throw new FetchRefused('a reindex is running; try again when it has finished.');
  let removed = true;
  try {
    await rm(join(corpusDir, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    removed = false; // gone already (an earlier click whose reindex failed): reindexing below still takes it out
  }
  try {
    const summary = await engine.reindex();
    return removed || !summary.upToDate;
  } catch (error) {
    throw new FetchRefused(`the index could not be updated (${(error as Error).message}); the file is out of the corpus already, so the next /reindex takes it out of the answers.`);
  }
}
