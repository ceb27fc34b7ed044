/**
 * Widgets a page sets into the story's column, recognised by their shape, not by any outlet: a data table's
 * disclaimer ("Vorläufiges Ergebnis, Stand 22:00 Uhr. Angaben ohne Gewähr."), a link list whose entries open with an
 * arrow ("› Alle Ergebnisse aus der Oberpfalz") together with the title above it, and a reader poll ("Umfrage", its
 * question, the answers to tick "( ) Richtig so" and the count of votes), marked as blocks of lines (dropWidgets);
 * and widgets of one line each, judged by the line classifier (widgetReason): a traffic reading, a row of service
 * phone numbers, an event calendar's entry and a reader's comment under its label. None of them reports what happened.
 */
import { SENTENCE_END, type Line } from './text.js';
import { newsWidgetReason } from './news-widgets.js';
import { stripReason } from './page-strips.js';
import { isControlRow, isEventCalendar, isFinderWidget, isJobListing, isPollLine, isPollResult } from './widget-rows.js';

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

/**
 * A traffic widget set into a page: its label, a road and the jam, stamped with the time of the reading and no
 * sentence ("Verkehrslage Brandenburg: A10 Berliner Ring zwischen … 4 km Stau · Stand 10:15 Uhr"). A story reporting
 * a jam ("Auf der A10 staute sich der Verkehr auf vier Kilometern.") has no label and ends like a sentence.
 */
const TRAFFIC_LABEL = /^(?:Verkehrslage|Verkehrsinfo|Verkehrsinformationen|Verkehrsmeldungen?|Verkehrshinweise?|Staumeldungen?|Stauinfo|Staus?)\b[^:.!?]{0,40}:\s/;
/** A motorway or federal road's number. */
const ROAD = /\b[AB]\s?\d{1,3}\b/;
/** What a reading reports: the jam's length or the time it was taken. */
const READING = /\b\d+(?:,\d+)?\s?km\s+(?:Stau|stockender Verkehr|zähfließender Verkehr)\b|\bStand:?\s+\d{1,2}[:.]\d{2}(?:\s?Uhr)?\s*$/;

/** Whether a line is a traffic widget's reading (labelled, a road, a jam or time stamp, not ending like a sentence). */
function isTrafficWidget(text: string): boolean {
  return text.length < 300 && TRAFFIC_LABEL.test(text) && ROAD.test(text) && READING.test(text) && !/[.!?]["“”»«']?$/.test(text);
}

/** A phone number: an emergency number of 3 digits, or a number of digit groups, perhaps with a country code. */
const PHONE = String.raw`(?:\+\d{1,3}[\s/-]?)?\d{2,5}(?:[\s/-]\d{2,8}){0,4}`;
/** One entry of such a row: a short label of words (no sentence inside), a colon and only a number after it. */
const PHONE_ENTRY = new RegExp(String.raw`^[\p{L}][\p{L}\s.-]{1,50}:\s*${PHONE}$`, 'u');

/**
 * Whether a line is a row of two or more labelled phone numbers, separated by dots, bars or semicolons, and nothing
 * else ("Notruf in Island: 112 · Deutsche Botschaft Reykjavík: +354 530 1100"). A story quoting a number says so in a
 * sentence, with a verb.
 */
function isPhoneRow(text: string): boolean {
  const entries = text.split(/\s+[·|•;]\s+/);
  return text.length < 250 && entries.length >= 2 && entries.every((entry) => PHONE_ENTRY.test(entry.trim()));
}

/**
 * "Leserkommentar von Hannelore K.: „…“", "Leserbrief von Max M.:": the label a comments box or a letters column puts
 * over a reader's words, with a first name and an initial. "Ein Leser schrieb: …" or "In einem Leserbrief heißt es, …"
 * reports the reader in the story's own voice and stays.
 */
const READER_LABEL = /^(?:Leserkommentar|Leserbrief|Lesermeinung|Leserstimme)\s+von\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s\p{Lu}\.\s*:\s*["„“»]/u;

/** Why a single line is a widget (a traffic reading, service numbers, a reader's comment, widget-rows.ts), or null. */
export function widgetReason(text: string): string | null {
  if (isTrafficWidget(text)) return 'traffic widget';
  if (isControlRow(text)) return 'page controls';
  if (isPollResult(text) || isPollLine(text)) return 'reader poll';
  if (isJobListing(text)) return 'job listings';
  if (isEventCalendar(text)) return 'event calendar';
  if (isPhoneRow(text)) return 'service phone numbers';
  if (isFinderWidget(text)) return 'finder widget';
  if (READER_LABEL.test(text)) return 'reader comment';
  return stripReason(text) ?? newsWidgetReason(text);
}
