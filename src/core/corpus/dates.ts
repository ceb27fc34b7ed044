/** Dates as German (and English) news pages print them, turned into ISO "2023-05-12" or "2023-05". */

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, jänner: 1, january: 1, februar: 2, feb: 2, february: 2, märz: 3, maerz: 3, mär: 3, mar: 3, march: 3,
  april: 4, apr: 4, mai: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, october: 10, november: 11, nov: 11,
  dezember: 12, dez: 12, dec: 12, december: 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\.?,?';
const TIME = '(?:,?\\s*(?:um\\s*)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:Uhr|h)?)';

/** Every way a date is written, each with a function that turns its groups into [year, month, day?]. */
const FORMS: Array<{ re: RegExp; parts: (m: RegExpMatchArray) => [string, number, number?] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/, parts: (m) => [m[1]!, +m[2]!, +m[3]!] },
  { re: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b/, parts: (m) => [m[3]!, +m[2]!, +m[1]!] },
  { re: new RegExp(`\\b(\\d{1,2})\\.?\\s+${MONTH}\\s+(\\d{4})\\b`, 'iu'), parts: (m) => [m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'iu'), parts: (m) => [m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!] },
];

/** A date found in a string: its ISO form and the exact text it was read from. */
export interface FoundDate {
  iso: string;
  quote: string;
  index: number;
}

/** The first full date (day, month, year) written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const form of FORMS) {
    const m = text.match(form.re);
    if (!m || m.index === undefined) continue;
    const iso = toIso(...form.parts(m));
    if (iso && (!best || m.index < best.index)) best = { iso, quote: m[0], index: m.index };
  }
  return best;
}

/** True when a line is only a date (with weekday, time, "Uhr", a place or a label around it), not a sentence with a date in it. */
export function isDateLine(text: string): FoundDate | null {
  const found = text.length <= 90 ? findDate(text) : null;
  // "12.05.2023: Braun wird festgenommen" is a chronology entry: the date labels an event, it does not date the page.
  if (!found || /^\s*:\s*\p{L}/u.test(text.slice(found.index + found.quote.length))) return null;
  return otherWords(text, found) <= 3 ? found : null;
}

/** A date with nothing but weekday, time and labels around it ("Donnerstag, 03.08.2023, 14:27", "vor 2 Stunden · 03.08.23"): no place, no words. */
export function isBareDate(text: string): boolean {
  const found = text.length <= 90 ? findDate(text) : null;
  return found !== null && otherWords(text, found) === 0;
}

/** How many words a date line has besides its date, weekday, time, labels and a relative time ("vor 2 Stunden"). */
function otherWords(text: string, found: FoundDate): number {
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.quote.length))
    .replace(new RegExp(WEEKDAY, 'gu'), ' ')
    .replace(new RegExp(TIME, 'gu'), ' ')
    .replace(/\b(?:vor|seit)\s+(?:\d+|einer?)\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?)\b/giu, ' ')
    // A print edition's date line names the issue and its page: "Ausgabe vom 09.03.2024, Seite 5 / Inland".
    .replace(/\b(?:Ausgabe|Printausgabe)\b|\bSeite\s+\d+\s*\/?/gu, ' ')
    .replace(/\b(Stand|Aktualisiert|Zuletzt aktualisiert|Letzte Aktualisierung|Veröffentlicht|Erschienen|Publiziert|Erstellt|Update|am|vom|um|Uhr|MEZ|MESZ)\b:?/giu, ' ')
    .replace(/[|,·•:;()\-–—]/g, ' ')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length;
}

/** An ISO date or month from metadata ("2023-05-12T10:00:00+02:00", "2023-05-12", "12.05.2023", "2023-05"). */
export function normaliseDate(value: string): string | null {
  const month = value.trim().match(/^(\d{4})-(\d{2})$/);
  if (month) return toIso(month[1]!, +month[2]!);
  // A UTC timestamp shortly before midnight is the next day where the page was published: use German time.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*Z$/.test(value.trim())) {
    const time = new Date(value.trim());
    if (!Number.isNaN(time.getTime())) return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(time);
  }
  return findDate(value)?.iso ?? null;
}

/** A leading date, weekday and time ("Freitag, 12. Mai 2023, 14:32 Uhr") as a pattern, for cutting datelines off text. */
export const DATE_PREFIX = new RegExp(
  `^(?:${WEEKDAY}\\s*)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})|\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})${TIME}?`,
  'iu',
);

function toIso(year: string, month: number, day?: number): string | null {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  if (y < 1900 || y > 2100 || month < 1 || month > 12) return null;
  if (day === undefined) return `${y}-${String(month).padStart(2, '0')}`;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
