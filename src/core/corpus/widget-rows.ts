/**
 * One-line widgets that give themselves away by their cells, set apart by bars or dots: a row of the page's controls
 * ("Drucken | Als PDF speichern"), a prompt ending in its buttons ("Jetzt Push-Nachrichten aktivieren … Aktivieren |
 * Später"), a reader poll's question with its answers' shares ("Sollte …? Ja: 41 % | Nein: 47 %") and a job market's
 * listings ("Leiter/in Controlling (80–100%) – Zürich · … · Alle Jobs auf handelszeitung.ch/jobs") and an event
 * calendar's entry ("Veranstaltungskalender: Adventsmarkt, Marktplatz – bis 22.12., 11 bis 20 Uhr | Alle Termine"). A story writes
 * such things in sentences; none of them reports what happened.
 */
import { HOST } from './site-address.js';
import { SENTENCE_END } from './text.js';

/**
 * What a button or tool does when clicked, its label's last word (22 infinitives, general web vocabulary): "Drucken",
 * "Als PDF speichern", "Link kopieren", "Jetzt aktivieren".
 */
const ACTION = /^(?:drucken|speichern|teilen|merken|kopieren|herunterladen|downloaden|aktivieren|deaktivieren|zulassen|erlauben|blockieren|abbrechen|schließen|schliessen|abonnieren|anmelden|abmelden|vorlesen|anhören|akzeptieren|ablehnen)$/i;
/** How the reader answers a prompt, as the whole label (6 entries): "Später", "Nicht jetzt", "Ja", "Nein". */
const ANSWER = /^(?:später|nicht jetzt|ja|nein|ok|okay)$/i;
/** Cells of a row: bars, dots or bullets with spaces around them. */
const CELLS = /\s+[|·•]\s+/;

/** A button or tool label: an answer, or one to three words ending in an action, no sentence. */
function isControl(cell: string): boolean {
  const label = cell.trim();
  const words = label.split(/\s+/);
  return ANSWER.test(label) || (words.length <= 3 && !/[.:;,?!]$/.test(label) && ACTION.test(words.at(-1)!));
}

/**
 * A row of two or more controls and nothing else, or a prompt's sentence (up to 200 characters) ending in such a row,
 * its buttons. A story's sentence never ends in two bare labels set apart by bars.
 */
export function isControlRow(text: string): boolean {
  const m = text.match(/^(?:(.{1,200}?[.!?])\s+)?([^.!?]+)$/u);
  if (!m) return false;
  const cells = m[2]!.split(CELLS);
  return cells.length >= 2 && cells.every(isControl);
}

/** An answer with its share: "Ja: 41 %", "Weiß nicht: 12 %". */
const SHARE = String.raw`\p{L}[\p{L} -]{0,25}:\s*\d{1,3}(?:[.,]\d)?\s?%`;
/**
 * A reader poll's result: a question, then two or more answers with their shares set apart by bars or dots, perhaps
 * the count of votes ("(1.284 Stimmen)"). An election's result row has no question before it.
 */
const POLL_RESULT = new RegExp(String.raw`\?\s+${SHARE}(?:\s*[|·•]\s*${SHARE})+\s*(?:\(\s*[\d.]+\s+(?:Stimmen|Teilnehmer\w*|Abstimmende)\s*\))?$`, 'u');

/** Whether a line is a reader poll's question with its results. */
export function isPollResult(text: string): boolean {
  return text.length <= 400 && POLL_RESULT.test(text);
}

/** A poll's label before its question (5 entries): "Umfrage:", "Leserumfrage:", "Abstimmung:", "Ihre Meinung:", "Frage des Tages:". */
const POLL_LABEL = String.raw`(?:Umfrage|Leserumfrage|Abstimmung|Ihre Meinung|Frage des Tages)\s*:\s`;
/**
 * Two or more answers to tick, "○ Ja ○ Nein", perhaps with the count of votes after them, set apart by a dot, a bar or
 * a dash, and the vote button last ("○ Weiss nicht – 1243 Stimmen – Abstimmen"), perhaps with the count behind it
 * ("– Abstimmen (1.284 Stimmen)").
 */
const TICK_ANSWERS = String.raw`(?:[○◯☐□]\s*[^○◯☐□?]{1,30}?){2,}(?:\s*[·|–-]\s*[\d.']+\s+Stimmen)?(?:\s*[·|–-]\s*(?:Jetzt )?[Aa]bstimmen!?(?:\s*\(\s*[\d.']+\s+Stimmen\s*\))?)?`;
/** The call to vote that ends a poll's teaser: "Stimmen Sie ab!", "Jetzt abstimmen". */
const VOTE_CALL = String.raw`(?:Stimmen Sie (?:jetzt )?ab|Jetzt abstimmen|Hier abstimmen)[!.]?`;
const POLL_LINE = new RegExp(String.raw`^(?:${POLL_LABEL})?[^?]{5,200}\?\s+${TICK_ANSWERS}$|^${POLL_LABEL}[^?]{5,200}\?\s+${VOTE_CALL}$`, 'u');

/**
 * Whether a line is a reader poll set into the page on one line: a question with the answers to tick ("…? ○ Ja ○ Nein
 * · 2317 Stimmen"), or a poll's label, its question and the call to vote ("Umfrage: Wie …? Stimmen Sie ab!"). A story
 * reporting a poll gives its result in a sentence; the reader is asked to vote only by the page.
 */
export function isPollLine(text: string): boolean {
  return text.length <= 300 && POLL_LINE.test(text);
}

/** A search form's instruction to the reader (6 fields): "Postleitzahl eingeben", "PLZ oder Ort eingeben", "Suchbegriff eingeben". */
const FORM_FIELD = /\b(?:Postleitzahl|PLZ|Ort|Wohnort|Suchbegriff|Stichwort)\s+eingeben\b/;

/**
 * Whether a line is a finder widget (a doctor, pharmacy or job search set into the page): its label, what it finds
 * and the form's instruction, no sentence ("Arztsuche: Neurologen in Ihrer Nähe finden – Postleitzahl eingeben und
 * Termin anfragen"). A story telling how such a search works says so in a sentence ("… müssen nur ihre Postleitzahl
 * eingeben.").
 */
export function isFinderWidget(text: string): boolean {
  return text.length <= 200 && FORM_FIELD.test(text) && !SENTENCE_END.test(text);
}

/** The job market's link: "Alle Jobs auf handelszeitung.ch/jobs", "Weitere Stellenangebote unter …". */
const ALL_JOBS = new RegExp(`^(?:Alle|Weitere|Mehr)\\s+(?:Jobs|Stellen|Stellenangebote|Stellenanzeigen)(?:\\s+(?:auf|bei|unter|im)\\s+(?:www\\.)?${HOST}(?:/\\S*)?)?$`, 'iu');
/** A job ad's title: a gender form ("Leiter/in", "(m/w/d)") or a workload ("(80–100%)"), then a dash and the place. */
const JOB = /(?:\p{Ll}\/in\b|\((?:m|w|d)\/(?:m|w|d)(?:\/(?:m|w|d))?\)|\(\d{1,3}\s?(?:[–-]\s?\d{1,3}\s?)?%\)).*\s[–-]\s\p{Lu}[\p{L}. -]+$/u;

/**
 * Whether a line is a job market's box: listings set apart by bars or dots, with the link to all jobs or two listings
 * marked as job ads. A story about jobs names them in sentences.
 */
export function isJobListing(text: string): boolean {
  const cells = text.split(CELLS).map((cell) => cell.trim());
  if (cells.length < 2 || cells.some((cell) => SENTENCE_END.test(cell))) return false;
  return cells.some((cell) => ALL_JOBS.test(cell)) || cells.filter((cell) => JOB.test(cell)).length >= 2;
}

/**
 * An event calendar's label (8 words, general web vocabulary): "Veranstaltungskalender:", "Termine:", "Ausgehtipp:", and
 * the Swiss "Agenda:" ("Agenda: Tagung am Plantahof, 27. März 2025, 9.00 bis 16.00 Uhr").
 */
const EVENT_LABEL = /^(?:Veranstaltungskalender|Veranstaltungstipps?|Terminkalender|Eventkalender|Termine|Ausgehtipps?|Freizeittipps?|Agenda)\s*:\s/i;
/** The calendar's link to all its entries: "Alle Termine anzeigen", "Weitere Veranstaltungen". */
const ALL_EVENTS = /^(?:Alle|Weitere|Mehr)\s+(?:Termine|Veranstaltungen|Events)(?:\s+(?:anzeigen|ansehen|im Überblick))?$/i;
/** When an entry is on: a clock time or a day "23.12.". */
const WHEN = /\b\d{1,2}(?:[.:]\d{2})?\s?Uhr\b|\b\d{1,2}\.\d{1,2}\./;

/**
 * Whether a line is an event calendar's entry: under the calendar's label with a time, or with the link to all
 * entries as its last cell, and no cell ending like a sentence. A story about a Christmas market tells its hours in a
 * sentence ("Der Markt ist täglich von 11 bis 21 Uhr geöffnet."), not under a label.
 */
export function isEventCalendar(text: string): boolean {
  const cells = text.split(CELLS).map((cell) => cell.trim());
  if (text.length > 300 || cells.some((cell) => SENTENCE_END.test(cell))) return false;
  return (cells.length >= 2 && ALL_EVENTS.test(cells.at(-1)!)) || (EVENT_LABEL.test(text) && WHEN.test(text));
}
