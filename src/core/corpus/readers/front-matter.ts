/**
 * An optional front-matter block at the top of a .txt article: "---", then "key: value" lines, then "---".
 * What a person writes there overrides what the text reveals about itself.
 */
import { normaliseDate } from '../dates.js';
import type { TextMetadata } from '../text.js';

/** German spellings a user may type are accepted beside the English keys. */
const KEYS: Record<string, 'title' | 'outlet' | 'date' | 'author' | 'url'> = {
  title: 'title', titel: 'title', outlet: 'outlet', quelle: 'outlet', medium: 'outlet', source: 'outlet',
  date: 'date', datum: 'date', author: 'author', autor: 'author', autorin: 'author', url: 'url', link: 'url',
};
const FENCE = /^---\s*$/;
const SOURCE = 'front matter';

/** The block's metadata, its URL, notes on lines it could not use, and the text after the block. */
export interface FrontMatter {
  meta: TextMetadata;
  url?: string;
  notes: string[];
  body: string;
}

/** Reads the block if the text starts with one (blank lines before it are allowed); otherwise returns the text unchanged. */
export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() !== '');
  if (start < 0 || !FENCE.test(lines[start]!)) return { meta: {}, notes: [], body: text };
  const end = lines.findIndex((line, i) => i > start && FENCE.test(line));
  // Without a closing fence (or with prose inside) this is not front matter: a "---" rule in the text, say.
  const block = end < 0 ? [] : lines.slice(start + 1, end);
  if (end < 0 || block.length > 20 || !block.every((line) => line.trim() === '' || /^\s*[\p{L}_-]+\s*:/u.test(line))) {
    return { meta: {}, notes: [], body: text };
  }
  const result: FrontMatter = { meta: {}, notes: [], body: lines.slice(end + 1).join('\n') };
  for (const line of block) {
    const m = line.match(/^\s*([\p{L}_-]+)\s*:\s*(.*?)\s*$/u);
    if (!m) continue;
    const key = KEYS[m[1]!.toLowerCase()];
    const value = unquote(m[2]!);
    if (!key) {
      result.notes.push(`front matter key "${m[1]}" is not used (known: title, outlet, date, author, url)`);
      continue;
    }
    if (value === '') continue;
    if (key === 'url') result.url = value;
    else if (key === 'date') {
      const iso = normaliseDate(value);
      if (iso) result.meta.date = { value: iso, source: SOURCE };
      else result.notes.push(`front matter date "${value}" not understood (write 2023-05-12)`);
    } else result.meta[key] = { value, source: SOURCE };
  }
  return result;
}

function unquote(value: string): string {
  const m = value.match(/^(["'])(.*)\1$/);
  return (m ? m[2]! : value).trim();
}
