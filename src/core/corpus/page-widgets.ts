/**
 * Widgets a page sets into the story's column, recognised by their shape, not by any outlet: a data table's
 * disclaimer ("Vorläufiges Ergebnis, Stand 22:00 Uhr. Angaben ohne Gewähr."), a link list whose entries open with an
 * arrow ("› Alle Ergebnisse aus der Oberpfalz") together with the title above it, and a reader poll ("Umfrage", its
 * question, the answers to tick "( ) Richtig so" and the count of votes). None of them reports what happened.
 */
import { SENTENCE_END, type Line } from './text.js';

/**
 * "Angaben ohne Gewähr", alone or after a table's note of its time or source: the page disclaims its figures. Or after
 * a pointer to an address, set apart by a dash ("Aktuelle Hinweise des Zivilschutzes unter safetravel.is – Angaben ohne
 * Gewähr."): a sentence reporting that figures came "ohne Gewähr" has no dash before them.
 */
const DISCLAIMER = new RegExp(`^(?:[^.!?]{0,60}\\b(?:Stand|Quelle)\\b[^!?]{0,40}?\\.\\s+|[^.!?]{0,80}\\bunter\\s+(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,4}\\s+[–—-]\\s+)?(?:Alle\\s+)?Angaben ohne Gewähr\\.?$`, 'i');
/** A link list's entry: an arrow, a space and the linked headline; a quotation in »…« or ›…‹ closes its mark. */
const ARROW_ENTRY = /^[›→»]\s+\S[^«‹]*$/;
/** The title of a reader poll, on a line of its own. */
const POLL_TITLE = /^(?:Umfrage|Leserumfrage|Abstimmung|Ihre Meinung)$/i;
/** What only a poll holds: the call to vote, an answer to tick, the count of votes so far. */
const POLL_PART = /\bJetzt abstimmen\b|^(?:\(\s?\)|[○◯☐□])\s*\S|\b\d[\d.]*\s+Stimmen$/;

/** Marks in `drop` the lines of table disclaimers, arrow link lists (with their title) and reader polls. */
export function dropWidgets(lines: Line[], drop: Set<number>): void {
  const blocks = new Set(lines.map((l) => l.block)).size;
  lines.forEach((line, i) => {
    if (DISCLAIMER.test(line.text)) drop.add(i);
    // Two or more arrow entries in a row are a link list; a short title just above them in their block is its heading.
    if (ARROW_ENTRY.test(line.text) && !ARROW_ENTRY.test(lines[i - 1]?.text ?? '') && ARROW_ENTRY.test(lines[i + 1]?.text ?? '')) {
      let j = i;
      for (; j < lines.length && ARROW_ENTRY.test(lines[j]!.text); j++) drop.add(j);
      const title = lines[i - 1];
      if (title && title.block === line.block && title.text.split(' ').length <= 8 && !SENTENCE_END.test(title.text)) drop.add(i - 1);
    }
    // A poll's title takes its block along when the block holds what only a poll holds (without blank lines the
    // block is the whole page, which says nothing about where the poll ends).
    if (blocks >= 3 && POLL_TITLE.test(line.text)) {
      const box = lines.map((l, k) => ({ l, k })).filter(({ l, k }) => l.block === line.block && k >= i);
      if (box.some(({ l }) => POLL_PART.test(l.text))) box.forEach(({ k }) => drop.add(k));
    }
  });
}
