/**
 * Cleaning of copied page text: lines in, reader-facing paragraphs and the metadata the text carries out.
 * The general stages (text-meta.ts, furniture.ts) know no outlet. What remains here per outlet is what no
 * general rule can know: blue News' scrape header and summary box, SRF's caption and programme lines; taz's
 * gopher pages are a format of their own (gopher.ts).
 */
import type { CleanParagraph } from '../types.js';
import type { LineContext } from './boilerplate.js';
import { dropFurniture } from './furniture.js';
import { isGopher, unwrapGopher } from './gopher.js';
import { readTextMetadata } from './text-meta.js';
import { isoDay, SENTENCE_END, squash, type CleanedText, type Line, type TextMetadata } from './text.js';

export type { CleanedText, MetaField, Sourced, TextMetadata } from './text.js';

const NO_CONTEXT: LineContext = { repeated: new Set() };

/** Cleans one raw article text into paragraphs and the metadata it carries. */
export function cleanArticle(raw: string, context: LineContext = NO_CONTEXT): CleanedText {
  const meta: TextMetadata = {};
  const text = normaliseText(raw);
  let lines = isGopher(text) ? unwrapGopher(text, meta) : unwrapHardWrapped(plainLines(text));
  lines = readScrapeHeader(lines, meta);
  lines = joinSummaryBox(lines, meta);
  lines = dropCaptionsAndProgramme(lines, meta);
  lines = readTextMetadata(lines, meta, context);
  lines = dropFurniture(lines, context);
  lines = lines.map((line) => ({ ...line, text: squash(line.text.replace(/\[\d+\]\[([^\]]+)\]/g, '$1')) })); // inline link markers "[1][Pjöngjang]"
  return { paragraphs: assemble(lines, meta), meta };
}

/** Unicode and line-end normalisation every text reader needs before any rule can match. */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ') // no-break spaces would defeat every line rule
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, ''); // soft hyphens and zero-width marks are invisible noise
}

/** The non-blank lines of a text, each with the number of its blank-line-separated block. */
export function plainLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  for (const raw of text.split('\n')) {
    const line = squash(raw);
    if (line === '') block++;
    else lines.push({ text: line, block });
  }
  return lines;
}

/**
 * Text saved from a text-mode browser or an e-mail is wrapped at a fixed width, with blank lines between
 * paragraphs. A block whose lines all run close to one width of at most 100 characters, not every one ending a
 * sentence, is one wrapped paragraph: its lines are joined. Menus (short lines) and one-line paragraphs (long
 * lines) never look like that.
 */
function unwrapHardWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.block === lines[i]!.block) j++;
    const block = lines.slice(i, j);
    const width = Math.max(...block.map((l) => l.text.length));
    const body = block.slice(0, -1);
    const wrapped =
      block.length >= 2 && width >= 40 && width <= 100 &&
      body.every((l) => l.text.length >= 0.75 * width && !/^[•▪●◦‣-]\s/.test(l.text)) &&
      body.some((l) => !SENTENCE_END.test(l.text));
    if (wrapped) out.push({ text: block.map((l) => l.text).join(' '), block: block[0]!.block });
    else out.push(...block);
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------- outlet rules (blue News, SRF)

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

/** SRF's programme line "SRF4 News aktuell, 27.07.23, 7:30 Uhr ;" names the broadcast the article belongs to. */
const PROGRAMME_LINE = /^(?:Radio )?SRF ?\d?\b.*?(\d{1,2})\.(\d{1,2})\.(\d{2,4}),? \d{1,2}[:.]\d{2} Uhr\b/;

/** SRF captions ("Legende: …" plus the alt text just above it, which has no credit), its programme line, and its push prompt, after which nothing is article. */
function dropCaptionsAndProgramme(lines: Line[], meta: TextMetadata): Line[] {
  const push = lines.findIndex((line) => /^Jederzeit top informiert!?$/.test(line.text));
  return lines.slice(0, push < 0 ? undefined : push).filter((line, i) => {
    const programme = line.text.match(PROGRAMME_LINE);
    if (programme) {
      const [quote, day, month, year] = programme;
      meta.date ??= { value: isoDay(year!, month!, day!), source: `programme line "${quote}"` };
      meta.outlet ??= { value: 'SRF', source: `programme line "${quote}"` };
      return false;
    }
    const next = lines[i + 1];
    const isAltText = next !== undefined && next.block === line.block && next.text.startsWith('Legende:');
    return !isAltText && !line.text.startsWith('Legende:');
  });
}

// ---------------------------------------------------------------- paragraphs and headings

const BULLET = /^[•▪●◦‣]\s*/;

/** A short line that does not end like a sentence: a headline, a subheading or a box title. */
function isHeadingLike(text: string): boolean {
  return text.length <= 100 && text.split(' ').length <= 14 && /^[\p{Lu}\d„«"]/u.test(text) && !/[.!:;,…]["“”»«’')]*$/.test(text);
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
  // Above the first paragraph: section labels, a kicker, then the headline — the last of them, nearest the text.
  const head = items.findIndex((item) => item.list || !isHeadingLike(item.text));
  if (!meta.title && head > 0) meta.title = { value: items[head - 1]!.text, source: 'headline above the first paragraph' };
  const paragraphs: CleanParagraph[] = [];
  let section: string | null = null;
  items.slice(Math.max(head, 0)).forEach((item, i, rest) => {
    if (item.list || !isHeadingLike(item.text)) {
      paragraphs.push({ text: item.text, section });
      return;
    }
    // A heading counts only above body text; above a list it is a box title, at the end it is a leftover.
    const next = rest[i + 1];
    if (next && !next.list && !isHeadingLike(next.text)) section = item.text;
  });
  return paragraphs;
}
