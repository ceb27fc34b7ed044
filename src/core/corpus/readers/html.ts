/**
 * The .html/.htm reader: metadata from the page's tags (html-meta.ts), text from @mozilla/readability over a
 * linkedom DOM. linkedom builds a DOM and runs nothing, so no script of a saved page is ever executed. Page
 * furniture that readability may keep (figures, captions, asides, teaser, share and consent boxes) is removed
 * before it runs; the general line classifier then sees every paragraph, as it does for text files.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { CleanParagraph } from '../../types.js';
import { isDateLine } from '../dates.js';
import { dropFurniture } from '../furniture.js';
import { readByline } from '../text-meta.js';
import { squash, type Line } from '../text.js';
import { readPageMeta, type PageDocument } from './html-meta.js';
import type { ArticleRead } from './types.js';

/** Elements that are never article text. */
const NEVER = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, nav, footer, aside, figure, figcaption, picture, video, audio, dialog, [hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"]';
/** A class or id token naming furniture: "teaser-box", "share-buttons", "story-meta", "cmp-banner" … */
const FURNITURE = /^(?:.*[-_])?(?:teaser|related|share|sharing|social|newsletter|consent|cookie|cmp|banner|promo|advert|ads?|anzeige|werbung|paywall|comments?|postings?|forum|copyright|credits?|caption|breadcrumbs?|kicker|byline|author|meta|dateline|date|time|tags?|topics|recommendations?|sidebar|footer|nav|navigation|menu|popup|modal|overlay|subscribe|skip-link|sr-only|visually-hidden|autor|autoren|datum|bildunterschrift|bildnachweis|dachzeile|spitzmarke|topline|overline|teilen|empfehlungen?|weiterlesen)(?:[-_].*)?$/i;
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt';

interface Node {
  tagName: string;
  textContent: string | null;
  parentElement: Node | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): Iterable<Node>;
  closest(selector: string): Node | null;
  remove(): void;
}

/** Reads one saved page into paragraphs and metadata. */
export function readHtmlArticle(html: string): ArticleRead {
  const { document } = parseHTML(html);
  const meta = readPageMeta(document as unknown as PageDocument);
  const doc = document as unknown as Node & { body: Node | null };
  const shape = pageShape(doc);
  if (shape.elements > MAX_ELEMENTS || shape.depth > MAX_DEPTH) {
    return { paragraphs: [], meta, notes: [], refused: `page too complex to read as an article (${shape.elements} elements, nested ${shape.depth} deep; the limits are ${MAX_ELEMENTS} and ${MAX_DEPTH})` };
  }
  for (const el of [...doc.querySelectorAll(NEVER)]) el.remove();
  // The site header (logo, menu) goes; an article's own header (headline, lead) stays.
  for (const el of [...doc.querySelectorAll('header')]) if (!el.parentElement?.closest('article, main')) el.remove();
  const pageText = squash(doc.querySelector('body')?.textContent ?? '').length;
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'MAIN' || el.tagName === 'ARTICLE' || !tokens.some((t) => FURNITURE.test(t))) continue;
    // A class like "article-meta-content" or "story-teaser-text" can name the article body itself: keep what holds most of the page's text.
    if ([...el.querySelectorAll('p')].length >= 3 && squash(el.textContent ?? '').length >= 0.5 * pageText) continue;
    el.remove();
  }
  const fallback = [...doc.querySelectorAll(BLOCKS)].length > 0 ? doc : null;
  let root: Node | null = null;
  try {
    const article = new Readability(document as never, { charThreshold: 200, maxElemsToParse: 20_000 }).parse();
    if (article?.content) root = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document as unknown as Node;
  } catch {
    root = null; // readability gives up on some markup; the cleaned page itself is the fallback
  }
  const paragraphs = toParagraphs(root ?? fallback);
  return { paragraphs, meta, notes: root ? [] : ['readability found no article; used every paragraph of the page'] };
}

/**
 * Leaf block elements in document order; list items of one list become one paragraph; headings become sections.
 * Elements with one parent share a block number, so a teaser heading takes the link list under it along. A short
 * block that is mostly link text is a teaser or a link list, whatever its class says.
 */
function toParagraphs(root: Node | null): CleanParagraph[] {
  if (!root) return [];
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const lines: Line[] = [];
  const blockOf = new Map<Node | null, number>();
  let lastList: Node | null = null;
  for (const el of blocks) {
    const text = squash(el.textContent ?? '');
    const tag = el.tagName.toLowerCase();
    if (!text || tag === 'h1') continue; // the headline is the title
    if (text.length < 200 && linkShare(el, text) >= 0.6) continue;
    if (isDateLine(text) || readByline(text)) continue; // a byline or date the markup did not label
    const list = tag === 'li' ? el.parentElement : null;
    const parent = (list ?? el).parentElement;
    if (!blockOf.has(parent)) blockOf.set(parent, blockOf.size);
    const prev = lines.at(-1);
    if (list && prev && list === lastList) prev.text += ` ${text}`;
    else lines.push({ text, block: blockOf.get(parent)!, ...(/^h\d$/.test(tag) ? { heading: true } : {}), ...(list ? { list: true } : {}) });
    lastList = list;
  }
  const kept = dropFurniture(lines, { repeated: new Set() });
  const paragraphs: CleanParagraph[] = [];
  let section: string | null = null;
  kept.forEach((line, i) => {
    if (!line.heading) return void paragraphs.push({ text: line.text, section });
    if (kept[i + 1] && !kept[i + 1]!.heading) section = line.text;
  });
  return paragraphs;
}

/** Share of an element's text that sits inside links. */
function linkShare(el: Node, text: string): number {
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + squash(a.textContent ?? '').length, 0);
  return linked / text.length;
}

/**
 * Limits on a page's shape: the furniture pass below looks into each matching element's subtree, so its cost grows
 * with elements × nesting depth, and a hostile page of 2 MB nested divs took minutes. Saved news pages have a few
 * thousand elements nested a few dozen deep.
 */
const MAX_ELEMENTS = 50_000;
const MAX_DEPTH = 256;

/** Element count and deepest nesting, walked without recursion (a deep page must not overflow the stack). */
function pageShape(root: Node): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: Array<[Element, number]> = [...((root as unknown as ParentNode).children ?? [])].map((el) => [el, 1]);
  while (stack.length) {
    const [el, level] = stack.pop()!;
    elements++;
    if (level > depth) depth = level;
    if (elements > MAX_ELEMENTS || depth > MAX_DEPTH) break;
    for (const child of el.children) stack.push([child, level + 1]);
  }
  return { elements, depth };
}
