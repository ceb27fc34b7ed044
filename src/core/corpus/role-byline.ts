/**
 * A byline without "Von" that names the author's job after the name, beside the date line: "Simon Baumgartner,
 * Redaktor Gesellschaft" / "21.07.2023, 16:05 Uhr" (Swiss papers sign so). The job word is what makes it a byline, so
 * unlike a bare name (lone-byline.ts) no headline is needed above it; a name with a job elsewhere in the story stays.
 */
import { isDateLine } from './dates.js';
import { isPersonName } from './lone-byline.js';
import type { Line } from './text.js';

/** The newsroom jobs bylines name (7 stems, general knowledge), compounds allowed ("Polizeireporterin", "Chefredaktor"). */
const JOB = /^\p{L}*(?:[Rr]edaktor|[Rr]edakteur|[Kk]orrespondent|[Rr]eporter|[Aa]utor|[Vv]olontär|[Rr]essortleiter)(?:in|en|innen)?$/u;

/** The author's name when line `i` is "Name, Job [Desk]" in the same block as a date line next to it, or null. */
export function roleByline(lines: Line[], i: number): string | null {
  const line = lines[i]!;
  const m = line.text.match(/^([^,]{5,50}),\s+(\S+)(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u);
  if (!m || !isPersonName(m[1]!) || !JOB.test(m[2]!)) return null;
  const beside = [i - 1, i + 1].some((k) => lines[k]?.block === line.block && isDateLine(lines[k]!.text) !== null);
  return beside ? m[1]! : null;
}
