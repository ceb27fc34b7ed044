/**
 * Gopher pages (taz.de through a gopher proxy): every line sits inside "| … |" table borders, wrapped at a fixed
 * width, with no blank lines between paragraphs. These functions strip the borders, read the page's furniture for
 * metadata and reflow the wrapped lines into paragraphs.
 */
import { isoDay, maxOf, SENTENCE_END, squash, type Line, type TextMetadata } from './text.js';

/** A row of a gopher page: content framed by "| … |" table borders, sometimes with an empty second cell. */
const GOPHER_ROW = /^\|\s?(.*?)\s*\|(?:\s*\|)?\s*$/;
const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', mär: '03', apr: '04', may: '05', mai: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', okt: '10', nov: '11', dec: '12', dez: '12',
};
const DATE_LINE = /^(\d{1,2})\.? ([A-Za-zä]{3})[a-zä]*\.? (\d{4})$/;
const KNOWN_DOMAINS: Record<string, string> = { 'taz.de': 'taz' };

/** True when most lines are framed by gopher table borders. */
export function isGopher(text: string): boolean {
  const rows = text.split('\n').filter((row) => row.trim() !== '');
  return rows.length > 0 && rows.filter((row) => GOPHER_ROW.test(row)).length >= 0.8 * rows.length;
}

/**
 * Strips the borders and rebuilds paragraphs. The page has no blank lines between paragraphs, so it uses the
 * classic reflow heuristic: a greedy wrapper fills every line up to the wrap width, so a line that ends a
 * sentence although the next line's first word would still have fitted must have ended its paragraph.
 * The wrap width is taken as the longest body row; if the real width is larger, the error can only join two
 * paragraphs, never cut one. A paragraph that ends on a full line is invisible to the heuristic and is joined
 * to the next. Lines are joined with a space only: hyphens here belong to compounds
 * ("diktatorisch-stalinistischen"), and guessing syllable breaks would corrupt them.
 */
export function unwrapGopher(text: string, meta: TextMetadata): Line[] {
  const rows = text.split('\n').map((row) => (row.match(GOPHER_ROW)?.[1] ?? row).trimEnd());
  const trailerAt = rows.findIndex((row) => row.startsWith('## '));
  const body = trailerAt < 0 ? rows : rows.slice(0, trailerAt);
  const width = maxOf(body.filter(isBodyRow).map((row) => row.length), 0);
  const lines: Line[] = [];
  const emit = (paragraph: string): void => void lines.push({ text: squash(paragraph), block: lines.length });
  let run: string[] = [];
  let lead: string[] = [];
  const flush = (): void => {
    if (lead.length > 0) emit(lead.join(' '));
    let paragraph: string[] = [];
    run.forEach((row, i) => {
      paragraph.push(row);
      const next = run[i + 1];
      if (next === undefined || endsParagraph(row, next, width)) {
        emit(paragraph.join(' '));
        paragraph = [];
      }
    });
    [run, lead] = [[], []];
  };
  for (const row of body) {
    if (row.startsWith('> ')) {
      // "> " rows are the lead (teaser) paragraph.
      if (run.length > 0) flush();
      lead.push(row.slice(2));
      continue;
    }
    if (lead.length > 0) flush();
    const title = row.match(/^# (?:(\S+\.[a-z]{2,}) -- )?(.+)$/);
    const date = row.match(DATE_LINE);
    const month = date ? MONTHS[date[2]!.toLowerCase()] : undefined;
    // The renderer cuts over-long headings and captions to the wrap width with "…": not the text as written.
    const truncated = /\p{L}…$/u.test(row) && row.length >= width - 5;
    if (title || date || truncated || row.startsWith('Bild: ') || row.trim() === '') {
      flush();
      if (title?.[2]) meta.title ??= { value: squash(title[2]), source: `gopher title line "# ${title[1] ?? ''} -- …"` };
      if (title?.[1]) meta.outlet ??= { value: KNOWN_DOMAINS[title[1]] ?? title[1], source: `domain "${title[1]}" in the title line` };
      if (date && month) meta.date ??= { value: isoDay(date[3]!, month, date[1]!), source: `date line "${row}"` };
      continue;
    }
    run.push(row);
  }
  flush();
  readGopherTrailer(trailerAt < 0 ? [] : rows.slice(trailerAt), meta);
  return lines;
}

function isBodyRow(row: string): boolean {
  return row !== '' && !/^(#|> |Bild: |\[\d+\] )/.test(row) && !row.endsWith('…') && !DATE_LINE.test(row);
}

function endsParagraph(line: string, next: string, width: number): boolean {
  const nextWord = next.split(' ')[0] ?? '';
  return SENTENCE_END.test(line) && line.length + 1 + nextWord.length <= width;
}

/** "## LINKS", "## TAGS", "## ARTIKEL ZUM THEMA" … are page furniture; only the author list is worth keeping. */
function readGopherTrailer(rows: string[], meta: TextMetadata): void {
  let section = '';
  const authors: string[] = [];
  for (const row of rows) {
    if (row.startsWith('## ')) section = row.slice(3).trim().toUpperCase();
    else if (section.startsWith('AUTOR') && row.trim() !== '') authors.push(squash(row));
  }
  if (authors.length > 0) meta.author ??= { value: authors.join(', '), source: 'author list "## AUTOREN" at the end of the page' };
}

// ---------------------------------------------------------------- block rules

