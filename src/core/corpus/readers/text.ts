/** The .txt reader: an optional front-matter block, then copied page text cleaned by the general rules. */
import type { LineContext } from '../boilerplate.js';
import { cleanArticle, normaliseText } from '../clean.js';
import { outletFromUrl } from '../names.js';
import type { MetaField, TextMetadata } from '../text.js';
import { readFrontMatter } from './front-matter.js';
import type { ArticleRead } from './types.js';

/** Reads one text article; `context` tells the classifier which lines other articles of the dossier share. */
export function readTextArticle(raw: string, context: LineContext): ArticleRead {
  const front = readFrontMatter(normaliseText(raw));
  const { paragraphs, meta: found } = cleanArticle(front.body, context);
  const meta: TextMetadata = {};
  for (const [field, value] of Object.entries(found) as Array<[MetaField, { value: string; source: string }]>) {
    if (value) meta[field] = { value: value.value, source: `text: ${value.source}` };
  }
  Object.assign(meta, front.meta);
  const fromUrl = front.url ? outletFromUrl(front.url) : null;
  if (!meta.outlet && fromUrl) meta.outlet = { value: fromUrl, source: `front matter: domain of url ${front.url}` };
  return { paragraphs, meta, notes: front.notes };
}
