/**
 * Metadata of a saved web page, read from what publishers put there for search engines and social networks:
 * Open Graph and article meta tags, JSON-LD, <time>, the byline, <h1> and <title>. Each value names the tag.
 */
import { normaliseDate } from '../dates.js';
import { joinNames, outletCase, outletFromUrl } from '../names.js';
import { brandOfAddress } from '../outlet-name.js';
import { shortBrand } from '../short-brand.js';
import { squash, type Sourced, type TextMetadata } from '../text.js';
import { readByline } from '../byline.js';
import { logoText } from './logo-brand.js';
import { nameBeforeAddress } from './title-address.js';

/** The small part of the DOM this file uses (linkedom's document satisfies it). */
export interface PageDocument {
  querySelectorAll(selector: string): Iterable<PageElement>;
  querySelector(selector: string): PageElement | null;
}
export interface PageElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  querySelector?(selector: string): PageElement | null;
}

type JsonObject = Record<string, unknown>;
const ARTICLE_TYPE = /Article|BlogPosting|Report/;

/** Title, outlet, date and author of the page, each with the tag it came from. */
export function readPageMeta(doc: PageDocument): TextMetadata {
  const tags = metaTags(doc);
  const ld = jsonLd(doc);
  const tag = (name: string): Sourced | undefined => (tags.get(name) ? { value: tags.get(name)!, source: `page: ${name}` } : undefined);
  const text = (selector: string, label: string): Sourced | undefined => {
    const value = squash(doc.querySelector(selector)?.textContent ?? '');
    return value ? { value, source: `page: ${label}` } : undefined;
  };
  const ldText = (key: string): Sourced | undefined => (typeof ld?.[key] === 'string' && ld[key] ? { value: squash(ld[key] as string), source: `page: JSON-LD ${key}` } : undefined);

  const pageTitle = squash(doc.querySelector('title')?.textContent ?? '');
  // "Kommentar: Abgeschaltet – aber Cattenom läuft weiter": a dash inside the headline is no outlet separator; when
  // the page's headline itself ends with the would-be suffix, the <title> has none.
  const headlines = [tags.get('og:title'), tags.get('twitter:title'), ldText('headline')?.value, squash(doc.querySelector('h1')?.textContent ?? '')];
  const [titleText, titleSuffix] = headlineOwns(splitTitle(pageTitle), headlines) ? [pageTitle, null] : nameBeforeAddress(...splitTitle(pageTitle));
  const publisher = publisherOf(ld);
  const pageUrl = tags.get('og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const found =
    tag('og:site_name') ??
    (publisher ? { value: publisher, source: 'page: JSON-LD publisher.name' } : undefined) ??
    tag('publisher') ??
    tag('application-name') ??
    (titleSuffix ? { value: titleSuffix, source: `page: <title> suffix "${titleSuffix}"` } : undefined) ??
    urlOutlet(pageUrl);
  const branded = found && brandOfAddress(found, [
    { name: publisher, where: 'JSON-LD publisher.name' }, { name: tags.get('publisher'), where: 'publisher' },
    { name: tags.get('application-name'), where: 'application-name' }, { name: titleSuffix, where: '<title> suffix' },
    { name: logoText(doc), where: 'logo' },
  ]);
  const outlet = branded && shortBrand(branded, titleSuffix, pageUrl);

  const rawTitle =
    tag('og:title') ?? ldText('headline') ?? tag('twitter:title') ?? text('article h1, main h1', '<h1>') ?? text('h1', '<h1>') ??
    (titleText ? { value: titleText, source: 'page: <title> without its suffix' } : undefined);
  // Some sites repeat their name in og:title too: "Headline - DER SPIEGEL".
  const title = rawTitle && outlet ? { ...rawTitle, value: withoutSuffix(rawTitle.value, outlet.value) } : rawTitle;

  const outletName = outlet?.value.toLowerCase();
  // An author tag may hold a profile URL, the outlet's own name, or a whole byline ("Von Max Muster").
  const person = (c: Sourced | undefined) => {
    const value = c?.value.replace(/^von\s+/i, '');
    return c && value && !/^https?:|\/\//.test(value) && value.toLowerCase() !== outletName ? { ...c, value } : undefined;
  };
  const ldAuthors = (ld ? authorsOf(ld.author) : []).filter((name) => name.toLowerCase() !== outletName);
  const bylineText = [...doc.querySelectorAll('[rel="author"], [itemprop="author"], [class*="byline"], [class*="author"], [class*="autor"]')]
    // Lines of the box ("Name<br>Di, 14.02.2023") part as a byline's "·" does, so the last name and the day stay apart.
    .map((el) => (el.textContent ?? '').split('\n').map(squash).filter(Boolean).join(' · '))
    .find((t) => t.length > 3 && t.length <= 120) ?? '';
  // The box may hold the whole byline ("Ein Kommentar von A") or only the name after a "Von" the page prints elsewhere.
  const byline = bylineText ? (readByline(bylineText) ?? readByline(`Von ${bylineText}`)) : null;
  const dateCandidates: Array<Sourced | undefined> = [
    tag('article:published_time'), ldText('datePublished'), tag('og:published_time'), tag('og:article:published_time'),
    tag('datepublished'), tag('date'), tag('pubdate'), tag('publishdate'), tag('publish-date'), tag('parsely-pub-date'),
    tag('sailthru.date'), tag('dc.date'), tag('dcterms.date'), tag('dc.date.issued'), tag('dcterms.created'),
    attr(doc, 'article time[datetime], time[datetime]', 'datetime', 'page: <time datetime>'), ldText('dateCreated'),
    byline?.date ? { value: byline.date, source: `page: byline "${bylineText}"` } : undefined,
  ];
  const date = dateCandidates.map((c) => c && { ...c, value: normaliseDate(c.value) ?? '' }).find((c) => c?.value);

  const author =
    person(tag('author')) ?? person(tag('article:author')) ??
    (ldAuthors.length ? { value: joinNames(ldAuthors), source: 'page: JSON-LD author' } : undefined) ??
    (byline ? { value: byline.author, source: `page: byline "${bylineText}"` } : undefined);

  const meta: TextMetadata = {};
  if (title) meta.title = title;
  if (outlet) meta.outlet = { value: outletCase(outlet.value), source: outlet.source };
  if (date) meta.date = date;
  if (author) meta.author = author;
  return meta;
}

/** <meta property|name|itemprop=… content=…>, first non-empty value per lower-cased key. */
/** The name the page's publisher tag gives: JSON-LD publisher.name, else a publisher meta tag, else null. */
export function pagePublisher(doc: PageDocument): string | null {
  return publisherOf(jsonLd(doc)) ?? metaTags(doc).get('publisher') ?? null;
}

function publisherOf(ld: JsonObject | null): string | null {
  return ld && typeof ld.publisher === 'object' && ld.publisher ? nameOf(ld.publisher) : null;
}

function metaTags(doc: PageDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const value = squash(el.getAttribute('content') ?? '');
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

/** The page's article object from its JSON-LD blocks (parsed as data; nothing on the page is ever run). */
function jsonLd(doc: PageDocument): JsonObject | null {
  const objects: JsonObject[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      if ('@graph' in value) collect((value as JsonObject)['@graph']);
    }
  };
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(el.textContent ?? ''));
    } catch {
      // A broken block is the page's problem; the other tags still count.
    }
  }
  const typeOf = (o: JsonObject) => [o['@type']].flat().join(' ');
  const article = objects.find((o) => ARTICLE_TYPE.test(typeOf(o))) ?? objects.find((o) => 'headline' in o) ?? null;
  return article && linked(article, objects);
}

/**
 * A graph links its nodes by "@id" (schema.org's usual form, "publisher": {"@id": "…/#org"}): the publisher and the
 * authors are the nodes so named, whose names the reference itself does not carry.
 */
function linked(article: JsonObject, objects: JsonObject[]): JsonObject {
  const node = (ref: unknown): unknown => {
    const id = ref && typeof ref === 'object' && !('name' in ref) ? (ref as JsonObject)['@id'] : undefined;
    return (typeof id === 'string' && objects.find((o) => o !== article && o['@id'] === id && 'name' in o)) || ref;
  };
  const author = Array.isArray(article.author) ? article.author.map(node) : node(article.author);
  return { ...article, publisher: node(article.publisher), ...(article.author !== undefined ? { author } : {}) };
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return squash(value) || null;
  if (value && typeof value === 'object' && typeof (value as JsonObject).name === 'string') return squash((value as JsonObject).name as string) || null;
  return null;
}

/** Person names of a JSON-LD author (an object, a string or a list); organisations are not authors. */
function authorsOf(value: unknown): string[] {
  const people = [value].flat().filter((a) => !(a && typeof a === 'object' && /Organization/.test(String((a as JsonObject)['@type']))));
  return people.map(nameOf).filter((n): n is string => n !== null && !/^https?:/.test(n));
}

/** "Headline - DER SPIEGEL" → "Headline" when the suffix is the outlet's name. */
function withoutSuffix(title: string, outlet: string): string {
  const [head, suffix] = splitTitle(title);
  return suffix && suffix.toLowerCase() === outlet.toLowerCase() ? head : title;
}

/** Whether the <title>'s split-off suffix belongs to the headline: a headline the page gives ends with separator and suffix. */
function headlineOwns([, suffix]: [string, string | null], headlines: Array<string | undefined>): boolean {
  if (!suffix) return false;
  return headlines.some((h) => h !== undefined && h.length > suffix.length && new RegExp(`\\s[|–—»-]\\s${escape(suffix)}$`).test(h));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function attr(doc: PageDocument, selector: string, name: string, source: string): Sourced | undefined {
  const value = doc.querySelector(selector)?.getAttribute(name);
  return value ? { value, source } : undefined;
}

/**
 * "Headline | Outlet", "Headline - Nachrichten - WDR", "Thema » Headline » MOPO" → ["Headline…", "Outlet"]: the last
 * part, when it is short. "»" separates as "|" does: a breadcrumb of the page's sections ending in the site.
 */
function splitTitle(title: string): [string, string | null] {
  const m = title.match(/^(.+)\s+[|–—»-]\s+(\S[^|–—»]{1,39})$/);
  if (!m || / [-|–—»] /.test(m[2]!) || m[2]!.split(' ').length > 4) return [title, null];
  return [m[1]!, m[2]!.trim()];
}

function urlOutlet(url: string | null): Sourced | undefined {
  const host = url ? outletFromUrl(url) : null;
  return host ? { value: host, source: `page: domain of ${url}` } : undefined;
}
