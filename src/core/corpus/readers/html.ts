/**
 * The .html/.htm reader: metadata from the page's tags (html-meta.ts), text from @mozilla/readability over a
 * linkedom DOM. linkedom builds a DOM and runs nothing, so no script of a saved page is ever executed. Page
 * furniture that readability may keep (figures, captions, asides, teaser, share and consent boxes) is removed
 * before it runs; the standfirst is taken out first and put first (standfirst.ts), whatever its class. The general
 * line classifier then sees every paragraph, as it does for text files.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { CleanParagraph } from '../../types.js';
import { boilerplateReason } from '../boilerplate.js';
import { isDateLine } from '../dates.js';
import { dropFurniture } from '../furniture.js';
import { cutGluedHead } from '../glued.js';
import { readByline } from '../byline.js';
import { footerOutlet, outletFromUrl } from '../names.js';
import { settleOutlet } from '../outlet-name.js';
import { squash, type Line, type Sourced } from '../text.js';
import { pagePublisher, readPageMeta, type PageDocument } from './html-meta.js';
import { brandOverPublisher } from './logo-brand.js';
import { MAX_DEPTH, MAX_ELEMENTS, pageShape } from './page-shape.js';
import { shownAboveStory, stampedDate } from './shown-lines.js';
import { linkShare, takeStandfirst, type DomNode, type StandfirstNode } from './standfirst.js';
import { subHeadlineAsHeading } from './sub-headline.js';
import { titlePrefixOutlet } from './title-prefix.js';
import { urlDate } from './url-date.js';
import type { ArticleRead } from './types.js';

/** Elements that are never article text. */
const NEVER = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, nav, footer, aside, figure, figcaption, picture, video, audio, dialog, [hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"]';
/**
 * A class or id token naming furniture: "teaser-box", "share-buttons", "story-meta", "cmp-banner" … and an embedded
 * post ("embed-x", "twitter-tweet"): third-party content the page shows, not its own text.
 */
const FURNITURE = /^(?:.*[-_])?(?:teaser|related|share|sharing|social|newsletter|consent|cookie|cmp|banner|promo|advert|ads?|anzeige|werbung|paywall|comments?|postings?|forum|copyright|credits?|caption|breadcrumbs?|kicker|byline|author|meta|dateline|date|time|tags?|topics|recommendations?|sidebar|footer|nav|navigation|menu|popup|modal|overlay|subscribe|skip-link|sr-only|visually-hidden|autor|autoren|datum|bildunterschrift|bildnachweis|dachzeile|spitzmarke|topline|overline|rubric|rubrik|teilen|empfehlungen?|weiterlesen|embeds?|tweet|x-post|instagram-media|widgets?)(?:[-_].*)?$/i;
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt';

interface Node extends DomNode<Node> {
  replaceWith(node: unknown): void;
}

/** Reads one saved page into paragraphs and metadata. */
export function readHtmlArticle(html: string): ArticleRead {
  const { document } = parseHTML(html);
  // A line break is a break between words ("Von A und B<br>17. April 2023"): without it the name and the day run
  // together, in the byline box the page's metadata is read from as in the text.
  for (const el of [...document.querySelectorAll('br')]) el.replaceWith(document.createTextNode('\n'));
  const page = document as unknown as PageDocument;
  const meta = readPageMeta(page);
  const doc = document as unknown as Node & { body: Node | null };
  const shape = pageShape(doc as unknown as ParentNode);
  if (shape.elements > MAX_ELEMENTS || shape.depth > MAX_DEPTH) {
    return { paragraphs: [], meta, notes: [], refused: `page too complex to read as an article (${shape.elements} elements, nested ${shape.depth} deep; the limits are ${MAX_ELEMENTS} and ${MAX_DEPTH})` };
  }
  const credit = footerCredit(doc);
  // A copyright footer names the publisher better than a domain does, and is all some pages have.
  // A footer naming a publishing house gives way to the brand the logo names (logo-brand.ts).
  if (credit && (!meta.outlet || meta.outlet.source.startsWith('page: domain of'))) meta.outlet = titlePrefixOutlet(document, credit.line) ?? brandOverPublisher(page, credit.line, html) ?? credit.outlet;
  // The page's own address, for the short name its site goes by ("n-tv.de" is n-tv's).
  const url = doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const address = url ? outletFromUrl(url) : null;
  const publisher = pagePublisher(page);
  const tabName = squash(doc.querySelector('title')?.textContent ?? '').match(/\s\|\s([^|]+)$/)?.[1]?.trim() ?? null;
  meta.outlet = settleOutlet(meta.outlet, { footers: credit ? [credit.line] : [], addresses: address ? [address] : [], publisher, tabName });
  for (const el of [...doc.querySelectorAll(NEVER)]) el.remove();
  // The site header (logo, menu) goes; an article's own header (headline, lead) stays.
  for (const el of [...doc.querySelectorAll('header')]) if (!el.parentElement?.closest('article, main')) el.remove();
  // Read before the furniture pass: a date line's class ("dateline", "date", "meta") marks it as furniture and takes it away.
  const shown = shownAboveStory(doc);
  const shownDate = meta.date ? null : shown.date;
  const stamp = meta.date || shownDate ? null : stampedDate(doc);
  const pageText = squash(doc.querySelector('body')?.textContent ?? '').length;
  const lead = takeStandfirst(doc as unknown as StandfirstNode, FURNITURE);
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
  const { paragraphs, furniture } = toParagraphs(root ?? fallback, lead);
  // A byline or date line the markup did not label still names the author and the day.
  const byline = furniture.map((text) => ({ text, by: readByline(text) })).find((b) => b.by);
  if (!meta.author && byline) meta.author = { value: byline.by!.author, source: `page: byline "${byline.text}" in the text` };
  const dateLine = furniture.map((text) => ({ text, date: isDateLine(text) ?? (byline?.text === text && byline.by!.date ? { iso: byline.by!.date } : null) })).find((d) => d.date);
  if (!meta.date && dateLine) meta.date = { value: dateLine.date!.iso, source: `page: date line "${dateLine.text}" in the text` };
  if (!meta.date && shownDate) meta.date = { value: shownDate.iso, source: `page: date line "${shownDate.text}" above the story` };
  if (!meta.date && stamp) meta.date = { value: stamp.iso, source: `page: date stamp "${stamp.text}"` };
  meta.date ??= urlDate(url) ?? undefined; // the last resort: the day its own address files it under
  if (!meta.author && shown.byline) meta.author = { value: shown.byline.author, source: `page: byline "${shown.byline.text}" above the story` };
  return { paragraphs, meta, notes: root ? [] : ['readability found no article; used every paragraph of the page'] };
}

/**
 * The standfirst, then leaf block elements in document order; list items of one list become one paragraph; headings become sections.
 * Elements with one parent share a block number, so a teaser heading takes the link list under it along. A short
 * block that is mostly link text is a teaser or a link list, whatever its class says.
 */
function toParagraphs(root: Node | null, lead: string | null): { paragraphs: CleanParagraph[]; furniture: string[] } {
  const furniture: string[] = [];
  if (!root) return { paragraphs: [], furniture };
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const lines: Line[] = lead ? [{ text: lead, block: -1 }] : [];
  const blockOf = new Map<Node | null, number>();
  let lastList: Node | null = null;
  for (const el of blocks) {
    const text = cutGluedHead(squash(el.textContent ?? '')); // a teaser glued before a paragraph, as in text files
    const tag = el.tagName.toLowerCase();
    if (!text || tag === 'h1') continue; // the headline is the title
    if (text.length < 200 && linkShare(el, text) >= 0.6) continue;
    if (isDateLine(text) || readByline(text)) {
      furniture.push(text); // a byline or date the markup did not label
      continue;
    }
    const list = tag === 'li' ? el.parentElement : null;
    const parent = (list ?? el).parentElement;
    if (!blockOf.has(parent)) blockOf.set(parent, blockOf.size);
    const prev = lines.at(-1);
    if (list && prev && list === lastList) prev.text += ` ${text}`;
    else lines.push({ text, block: blockOf.get(parent)!, ...(/^h\d$/.test(tag) ? { heading: true } : {}), ...(list ? { list: true } : {}) });
    lastList = list;
  }
  const cleaned = dropFurniture(lines, { repeated: new Set() });
  // A box's title goes with its box when all the box held went as furniture ("Stellenangebote" over a job market's
  // listings): left alone, it would head the story's next paragraphs as their section.
  const bodyOf = (list: Line[]) => new Set(list.filter((line) => !line.heading).map((line) => line.block));
  const [before, after] = [bodyOf(lines), bodyOf(cleaned)];
  const kept = subHeadlineAsHeading(cleaned.filter((line) => !line.heading || !before.has(line.block) || after.has(line.block)));
  const paragraphs: CleanParagraph[] = [];
  let section: string | null = null;
  // A heading over a list is the list's box title ("Darum gehts" over the summary points): the story after it is not its section.
  let boxTitle = false;
  kept.forEach((line, i) => {
    if (!line.heading) {
      if (boxTitle && !line.list) [section, boxTitle] = [null, false];
      return void paragraphs.push({ text: line.text, section });
    }
    if (kept[i + 1] && !kept[i + 1]!.heading) [section, boxTitle] = [line.text, kept[i + 1]!.list === true];
  });
  return { paragraphs, furniture };
}

/** The outlet in the page's copyright footer: "© 2023 Lausitzer Landbote", read before the footer is removed. */
function footerCredit(doc: Node): { line: string; outlet: Sourced } | null {
  for (const el of doc.querySelectorAll('footer *, [role="contentinfo"] *, [class*="copyright"], [class*="footer"] *')) {
    const line = squash(el.textContent ?? '');
    // A footer's row of links may end in the © notice ("Impressum · Datenschutz · AGB · © 2024 Name"): its last item names the publisher.
    const last = line.split(/\s[·|]\s/).at(-1)!;
    const notice = line.length > 120 ? null : footerOutlet(line) ? line : footerOutlet(last) ? last : null;
    if (notice) return { line: notice, outlet: { value: footerOutlet(notice)!, source: `page: footer "${notice}"` } };
  }
  return null;
}
