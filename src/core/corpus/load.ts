/**
 * Loads the corpus directory: every .txt, .html and .htm article, read by the reader for its format, with its
 * metadata and where each value came from. Bad files are reported once each, never fatal.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { CleanArticle, CorpusProblem } from '../types.js';
import { decodeText } from './decode.js';
import { dropAuthorBio } from './author-bio.js';
import { readMetadataFile, resolveMeta } from './metadata.js';
import { readHtmlArticle } from './readers/html.js';
import { readTextArticle } from './readers/text.js';
import type { ArticleRead } from './readers/types.js';
import { repeatedLines } from './repeated.js';

/** The metadata file's name inside the corpus directory. */
export const METADATA_FILE = 'metadata.json';
/** File extensions the loader reads: .txt by the text reader, the others by the HTML reader. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;
/** Larger files are not articles (a saved page with inlined images, a data dump): refused before reading. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads every article in `dir` in name order; a file that cannot be ingested is skipped and listed in `problems`. */
export async function loadCorpus(dir: string): Promise<{ articles: CleanArticle[]; problems: CorpusProblem[] }> {
  const problems: CorpusProblem[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())).sort();
  } catch (error) {
    const code = errorCode(error);
    const reason = code === 'ENOENT' ? `corpus folder ${dir} not found` : code === 'ENOTDIR' ? `corpus folder ${dir} is not a folder` : `corpus folder ${dir} unreadable (${code})`;
    return { articles: [], problems: [{ file: dir, reason }] };
  }
  const index = await readMetadataFile(join(dir, METADATA_FILE), problems);
  const texts: Array<{ file: string; text: string }> = [];
  for (const file of names) {
    const text = await readArticleText(join(dir, file));
    if (text.ok) texts.push({ file, text: text.value });
    else problems.push({ file, reason: text.reason });
  }
  // Lines that several text articles share are page furniture (menus, footers, prompts) of their sites.
  const context = { repeated: repeatedLines(texts.filter((t) => extname(t.file).toLowerCase() === '.txt').map((t) => t.text)) };
  const articles: CleanArticle[] = [];
  const fileById = new Map<string, string>();
  for (const { file, text } of texts) {
    let read: ArticleRead;
    try {
      read = extname(file).toLowerCase() === '.txt' ? readTextArticle(text, context) : readHtmlArticle(text);
    } catch (error) {
      // A page no rule was written for must cost its own file, never the whole index job ("never fatal", above).
      problems.push({ file, reason: `could not be read: the reader failed on this page (${(error as Error)?.name ?? 'error'}); please report the file` });
      continue;
    }
    if (read.refused || read.paragraphs.length === 0) {
      problems.push({ file, reason: read.refused ?? 'nothing left after removing boilerplate' });
      continue;
    }
    for (const note of read.notes) problems.push({ file, reason: note, warning: true });
    const { meta } = resolveMeta(file, read.meta, index[file], read.paragraphs[0]!.text);
    const clash = fileById.get(meta.id);
    if (clash) {
      problems.push({ file, reason: `duplicate id "${meta.id}" (already used by ${clash})` });
      continue;
    }
    fileById.set(meta.id, file);
    articles.push({ meta, paragraphs: dropAuthorBio(read.paragraphs, meta.author) });
  }
  return { articles, problems };
}

type TextResult = { ok: true; value: string } | { ok: false; reason: string };

async function readArticleText(path: string): Promise<TextResult> {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) return { ok: false, reason: `too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)` };
    return decodeText(await readFile(path), { html: extname(path).toLowerCase() !== '.txt' });
  } catch (error) {
    return { ok: false, reason: `unreadable (${errorCode(error)})` };
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
