/**
 * Article metadata: what the text itself carries (found by clean.ts), completed by corpus/metadata.json.
 * An entry in metadata.json wins over the text because a person wrote it and named its source; it exists only
 * for what the text lacks or garbles. Every resulting value has a source, so nothing is presented as known
 * that was guessed.
 */
import { z } from 'zod';
import type { ArticleMeta } from '../types.js';
import type { MetaField, TextMetadata } from './clean.js';

const source = z.string().min(1, 'source must say where the value comes from');
const sourced = z.object({ value: z.string().min(1), source }).strict();
const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lowercase letters, digits and dashes'),
    title: sourced.optional(),
    outlet: sourced.optional(),
    date: z.object({ value: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date must be ISO (2023-07-26 or 2023-07)'), source }).strict().optional(),
    author: z.object({ value: z.string().min(1).nullable(), source }).strict().optional(),
  })
  .strict();

/** One file's entry in metadata.json. */
export type MetadataEntry = z.infer<typeof entrySchema>;
/** metadata.json: entries keyed by file name; keys starting with "_" are comments. */
export type MetadataIndex = Record<string, MetadataEntry>;
/** Where each metadata value came from. */
export type MetaSources = Record<MetaField, string>;

/** Parses metadata.json, throwing an Error with a one-line reason when it is malformed. */
export function parseMetadata(json: string): MetadataIndex {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('must be an object keyed by file name');
  const entries = Object.entries(raw).filter(([key]) => !key.startsWith('_'));
  const parsed = z.record(z.string(), entrySchema).safeParse(Object.fromEntries(entries));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Combines the metadata entry (if any) with what the text carries; fills the rest with honest defaults. */
export function resolveMeta(
  file: string,
  text: TextMetadata,
  entry: MetadataEntry | undefined,
  firstParagraph: string,
): { meta: ArticleMeta; sources: MetaSources } {
  const pick = <F extends MetaField>(field: F, fallback: { value: string | null; source: string }) =>
    entry?.[field] ?? text[field] ?? fallback;
  const title = pick('title', { value: shorten(firstParagraph, 100), source: 'opening words of the text (no title found)' });
  const outlet = pick('outlet', { value: 'unknown outlet', source: 'not in the text, no metadata entry' });
  const date = pick('date', { value: 'unknown date', source: 'not in the text, no metadata entry' });
  const author = pick('author', { value: null, source: 'not in the text' });
  return {
    meta: {
      id: entry?.id ?? file.replace(/\.[^.]+$/, ''),
      title: title.value ?? '',
      outlet: outlet.value ?? 'unknown outlet',
      date: date.value ?? 'unknown date',
      author: author.value,
      file,
    },
    sources: { title: title.source, outlet: outlet.source, date: date.source, author: author.source },
  };
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut}…`;
}
