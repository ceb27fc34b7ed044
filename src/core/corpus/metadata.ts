/**
 * Article metadata: what the file itself carries (front matter, page tags, text patterns), completed by
 * corpus/metadata.json. An entry in metadata.json wins because a person wrote it for this dossier and named its
 * source; it exists only for what the file lacks or garbles. Every resulting value has a source, so nothing is
 * presented as known that was guessed. One bad entry costs only that entry's bad fields, never the whole file,
 * so the other articles keep their ids.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ArticleMeta, CorpusProblem, MetaSources } from '../types.js';
import type { TextMetadata } from './text.js';

const source = z.string().min(1, 'source must say where the value comes from');
const fields = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lowercase letters, digits and dashes'),
  title: z.object({ value: z.string().min(1), source }).strict(),
  outlet: z.object({ value: z.string().min(1), source }).strict(),
  date: z.object({ value: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date must be ISO (2023-07-26 or 2023-07)'), source }).strict(),
  author: z.object({ value: z.string().min(1).nullable(), source }).strict(),
};
type Fields = typeof fields;

/** One file's entry in metadata.json. */
export type MetadataEntry = { [K in keyof Fields]?: z.infer<Fields[K]> };
/** metadata.json: entries keyed by file name; keys starting with "_" are comments. */
export type MetadataIndex = Record<string, MetadataEntry>;
export type { MetaSources };

/** The parsed entries, and one line for every entry or field that was dropped. */
export interface ParsedMetadata {
  index: MetadataIndex;
  dropped: string[];
}

/** Parses metadata.json. Throws an Error with a one-line reason only when the file as a whole is unusable. */
export function parseMetadata(json: string): ParsedMetadata {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('must be an object keyed by file name');
  const index: MetadataIndex = {};
  const dropped: string[] = [];
  for (const [file, value] of Object.entries(raw)) {
    if (file.startsWith('_')) continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      dropped.push(`entry "${file}" dropped: must be an object`);
      continue;
    }
    const entry: Record<string, unknown> = {};
    for (const [key, fieldValue] of Object.entries(value)) {
      const schema = fields[key as keyof Fields];
      const parsed = schema?.safeParse(fieldValue);
      if (parsed?.success) entry[key] = parsed.data;
      else dropped.push(`entry "${file}": ${key} ignored (${schema ? parsed!.error.issues[0]!.message : 'unknown field'})`);
    }
    index[file] = entry as MetadataEntry;
  }
  return { index, dropped };
}

/** Reads metadata.json beside the articles; a missing file is normal, problems are added to `problems`. */
export async function readMetadataFile(path: string, problems: CorpusProblem[]): Promise<MetadataIndex> {
  const name = basename(path);
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code !== 'ENOENT') problems.push({ file: name, reason: `unreadable (${code}); using the files' own metadata`, warning: true });
    return {};
  }
  try {
    const { index, dropped } = parseMetadata(json);
    for (const reason of dropped) problems.push({ file: name, reason, warning: true });
    return index;
  } catch (error) {
    problems.push({ file: name, reason: `malformed: ${(error as Error).message}; using the files' own metadata`, warning: true });
    return {};
  }
}

/** Combines the metadata entry (if any) with what the file carries; fills the rest with honest defaults. */
export function resolveMeta(
  file: string,
  found: TextMetadata,
  entry: MetadataEntry | undefined,
  firstParagraph: string,
): { meta: ArticleMeta; sources: MetaSources } {
  const pick = (field: 'title' | 'outlet' | 'date' | 'author', fallback: { value: string | null; source: string }) => {
    const listed = entry?.[field];
    if (listed) return { value: listed.value, source: `metadata.json: ${listed.source}` };
    return found[field] ?? fallback;
  };
  const title = pick('title', { value: shorten(firstParagraph, 100), source: 'opening words of the text (no title found)' });
  const outlet = pick('outlet', { value: 'unknown outlet', source: 'not found: no site name, credit or footer in the file, no metadata.json entry' });
  const date = pick('date', { value: 'unknown date', source: 'not found: no date tag or date line in the file, no metadata.json entry' });
  const author = pick('author', { value: null, source: 'not found: no author tag or byline in the file' });
  const sources: MetaSources = { title: title.source, outlet: outlet.source, date: date.source, author: author.source };
  return {
    meta: {
      id: entry?.id ?? file.replace(/\.[^.]+$/, ''),
      title: title.value ?? '',
      outlet: outlet.value ?? 'unknown outlet',
      date: date.value ?? 'unknown date',
      author: author.value,
      file,
      metaSources: sources,
    },
    sources,
  };
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut}…`;
}
