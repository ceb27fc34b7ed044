/**
 * Boilerplate removal for scraped news articles. The rules describe outlet layouts, not files, so a new article
 * from the same outlet cleans the same way. Order matters: the text is first split into lines (gopher pages are
 * unwrapped and reflowed), then block rules (summary boxes, media players, captions), an end marker that cuts
 * every promo/teaser trailer, line rules (navigation, ads, tags), and finally lines become paragraphs and headings.
 */
import type { CleanParagraph } from '../types.js';
import { isGopher, unwrapGopher } from './gopher.js';
import { isoDay, SENTENCE_END, squash, type CleanedText, type Line, type TextMetadata } from './text.js';

export type { CleanedText, MetaField, Sourced, TextMetadata } from './text.js';

/** Cleans one raw article text into paragraphs and the metadata it carries. */
export function cleanArticle(raw: string): CleanedText {
  const meta: TextMetadata = {};
  const text = normalise(raw);
  let lines = isGopher(text) ? unwrapGopher(text, meta) : plainLines(text);
  lines = readScrapeHeader(lines, meta);
  lines = joinSummaryBox(lines, meta);
  lines = dropMediaAndCaptions(lines);
  lines = cutAtEndMarker(lines);
  lines = applyLineRules(lines, meta);
  return { paragraphs: assemble(lines, meta), meta };
}

// ---------------------------------------------------------------- text and lines

function normalise(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ') // no-break spaces would defeat every line rule below
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, ''); // soft hyphens and zero-width marks are invisible noise
}

function plainLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  for (const raw of text.split('\n')) {
    const line = squash(raw);
    if (line === '') block++;
    else lines.push({ text: line, block });
  }
  return lines;
}

/** blue News pages start with " date 2023-07 <headline> <lead> 26.07.2023" on one line. */
function readScrapeHeader(lines: Line[], meta: TextMetadata): Line[] {
  const first = lines[0];
  const header = first?.text.match(/^date (\d{4}-\d{2}) (.+?)(?: (\d{1,2})\.(\d{1,2})\.(\d{4}))?$/);
  if (!first || !header) return lines;
  const [, month, rest, day, mon, year] = header;
  meta.date ??= day
    ? { value: isoDay(year!, mon!, day), source: `"${day}.${mon}.${year}" at the end of the first line` }
    : { value: month!, source: `"date ${month}" prefix of the first line` };
  // Headline and lead are glued; the lead starts where a sentence-opening word follows a lowercase word.
  const split = rest!.match(/^([^.!?]{10,160}?[\p{Ll}\d])\s+((?:Der|Die|Das|Den|Dem|Ein|Eine|Es|Er|Sie|Im|Am|Nach|Seit|Mit|Bei)\s.+)$/u);
  const headline = split ? split[1]! : rest!;
  if (!SENTENCE_END.test(headline)) meta.title ??= { value: headline, source: 'headline at the start of the first line' };
  const lead = split ? split[2]! : SENTENCE_END.test(headline) ? headline : '';
  return lead ? [{ ...first, text: lead }, ...lines.slice(1)] : lines.slice(1);
}

/** blue News' "Keine Zeit? blue News fasst für dich zusammen" box runs up to "Mehr anzeigen": one summary paragraph. */
function joinSummaryBox(lines: Line[], meta: TextMetadata): Line[] {
  const start = lines.findIndex((line) => /^Keine Zeit\? .+? fasst für dich zusammen\b/.test(line.text));
  if (start < 0) return lines;
  const outlet = lines[start]!.text.match(/^Keine Zeit\? (.+?) fasst/)![1]!;
  meta.outlet ??= { value: outlet, source: `summary box "Keine Zeit? ${outlet} fasst für dich zusammen"` };
  const endOffset = lines.slice(start, start + 8).findIndex((line) => /Mehr anzeigen$/.test(line.text));
  const box = lines.slice(start, start + Math.max(endOffset, 0) + 1);
  const text = box
    .map((line) => line.text)
    .join(' ')
    .replace(/^Keine Zeit\? .+? fasst für dich zusammen\s*/, '')
    .replace(/\s*Mehr anzeigen$/, '');
  return [...lines.slice(0, start), { text, block: box[0]!.block, list: true }, ...lines.slice(start + box.length)];
}

/** Audio/video player blocks, and image captions: "Legende: …" plus the alt-text line just above it. */
function dropMediaAndCaptions(lines: Line[]): Line[] {
  const mediaBlocks = new Set(
    lines.filter((line, i) => /^(Audio|Video)$/.test(line.text) && lines[i - 1]?.block !== line.block).map((l) => l.block),
  );
  return lines.filter((line, i) => {
    if (mediaBlocks.has(line.block)) return false;
    const next = lines[i + 1];
    const isAltText = next !== undefined && next.block === line.block && next.text.startsWith('Legende:');
    return !isAltText && !line.text.startsWith('Legende:');
  });
}

/** Where the article ends and push prompts, most-read lists and related-article teasers begin. */
const END_MARKERS = [/^Jederzeit top informiert!?$/, /^Meistgelesene Artikel$/, /^Mehr zum Thema:?$/, /^Artikel zum Thema$/i];

function cutAtEndMarker(lines: Line[]): Line[] {
  const end = lines.findIndex((line) => END_MARKERS.some((marker) => marker.test(line.text)));
  return end < 0 ? lines : lines.slice(0, end);
}

// ---------------------------------------------------------------- line rules

const DROP_LINE: RegExp[] = [
  /^Zum Inhalt springen$/i, // skip-link navigation
  /^(Mehr anzeigen|Mehr|Weniger|Schliessen|Schließen)$/, // buttons
  /^(Ad|Anzeige|Werbung)$/, // ad slot markers (nau.ch)
  /^(Das Wichtigste|Das Wichtigste in Kürze|In Kürze)$/i, // summary box titles: the box itself is kept
  /^Bild: /, // image credit or caption
  /^\d{1,2}:\d{2} min\b/, // media player duration and credit
  /^abspielen\. Laufzeit\b/, // media player button
  /\((Archivbild|Symbolbild)\)/, // nau.ch captions: "… (Archivbild) - dpa"
  / [-–] (dpa|AFP|AP|Reuters|Keystone|KEYSTONE|EPA|SDA)(\/\S+)?$/, // an agency credit closes a caption, never prose
  /^\[\d+\] \/\S*$/, // link list entry "[1] /path"
  /^[a-zäöüß]+( [a-zäöüß]+){0,3}$/, // lowercase tag line "ukraine krieg": prose starts with a capital
  /^([A-ZÄÖÜ][a-zäöüß]+){2,}$/, // tags glued together without spaces: "RegierungKrieg"
];

/** SRF's programme line "SRF4 News aktuell, 27.07.23, 7:30 Uhr ;" names the broadcast the article belongs to. */
const PROGRAMME_LINE = /^(?:Radio )?SRF ?\d?\b.*?(\d{1,2})\.(\d{1,2})\.(\d{2,4}),? \d{1,2}[:.]\d{2} Uhr\b/;

function applyLineRules(lines: Line[], meta: TextMetadata): Line[] {
  const kept: Line[] = [];
  for (const line of lines) {
    const programme = line.text.match(PROGRAMME_LINE);
    if (programme) {
      const [quote, day, month, year] = programme;
      meta.date ??= { value: isoDay(year!, month!, day!), source: `programme line "${quote}"` };
      meta.outlet ??= { value: 'SRF', source: `programme line "${quote}"` };
      continue;
    }
    if (DROP_LINE.some((rule) => rule.test(line.text))) continue;
    const text = squash(
      line.text
        .replace(/\[\d+\]\[([^\]]+)\]/g, '$1') // inline link markers "[1][Pjöngjang]"
        .replace(/\s*Mehr anzeigen$/, ''),
    );
    if (text !== '') kept.push({ ...line, text });
  }
  return kept;
}

// ---------------------------------------------------------------- paragraphs and headings

const BULLET = /^[•▪●◦‣]\s*/;

/** A short line that does not end like a sentence: a headline, a subheading or a box title. */
function isHeadingLike(text: string): boolean {
  return text.length <= 100 && text.split(' ').length <= 14 && /^[\p{Lu}\d„«"]/u.test(text) && !/[.!?:;,…]["“”»«’')]*$/.test(text);
}

function assemble(lines: Line[], meta: TextMetadata): CleanParagraph[] {
  // Bullet items are the article's summary: one paragraph, so a citation shows the whole summary.
  const items: Line[] = [];
  for (const line of lines) {
    const prev = items[items.length - 1];
    if (!BULLET.test(line.text)) items.push(line);
    else if (prev?.list && prev.block === line.block) prev.text += ` ${line.text.replace(BULLET, '')}`;
    else items.push({ text: line.text.replace(BULLET, ''), block: line.block, list: true });
  }
  const first = items[0];
  if (!meta.title && first && !first.list && items.length > 1 && isHeadingLike(first.text)) {
    meta.title = { value: first.text, source: 'first line of the text' };
    items.shift();
  }
  const paragraphs: CleanParagraph[] = [];
  let section: string | null = null;
  items.forEach((item, i) => {
    if (item.list || !isHeadingLike(item.text)) {
      paragraphs.push({ text: item.text, section });
      return;
    }
    // A heading counts only above body text; above a list it is a box title, at the end it is a leftover.
    const next = items[i + 1];
    if (next && !next.list && !isHeadingLike(next.text)) section = item.text;
  });
  return paragraphs;
}
