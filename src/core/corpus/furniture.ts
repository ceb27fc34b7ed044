/**
 * Removes page furniture from the lines of a copied page, using the line classifier (boilerplate.ts) and what
 * only the neighbourhood shows: media player blocks, teaser lists under a "read also" heading, menus of short
 * entries, navigation rows and live-ticker excerpts (page-rows.ts), comment, service and FAQ boxes (boxes.ts), a
 * table of contents (contents.ts, whose entries mark the section headings), table disclaimers, arrow link lists and
 * reader polls (page-widgets.ts), lines the page repeats, and furniture glued to the end of a real paragraph.
 */
import { dropFramedAds } from './ad-offers.js';
import { boilerplateReason, isCreditOnly, isProse, isTeaserHeading, type LineContext } from './boilerplate.js';
import { dropBoxes } from './boxes.js';
import { dropContents } from './contents.js';
import { isCaptionUnderCredit } from './credit-caption.js';
import { isDateLine } from './dates.js';
import { cutGluedTail } from './glued.js';
import { dropTickerRuns, isNavigationRow } from './page-rows.js';
import { dropWidgets } from './page-widgets.js';
import { promptReason } from './prompts.js';
import { SENTENCE_END, type Line } from './text.js';
import { cutEditorsSentence } from './update-note.js';

/** The lines that are article text, with glued tails cut off. */
export function dropFurniture(lines: Line[], context: LineContext): Line[] {
  // A teaser glued before a paragraph is cut by each reader before this runs (glued.ts cutGluedHead), so the paragraph is judged on its own.
  const drop = new Set<number>();
  const blocks = new Set(lines.map((l) => l.block)).size;
  const last = new Map<string, number>();
  lines.forEach((line, i) => last.set(line.text, i));

  lines.forEach((line, i) => {
    if (drop.has(i)) return;
    const { text } = line;
    // A player block: "Audio"/"Video" alone on a line, its title, running time and buttons up to the next blank line.
    if (/^(Audio|Video|Podcast)$/i.test(text) && lines[i - 1]?.block !== line.block) {
      for (let j = i; j < lines.length && lines[j]!.block === line.block; j++) drop.add(j);
      return;
    }
    // The line classifier's verdict, asked once: the player's date line below and the line itself both need it.
    const reason = boilerplateReason(text, context);
    // "Audio: <title> (5:47 Min.)" then "<programme> · 13.04.2023": the player's date line goes with it.
    const next = lines[i + 1];
    if (next && next.block === line.block && isDateLine(next.text) && (/^(Audio|Video|Podcast)\s?:/i.test(text) || reason === 'media player')) drop.add(i + 1);
    if (isTeaserHeading(text)) {
      drop.add(i);
      // The teasers under it: short or headline-like lines, up to real prose or (in a page with blank lines) the block's end.
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j]!;
        if (blocks >= 3 && next.block !== line.block) break;
        if (isProse(next.text) && next.text.length >= 100) break;
        drop.add(j);
      }
      return;
    }
    // A credit or caption label on a line of its own closes the caption (or alt text) above it.
    // A block of just the two (blank lines around them) is an image box, whose caption may run to two sentences.
    const imageBox = i > 0 && lines[i - 1]!.block === line.block && lines[i - 2]?.block !== line.block && lines[i + 1]?.block !== line.block;
    // A bare "© Name" may be the page's footer under the last paragraph: then only a caption without a full stop goes.
    const bare = /^©/.test(text) && !/[/|]/.test(text);
    if (isCreditOnly(text) && i > 0 && isCaptionLike(lines[i - 1]!, imageBox) && !(bare && SENTENCE_END.test(lines[i - 1]!.text))) drop.add(i - 1);
    if (reason !== null || isNavigationRow(line) || isCaptionUnderCredit(lines, i)) return void drop.add(i);
    // A short line the page prints twice is a menu entry the first time ("Wirtschaft" in the menu, then above the
    // headline) — or a headline the page repeats: the last occurrence stays, the earlier ones go.
    if (last.get(text) !== i && !isProse(text)) return void drop.add(i);
    if (isTagLine(text)) drop.add(i);
  });
  const sections = dropContents(lines, drop);
  dropMenuRuns(lines, drop);
  dropTickerRuns(lines, drop);
  dropPromptBoxes(lines, drop);
  dropBoxes(lines, drop);
  dropWidgets(lines, drop);
  dropFramedAds(lines, drop);
  return lines
    .map((line, i) => (sections.has(i) ? { ...line, heading: true } : line))
    .filter((_, i) => !drop.has(i))
    .map((line) => ({ ...line, text: cutGluedTail(cutEditorsSentence(line.text)) }))
    .filter((line) => line.text !== '');
}

/** Short, and no more than one sentence (two in an image box): what a caption looks like; a paragraph has more to say. */
function isCaptionLike(line: Line, imageBox: boolean): boolean {
  const sentences = line.text.split(/[.!?]["“”»«’')]*\s+(?=[\p{Lu}„"«])/u).length;
  return !line.list && line.text.length < 250 && sentences <= (imageBox ? 2 : 1);
}

/** Tag lists: all lowercase ("ukraine krieg"), or tags glued without spaces ("RegierungKrieg"). */
function isTagLine(text: string): boolean {
  return /^[\p{Ll}]+( [\p{Ll}]+){0,3}$/u.test(text) || /^([\p{Lu}][\p{Ll}]+){2,}$/u.test(text);
}

/** Four or more short entries in a row (≤ 3 words, no sentence end) are a menu, not headings. */
function dropMenuRuns(lines: Line[], drop: Set<number>): void {
  const short = (i: number) => {
    const text = lines[i]!.text;
    return text.split(' ').length <= 3 && !SENTENCE_END.test(text) && !/^[•▪●◦‣]/.test(text);
  };
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && (short(i) || drop.has(i))) continue;
    const run = [...Array(i - start).keys()].map((k) => start + k).filter((k) => !drop.has(k));
    if (run.length >= 4) run.forEach((k) => drop.add(k));
    start = i + 1;
  }
}

/**
 * A prompt box: "Jederzeit top informiert!" or "Keine Zeit?" over a push, newsletter or subscription prompt, when
 * nothing else of its block stays. The title goes with the box, and so does every other copy of it on the page.
 */
function dropPromptBoxes(lines: Line[], drop: Set<number>): void {
  const titles = new Set<string>();
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next || next.block !== line.block || line.text.length > 60 || !/[!?]$/.test(line.text)) return;
    if (!drop.has(i + 1) || promptReason(next.text, true) === null) return;
    for (let j = i + 1; j < lines.length && lines[j]!.block === line.block; j++) if (!drop.has(j)) return;
    drop.add(i);
    titles.add(line.text);
  });
  lines.forEach((line, i) => titles.has(line.text) && drop.add(i));
}
