/**
 * Boxes a page sets beside the article, recognised by their title and the shape of their lines, and dropped
 * with their whole block: the reader comments under "Kommentare (17)", a service box of hotlines
 * ("Ärztlicher Bereitschaftsdienst: 116 117"), a question-and-answer box ("FAQ: …") set between paragraphs, a
 * summary box ("Das Wichtigste in Kürze") whose points the story retells, and a fact box of labelled figures with their
 * source ("… 2023/24: 1.601" / "Quelle: …").
 * None of them is the story: the comments are readers', the service and FAQ boxes are the same on every page of a topic.
 */
import { isProse } from './boilerplate.js';
import { SENTENCE_END, type Line } from './text.js';

/** The title of a comments section: "Kommentare", "Kommentare (17)", "17 Kommentare", "Leserkommentare", "Lesermeinung". */
const COMMENTS = /^(?:(?:Leser)?[Kk]ommentare|Diskussion|Lesermeinung(?:en)?|Leserstimmen)(?:\s*\(\d+\))?$|^\d+\s+(?:Leser)?[Kk]ommentare$/;
/** The title of a question-and-answer box: "FAQ: …", "Fragen und Antworten", "Häufige Fragen". */
const FAQ = /^(?:FAQ|Fragen und Antworten|Häufige Fragen|Häufig gestellte Fragen)\b/;
/** A telephone number: three or more digit groups, or one of six digits ("0800 00 22 833", "116 117", "030/123456"). */
const PHONE = /\b\d{2,5}(?:[\s/-]\d{2,5}){1,4}\b|\b\d{6,}\b/;
/** "Ärztlicher Bereitschaftsdienst: 116 117", "Notdienst finden: Telefon 0800 …": a short label, then a number to call. */
const CONTACT = /^[\p{L}][\p{L}\s-]{1,50}:\s+\S/u;

/**
 * A figure under its label: a few words, a colon, a number and perhaps its unit (11 units of counts, money and area):
 * "… in Deutschland 2023/24: 1.601", "Schäden: 4,2 Mio. Euro".
 */
const FIGURE = /^[\p{L}\d][^.!?:]{2,80}:\s*(?:rund |etwa |ca\. )?\d[\d.,]*(?:\s*(?:%|Prozent|Euro|€|Mio\.|Millionen|Mrd\.|Milliarden|Stück|km|ha))*$/u;

/** The title of a summary box (5 titles): "Das Wichtigste in Kürze", "Das Wichtigste im Überblick", "Kurz zusammengefasst". */
const SUMMARY = /^(?:Das Wichtigste (?:in Kürze|im Überblick|auf einen Blick|zusammengefasst)|Kurz zusammengefasst)$/;
/** A bullet item of a text page's list. */
const ITEM = /^[•▪●◦‣]\s*/;
/** The words of five letters or more in a text, lower case: what a summary would repeat. */
const longWords = (text: string) => (text.toLocaleLowerCase('de').match(/\p{L}{5,}/gu) ?? []);

/**
 * A summary box over the story: its title and the bullet points under it, when the rest of the page repeats at least
 * half of their longer words (the points retell the story, so nothing is lost). A box of facts the story does not
 * give stays.
 */
function summaryBox(lines: Line[], i: number): number[] {
  if (!SUMMARY.test(lines[i]!.text)) return [];
  const items: number[] = [];
  for (let k = i + 1; k < lines.length && lines[k]!.block === lines[i]!.block && (lines[k]!.list || ITEM.test(lines[k]!.text)); k++) items.push(k);
  if (items.length === 0) return [];
  const rest = new Set(lines.filter((_, k) => k !== i && !items.includes(k)).flatMap((l) => longWords(l.text)));
  const words = items.flatMap((k) => longWords(lines[k]!.text));
  return words.filter((w) => rest.has(w)).length * 2 >= words.length ? [i, ...items] : [];
}

/** Marks in `drop` the lines of comment sections, service boxes, question-and-answer boxes and summary boxes. */
export function dropBoxes(lines: Line[], drop: Set<number>): void {
  // A summary box ends with its last bullet point, so it needs no blank lines around it.
  lines.forEach((_, i) => summaryBox(lines, i).forEach((k) => drop.add(k)));
  const members = byBlock(lines);
  dropFactBoxes(lines, members, drop);
  // Without blank lines a block is the whole page and says nothing about where a box ends.
  if (members.size < 3) return;
  const blockOf = (i: number) => members.get(lines[i]!.block)!;
  const proseOutside = (box: number[], before: boolean) =>
    lines.some((l, k) => (before ? k < box[0]! : k > box.at(-1)!) && !drop.has(k) && isProse(l.text) && l.text.length >= 100);
  const commented = new Set<number>();
  lines.forEach((line, i) => {
    // The block's lines after this one, read only for a title that needs them (not a copy per line of a long block).
    const rest = () => blockOf(i).filter((k) => k > i);
    // A comments title (already dropped as a counter) takes its block along: the prompt to log in and the readers' comments.
    // A second comments title in the same block adds nothing: the first took every line after it.
    if (COMMENTS.test(line.text)) {
      if (commented.has(line.block)) return;
      commented.add(line.block);
      return [i, ...rest()].forEach((k) => drop.add(k));
    }
    // The other boxes are judged as a whole block, from its first line on, whatever other rules said of that line.
    const box = blockOf(i);
    if (box[0] !== i) return;
    // A service box: every line a short title or a contact line with a number, and at least one such line.
    const contact = (text: string) => text.length <= 160 && CONTACT.test(text) && PHONE.test(text);
    const title = (text: string) => text.split(' ').length <= 5 && !SENTENCE_END.test(text) && !/:/.test(text);
    if (box.length <= 6 && box.some((k) => contact(lines[k]!.text)) && box.every((k) => contact(lines[k]!.text) || title(lines[k]!.text))) {
      return box.forEach((k) => drop.add(k));
    }
    // A question-and-answer box between paragraphs: its title, then only lines that open with a question.
    // As the page's first or last text it may be the article itself (an explainer made of questions), so it stays.
    const qa = (text: string) => /^[^?]{5,200}\?(?:\s|$)/.test(text);
    if (FAQ.test(line.text) && line.text.split(' ').length <= 12 && rest().length > 0 && rest().every((k) => qa(lines[k]!.text)) && proseOutside(box, true) && proseOutside(box, false)) {
      box.forEach((k) => drop.add(k));
    }
  });
}

/**
 * A fact box: a figure under its label ("Nachgewiesene Wolfsindividuen 2023/24: 1.601"), the source of its figures
 * ("Quelle: …") and at most a short title, in a block of its own of up to six lines, nothing that reads as a sentence.
 * A story states a figure in a sentence. (Six lines at most: a page without blank lines is one block, and never such a box.)
 */
function dropFactBoxes(lines: Line[], members: Map<number, number[]>, drop: Set<number>): void {
  const source = (text: string) => /^Quelle\s*:/.test(text);
  const title = (text: string) => text.split(' ').length <= 5 && !SENTENCE_END.test(text) && !/:/.test(text);
  for (const box of members.values()) {
    const texts = box.map((k) => lines[k]!.text);
    if (box.length <= 6 && texts.some((t) => FIGURE.test(t)) && texts.some(source) && texts.every((t) => FIGURE.test(t) || source(t) || title(t))) box.forEach((k) => drop.add(k));
  }
}

/**
 * Each block's line numbers, in one pass: a 5 MB page of many short blocks, or one long block, must not cost
 * blocks × lines or a copy of the block per line.
 */
function byBlock(lines: Line[]): Map<number, number[]> {
  const members = new Map<number, number[]>();
  lines.forEach((l, k) => {
    const block = members.get(l.block);
    if (block) block.push(k);
    else members.set(l.block, [k]);
  });
  return members;
}
