/**
 * Rows of a copied page that only their shape gives away: a navigation row of site sections and site addresses,
 * and a live ticker's timestamped entries ("13:57 Uhr – Abpfiff in Brisbane!") quoted under an article.
 */
import { HOST } from './site-address.js';
import { SENTENCE_END, type Line } from './text.js';

/** A site address as a menu prints it: "sport.ORF.at", "news.ORF.at", "ORF.at-Startseite", "kicker.de/frauen". */
const SITE = new RegExp(`^${HOST}(?:[-/][\\p{L}\\d/-]*)?$`, 'iu');

/**
 * A navigation row: three or more entries a browser copied with wide gaps or tabs between them, none a sentence
 * and none longer than a short link text — or, squashed into single spaces, a short row naming two or more site
 * addresses ("sport.ORF.at news.ORF.at TVthek Sound"). A headline names no site and has no gaps in it.
 */
export function isNavigationRow(line: Pick<Line, 'text' | 'cells'>): boolean {
  const { text, cells } = line;
  if (SENTENCE_END.test(text)) return false;
  if (cells && cells.length >= 3 && cells.every((cell) => cell.split(' ').length <= 6 && !SENTENCE_END.test(cell))) return true;
  const words = text.split(' ');
  return words.length <= 12 && words.filter((word) => SITE.test(word)).length >= 2;
}

/**
 * A live ticker's entry: a clock time, then a dash or colon, then the event ("13:57 Uhr – Abpfiff …", "90:12 - Tor"),
 * also framed in the ticker's plus signs ("+++ 11:05 Uhr: Wasserstraßenamt stoppt den Schiffsverkehr +++").
 */
const TICKER_ENTRY = /^(?:\+{2,3}\s*)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*(?:[–—-]|:)\s+\S/;
/** Ticker entries are a line or two; a reportage paragraph that opens with a time goes on for longer. */
const MAX_ENTRY = 250;

/**
 * Marks live-ticker excerpts in `drop`: two or more timestamped entries in a row — one alone may be a
 * paragraph that opens with its time — with a short, sentence-less line of their block just above and below them
 * ("Aus dem Live-Ticker", "Den kompletten Live-Ticker zum Nachlesen"). A sentence that names a time ("Um 13:57 Uhr pfiff
 * die Schiedsrichterin ab.") does not start with it and stays.
 */
export function dropTickerRuns(lines: Line[], drop: Set<number>): void {
  const entry = (i: number) => i < lines.length && TICKER_ENTRY.test(lines[i]!.text) && lines[i]!.text.length <= MAX_ENTRY;
  for (let i = 0; i < lines.length; i++) {
    if (!entry(i)) continue;
    let end = i;
    while (entry(end + 1)) end++;
    if (end > i) {
      for (let k = i; k <= end; k++) drop.add(k);
      for (const k of [i - 1, end + 1]) if (lines[k] && isTickerLabel(lines[k]!, lines[i]!.block)) drop.add(k);
    }
    i = end;
  }
}

/** A short line without a sentence end in the ticker's block: its title or its "read the whole ticker" link. */
function isTickerLabel(line: Line, block: number): boolean {
  return line.block === block && line.text.split(' ').length <= 8 && !SENTENCE_END.test(line.text);
}
