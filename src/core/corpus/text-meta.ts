/**
 * General metadata readers for page text: the dates German news pages print, bylines (read by byline.ts), and the
 * outlet named by a source line, the site's header or its copyright footer. They look only above the first
 * paragraphs and below the last ones, where pages put such furniture; the lines they read are taken out of the text.
 */
import { boilerplateReason, isProse, signOffSite, type LineContext } from './boilerplate.js';
import { readByline } from './byline.js';
import { findDate, isBareDate, isDateLine } from './dates.js';
import { isLoneByline, isPersonName } from './lone-byline.js';
import { offeredSite } from './offer-line.js';
import { COPYRIGHT, footerOutlet, isAgency, joinNames, NAMES, outletCase } from './names.js';
import { outletFromNote } from './text-notes.js';
import { roleByline } from './role-byline.js';
import { settleOutlet } from './outlet-name.js';
import { siteAddress } from './site-address.js';
import { siteHeader } from './site-header.js';
import { SENTENCE_END, squash, type Line, type Sourced, type TextMetadata } from './text.js';

/** "Katrin Wendel | hessenschau": a byline without "Von", the author then the outlet (checked against the page's outlet). */
const NAME_OUTLET = new RegExp(`^(${NAMES})\\s*[|·]\\s*([^|·]{2,40})$`, 'u');
const PUBLISHED = /^(?:Veröffentlicht|Erschienen|Publiziert|Erstellt)(?:\s+am)?\s*:?/i;
const UPDATED = /^(?:Stand|Aktualisiert|Zuletzt aktualisiert|Letzte Aktualisierung|Update)(?:\s+am)?\s*:?/i;
const SOURCE_LINE = /^Quelle\s*:\s*(.{2,60})$/;
/** A broadcaster's programme line, "SRF4 News aktuell, 27.07.23, 7:30 Uhr", "Sendung: MDR AKTUELL | 12.03.2023 | 19:30 Uhr": the broadcaster's acronym. */
const PROGRAMME = /^(?:(?:Sendung|Dieses Thema im Programm)\s*:\s*)?(?:Radio\s+)?(\p{Lu}{2,5})\s?\d*\b[^,|·]*[,|·].*\b\d{1,2}[:.]\d{2}\s*Uhr\b/u;


const fold = (name: string) => name.toLocaleLowerCase('de').replace(/^www\./, '');

interface Candidate extends Sourced {
  rank: number;
}

/**
 * "Nemo holt den ESC in die Schweiz – und das Land fragt: Wer zahlt das Fest?": a headline asking one short question
 * looks like prose but is no paragraph; counted as one, the head would end at the teaser, above the byline and date.
 */
function isQuestionHeadline(text: string): boolean {
  return text.length <= 120 && /[?!]$/.test(text) && !/[.!?]["»«“”']?\s+\p{Lu}/u.test(text.slice(0, -1));
}

/** Reads date, author and outlet into `meta` (where not yet known) and returns the lines without what it read. */
export function readTextMetadata(lines: Line[], meta: TextMetadata, context: LineContext): Line[] {
  const body = lines.map((line, i) => ({ i, prose: isProse(line.text) && !isQuestionHeadline(line.text) && boilerplateReason(line.text, context) === null }));
  const proseAt = body.filter((b) => b.prose).map((b) => b.i);
  const headEnd = proseAt[1] ?? lines.length;
  const tailStart = (proseAt.at(-1) ?? -1) + 1;
  const inFurniture = (i: number) => i <= headEnd || i >= tailStart;

  const dates: Candidate[] = [];
  const authors: Candidate[] = [];
  const outlets: Candidate[] = [];
  const out: Line[] = [];
  const bylinesWithOutlet: Array<{ line: Line; author: string; outlet: string }> = [];
  lines.forEach((line, i) => {
    if (!inFurniture(i)) return void out.push(line);
    const text = line.text;
    const where = i < tailStart ? 0 : 10; // the head beats the tail for dates and bylines
    const dateLine = isDateLine(text);
    if (dateLine) {
      const rank = PUBLISHED.test(text) ? 0 : UPDATED.test(text) ? 2 : 1;
      dates.push({ value: dateLine.iso, source: `date line "${text}"`, rank: rank + where });
      // "12.05.2023 · Von Lea Hartmann": the byline may share the date's line.
      const by = text.match(/\b[Vv]on\s.*$/);
      const byline = by ? readByline(by[0]) : null;
      if (byline) authors.push({ value: byline.author, source: `byline in "${text}"`, rank: where });
      // "15. April 2023 - 23:58 Uhr | Lena Hofbauer": the author's name alone after the date, set off by a bar or dot.
      const after = !byline && i <= headEnd ? text.match(/\s[|·]\s*([^|·]+)$/)?.[1]?.trim() : undefined;
      if (after && isPersonName(after) && !findDate(after)) authors.push({ value: after, source: `author's name after the date in "${text}"`, rank: 1 + where });
      // "Barbara Caduff, Mittwoch, 4. Oktober 2023, 06:30 Uhr": the name before the date, set off by a comma or bar,
      // with nothing but the date after it. A place's dateline ("Berlin, 4. Oktober 2023") is no person's name.
      const before = !byline && !after && i <= headEnd ? text.match(/^([^,|·]+?)\s*[,|·]\s*(.+)$/) : null;
      if (before && isPersonName(before[1]!) && !findDate(before[1]!) && isBareDate(before[2]!)) authors.push({ value: before[1]!, source: `author's name before the date in "${text}"`, rank: 1 + where });
      const programme = text.match(PROGRAMME);
      if (programme) outlets.push({ value: programme[1]!, source: `programme line "${text}"`, rank: 3.5 });
      return;
    }
    const glued = i <= headEnd ? splitGluedDateline(text) : null;
    if (glued) {
      dates.push({ value: glued.iso, source: `dateline "${glued.dateline}" before the first paragraph`, rank: (UPDATED.test(text) ? 2 : 1) + where });
      out.push({ ...line, text: glued.rest });
      return;
    }
    const byline = readByline(text);
    const signed = i <= headEnd && !byline ? text.match(NAME_OUTLET) : null;
    if (signed && !SENTENCE_END.test(text)) {
      bylinesWithOutlet.push({ line, author: signed[1]!, outlet: signed[2]!.trim() });
      return void out.push(line);
    }
    if (byline) {
      authors.push({ value: byline.author, source: `byline "${text}"`, rank: where });
      if (byline.date) dates.push({ value: byline.date, source: `byline "${text}"`, rank: 1 + where });
      return;
    }
    // "Georg Lechner" alone beside the date line under the headline: a byline without "Von" (a "Von" byline ranks first).
    if (i <= headEnd && isLoneByline(lines, i)) return void authors.push({ value: text, source: `author's name "${text}" beside the date line`, rank: 1 + where });
    const withJob = i <= headEnd ? roleByline(lines, i) : null;
    if (withJob) return void authors.push({ value: withJob, source: `author's name and job "${text}" beside the date line`, rank: 1 + where });
    const named = text.match(SOURCE_LINE);
    // "Quelle: ntv.de, mba/dpa", "Quelle: MDR/dpa": the outlet is the part that is no agency.
    const site = named && i >= tailStart ? named[1]!.split(/\s*[,/;]\s*/).find((part) => part && !isAgency(part)) : undefined;
    if (site) {
      // A site address there names the outlet; a plain name may be a data source ("Quelle: Statistisches Bundesamt").
      const isSite = siteAddress(site) !== null;
      outlets.push({ value: outletCase(site.replace(/\.$/, '')), source: `source line "${text}"`, rank: isSite ? 0 : 1.5 });
      return out.push(line); // the classifier drops it as a credit
    }
    // "Diese Nachricht wurde am 13.04.2023 im Programm Deutschlandfunk gesendet.": the broadcaster and the day.
    const noted = outletFromNote(text);
    if (noted) {
      outlets.push({ value: outletCase(noted), source: `broadcast note "${text}"`, rank: 2.5 });
      const day = findDate(text);
      if (day) dates.push({ value: day.iso, source: `broadcast note "${text}"`, rank: 1.5 + where });
    }
    // "red, ORF.at/Agenturen": the site that signs off the article is its outlet.
    const signOff = i >= tailStart ? signOffSite(text) : null;
    if (signOff) outlets.push({ value: signOff, source: `sign-off "${text}"`, rank: 0.5 });
    const domain = i >= tailStart ? siteAddress(text) : null;
    if (domain) outlets.push({ value: domain, source: `site address "${text}" at the end`, rank: 3 });
    // "tagesschau.de – ein Angebot der ARD": the site the footer names as its owner's offer is the outlet (offer-line.ts);
    // it goes before the © line's owner and after the site's own header.
    const offered = i >= tailStart ? offeredSite(text) : null;
    if (offered) outlets.push({ value: outletCase(offered), source: `owner's offer line "${text}"`, rank: 1.5 });
    const footer = i >= tailStart ? footerOutlet(text) : null;
    if (footer) outlets.push({ value: footer, source: `footer "${text}"`, rank: 2 });
    out.push(line);
  });
  const brand = siteHeader(lines);
  if (brand) outlets.push({ value: brand.value, source: brand.source, rank: 1 });

  const best = (list: Candidate[]): Sourced | undefined => {
    const top = [...list].sort((a, b) => a.rank - b.rank)[0];
    return top && { value: top.value, source: top.source };
  };
  const footers = lines.slice(tailStart).map((line) => line.text).filter((text) => COPYRIGHT.test(text));
  // The site addresses the page's furniture prints: "NDR.de" in a navigation row, "MDR.DE > Nachrichten" in a breadcrumb.
  const addresses = lines.filter((_, i) => inFurniture(i)).flatMap((line) => line.cells ?? line.text.split(/\s+/)).filter((word) => siteAddress(word) !== null);
  // "Name | Outlet" is a byline only when the right side is the page's outlet (its name or address) or an agency;
  // otherwise the line stays, for the other rules to judge.
  const outlet = settleOutlet(best(outlets), { footers, addresses });
  const read = new Set<Line>();
  for (const signed of bylinesWithOutlet) {
    const theOutlet = outlet !== undefined && [outlet.value, ...addresses].some((name) => fold(name) === fold(signed.outlet));
    if (!theOutlet && !isAgency(signed.outlet)) continue;
    authors.push({ value: joinNames(signed.author.split(/\s*,\s*|\s+und\s+|\s*&\s*|\s+and\s+/)), source: `byline "${signed.line.text}"`, rank: 0.5 });
    read.add(signed.line);
  }
  for (const [field, list] of [['date', dates], ['author', authors], ['outlet', outlets]] as const) {
    const found = field === 'outlet' ? outlet : best(list);
    if (found && !meta[field]) meta[field] = found;
  }
  // The header line that named the site is furniture too: left in, it heads a menu run or stands above the headline.
  if (brand) read.add(lines[brand.index]!);
  return out.filter((line) => !read.has(line));
}

/** "Stand: 11.01.2023 16:58 Uhr Im Münchner …": the dateline and the paragraph it was glued to. */
function splitGluedDateline(text: string): { iso: string; dateline: string; rest: string } | null {
  const label = text.match(UPDATED) ?? text.match(PUBLISHED);
  if (!label) return null;
  const date = findDate(text.slice(0, 60));
  if (!date) return null;
  let end = date.index + date.quote.length;
  const time = text.slice(end).match(/^,?\s*(?:um\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:Uhr)?(?:\s*(?:MEZ|MESZ))?\s*[|·–-]?\s*/);
  if (time) end += time[0].length;
  const rest = squash(text.slice(end));
  const dateline = squash(text.slice(0, end));
  return isDateLine(dateline) && rest.length > 0 ? { iso: date.iso, dateline, rest } : null;
}
