/**
 * What remains per outlet: what no general rule can know. blue News pages (as saved by one scraper) start with a
 * header that glues date, headline and lead into one line, and carry a summary box that names the outlet.
 */
import { isoDay, SENTENCE_END, type Line, type TextMetadata } from './text.js';

/** blue News pages start with " date 2023-07 <headline> <lead> 26.07.2023" on one line. */
export function readScrapeHeader(lines: Line[], meta: TextMetadata): Line[] {
  const first = lines[0];
  const header = first?.text.match(/^date (\d{4}-\d{2}) (.+?)(?: (\d{1,2})\.(\d{1,2})\.(\d{4}))?$/);
  if (!first || !header) return lines;
  const [, month, rest, day, mon, year] = header;
  meta.date ??= day
    ? { value: isoDay(year!, mon!, day), source: `"${day}.${mon}.${year}" at the end of the first line` }
    : { value: month!, source: `"date ${month}" prefix of the first line` };
  // Headline and lead are glued; the lead starts where a sentence-opening word follows a lowercase word.
  const split = rest!.match(/^([^.!?]{10,160}?[\p{Ll}\d])\s+((?:Der|Die|Das|Den|Dem|Ein|Eine|Es|Er|Sie|Im|Am|Nach|Seit|Mit|Bei)\s.+)$/u);
  const headline = split ? split[1]! : rest!;
  if (!SENTENCE_END.test(headline)) meta.title ??= { value: headline, source: 'headline at the start of the first line' };
  const lead = split ? split[2]! : SENTENCE_END.test(headline) ? headline : '';
  return lead ? [{ ...first, text: lead }, ...lines.slice(1)] : lines.slice(1);
}

/** blue News' "Keine Zeit? blue News fasst für dich zusammen" box runs up to "Mehr anzeigen": one summary paragraph. */
export function joinSummaryBox(lines: Line[], meta: TextMetadata): Line[] {
  const start = lines.findIndex((line) => /^Keine Zeit\? .+? fasst für dich zusammen\b/.test(line.text));
  if (start < 0) return lines;
  const outlet = lines[start]!.text.match(/^Keine Zeit\? (.+?) fasst/)![1]!;
  meta.outlet ??= { value: outlet, source: `summary box "Keine Zeit? ${outlet} fasst für dich zusammen"` };
  const endOffset = lines.slice(start, start + 8).findIndex((line) => /Mehr anzeigen$/.test(line.text));
  const box = lines.slice(start, start + Math.max(endOffset, 0) + 1);
  const text = box
    .map((line) => line.text)
    .join(' ')
    .replace(/^Keine Zeit\? .+? fasst für dich zusammen\s*/, '')
    .replace(/\s*Mehr anzeigen$/, '');
  return [...lines.slice(0, start), { text, block: box[0]!.block, list: true }, ...lines.slice(start + box.length)];
}
