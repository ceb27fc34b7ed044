/** From raw text to lines: Unicode normalisation, lines with their blank-line blocks, hard-wrapped paragraphs rejoined. */
import { maxOf, PHRASE_START, SENTENCE_END, squash, type Line } from './text.js';

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
    // A browser copies a row of menu links with wide gaps or tabs between them; squashing would hide that.
    const cells = raw.trim().split(/\t+|\s{3,}/).map(squash).filter(Boolean);
    if (line === '') block++;
    else lines.push({ text: line, block, ...(cells.length >= 3 ? { cells } : {}) });
  }
  return lines;
}

/**
 * Text saved from a text-mode browser or an e-mail is wrapped at a fixed width, with blank lines between
 * paragraphs. A block whose lines all run close to one width of at most 100 characters, not every one ending a
 * sentence, is one wrapped paragraph: its lines are joined. Menus (short lines) and one-line paragraphs (long
 * lines) never look like that.
 */
export function unwrapHardWrapped(lines: Line[]): Line[] {
  // A text wrapped at some width has no line longer than it: one long line of prose (a page copied from a
  // browser) means nothing here was wrapped, so a kicker and its headline, or a menu and a footer, stay apart.
  const pageWidth = maxOf(lines.filter((l) => l.text.includes(' ')).map((l) => l.text.length), 0);
  if (pageWidth > 100) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.block === lines[i]!.block) j++;
    const block = lines.slice(i, j);
    const width = maxOf(block.map((l) => l.text.length));
    const body = block.slice(0, -1);
    const wrapped =
      block.length >= 2 && width >= 40 &&
      body.every((l) => l.text.length >= 0.75 * width && !/^[•▪●◦‣-]\s/.test(l.text)) &&
      body.some((l) => !SENTENCE_END.test(l.text)) &&
      !isKickerAndHeadline(block);
    if (wrapped) out.push({ text: block.map((l) => l.text).join(' '), block: block[0]!.block });
    else out.push(...block);
    i = j;
  }
  return out;
}

/** Two lines, neither ending a sentence, the second starting a new phrase with a capital: a kicker over its headline, not one wrapped line. */
function isKickerAndHeadline(block: Line[]): boolean {
  return block.length === 2 && !SENTENCE_END.test(block[1]!.text) && PHRASE_START.test(block[1]!.text);
}
