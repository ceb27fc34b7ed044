/**
 * Cleaning of copied page text: lines in, reader-facing paragraphs and the metadata the text carries out.
 * The general stages (text-meta.ts, furniture.ts) know no outlet. What remains per outlet is what no
 * general rule can know (outlet-rules.ts: blue News' scrape header and summary box); taz's gopher pages are a
 * format of their own (gopher.ts).
 */
import type { CleanParagraph } from '../types.js';
import type { LineContext } from './boilerplate.js';
import { dropFurniture } from './furniture.js';
import { cutGluedHead } from './glued.js';
import { withoutGluedKicker } from './glued-kicker.js';
import { endLabelledBoxes } from './labelled-box.js';
import { isGopher, unwrapGopher } from './gopher.js';
import { normaliseText, plainLines, unwrapHardWrapped } from './lines.js';
import { joinSummaryBox, readScrapeHeader } from './outlet-rules.js';
import { readTextMetadata } from './text-meta.js';
import { endsWithRegnalNumber, withoutRegnalPeriod } from './regnal-number.js';
import { AGENCIES, outletCase } from './names.js';
import { PHRASE_START, SENTENCE_END, squash, type CleanedText, type Line, type TextMetadata } from './text.js';

export { normaliseText } from './lines.js';

export type { CleanedText, MetaField, Sourced, TextMetadata } from './text.js';

const NO_CONTEXT: LineContext = { repeated: new Set() };

/** Cleans one raw article text into paragraphs and the metadata it carries. */
export function cleanArticle(raw: string, context: LineContext = NO_CONTEXT): CleanedText {
  const meta: TextMetadata = {};
  const text = normaliseText(raw);
  let lines = isGopher(text) ? unwrapGopher(text, meta) : unwrapHardWrapped(plainLines(text));
  const head = lines.slice(0, 8);
  lines = readScrapeHeader(lines, meta);
  lines = joinSummaryBox(lines, meta);
  lines = lines.map((line) => ({ ...line, text: cutGluedHead(line.text) })); // before the metadata readers look for prose
  lines = readTextMetadata(lines, meta, context);
  lines = dropFurniture(lines, context);
  lines = lines.map((line) => ({ ...line, text: squash(line.text.replace(/\[\d+\]\[([^\]]+)\]/g, '$1')) })); // inline link markers "[1][Pjöngjang]"
  const paragraphs = assemble(lines, meta, text);
  readTabTitle(head, meta);
  return { paragraphs, meta };
}

/**
 * A browser tab's title copied along: "<headline> | <Outlet>". Above the headline it names the outlet; as the only
 * headline it is cut to the headline. Only "|" separates: a dash is common inside headlines themselves.
 */
function readTabTitle(head: Line[], meta: TextMetadata): void {
  for (const { text } of head) {
    const m = text.match(/^(.{10,}?)\s+\|\s+([^|]{2,40})$/);
    if (!m || m[2]!.split(' ').length > 4 || SENTENCE_END.test(m[2]!)) continue;
    const [, headline, outlet] = m;
    if (meta.title?.value === text) meta.title = { value: headline!, source: `headline of the tab title "${text}"` };
    if (meta.title?.value !== headline) continue;
    meta.outlet ??= { value: outletCase(outlet!.trim()), source: `tab title "${text}"` };
  }
}

// ---------------------------------------------------------------- paragraphs and headings

const BULLET = /^[•▪●◦‣]\s*/;

/** An agency byline: one or more agencies' names (a compound like "Keystone-SDA" too), set apart by "/", "," or "und". */
const AGENCY_BYLINE = new RegExp(`^(?:${AGENCIES})(?:-(?:${AGENCIES}))?(?:\\s*(?:/|,|und)\\s*(?:${AGENCIES})(?:-(?:${AGENCIES}))?)*$`);

/** A short line that does not end like a sentence: a headline, a subheading or a box title. */
function isHeadingLike(text: string): boolean {
  return text.length <= 100 && text.split(' ').length <= 14 && PHRASE_START.test(text) && !/[.!:;,…]["“”»«’')]*$/.test(text);
}

/** `page` is the whole text copied, menus and footer included: where a brand the headline glues would be printed again. */
function assemble(lines: Line[], meta: TextMetadata, page: string): CleanParagraph[] {
  // Bullet items are the article's summary: one paragraph, so a citation shows the whole summary.
  const items: Line[] = [];
  for (const line of lines) {
    const prev = items[items.length - 1];
    if (!BULLET.test(line.text)) items.push(line);
    else if (prev?.list && prev.block === line.block) prev.text += ` ${line.text.replace(BULLET, '')}`;
    else items.push({ text: line.text.replace(BULLET, ''), block: line.block, list: true });
  }
  // Above the first paragraph: section labels, a kicker, then the headline — the last of them, nearest the text.
  // A headline may end with "!" ("Jetzt wird gestreikt!"); below the headline such a line would be a paragraph.
  const headline = (text: string) => isHeadingLike(text) || (text.length <= 100 && text.split(' ').length <= 12 && PHRASE_START.test(text) && /!["“”»«’')]*$/.test(text));
  // A kicker ending in a ruler's number ("Abschied von Benedikt XVI.") over a headline is no sentence: its period is the number's.
  // A kicker set as a label, one to three words before a colon ("NETZE:", "Nach dem Anschlag:"), over a headline: the
  // colon introduces the headline under it, so it is no paragraph either.
  const label = (text: string) => /^\p{L}[\p{L}\d&.' -]{1,40}:$/u.test(text) && text.split(' ').length <= 3;
  const kicker = (i: number) => (label(items[i]!.text) || (endsWithRegnalNumber(items[i]!.text) && isHeadingLike(withoutRegnalPeriod(items[i]!.text)))) && items[i + 1] !== undefined && !items[i + 1]!.list && isHeadingLike(items[i + 1]!.text);
  const head = items.findIndex((item, i) => item.list || !(headline(item.text) || kicker(i)));
  // A section heading a table of contents named (contents.ts) opens the story: the headline is above it.
  // A short line set straight over the list, in its block, titles that box ("Das Wichtigste in Kürze" over its bullets):
  // the headline is above it, when there is one.
  const boxTitle = head > 1 && items[head]!.list && items[head - 1]!.block === items[head]!.block ? head - 1 : -1;
  // An agency's name alone in the byline slot under the headline ("Keystone-SDA", "dpa/AFP") credits the text; no
  // headline is only an agency's name.
  const above = items.slice(0, Math.max(head, 0)).filter((item, i) => !item.heading && i !== boxTitle && !AGENCY_BYLINE.test(item.text));
  // With nothing else above it, the box title is the headline (no second scan: it is the only candidate left).
  const title = above.at(-1) ?? (boxTitle >= 0 && !items[boxTitle]!.heading ? items[boxTitle] : undefined);
  // A kicker glued to it by copying ("Wolf in OberkärntenAlmbauern fürchten …") is not part of the headline (glued-kicker.ts).
  if (!meta.title && title) {
    const unglued = withoutGluedKicker(title.text, page);
    meta.title = unglued ? { value: unglued, source: `headline after the kicker glued to it in "${title.text}"` } : { value: title.text, source: 'headline above the first paragraph' };
  }
  const paragraphs: CleanParagraph[] = [];
  let section: string | null = head > 0 && items[head - 1]!.heading ? items[head - 1]!.text : null;
  items.slice(Math.max(head, 0)).forEach((item, i, rest) => {
    if (item.list || !isHeadingLike(item.text)) {
      paragraphs.push({ text: item.text, section });
      return;
    }
    // A heading counts only above body text; above a list it is a box title, at the end it is a leftover.
    const next = rest[i + 1];
    if (next && !next.list && !isHeadingLike(next.text)) section = item.text;
  });
  return endLabelledBoxes(paragraphs);
}
