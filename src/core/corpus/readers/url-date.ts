/**
 * The day in the page's own address: "https://www.example.de/2023/06/23/meinung/kommentar.html" or
 * "…/politik/2023-06-23-haushalt.html". Many sites file an article under the day it appeared, so a page with no date
 * tag, no date line and no stamp is still dated by it. Only the page's own address counts (og:url, canonical: links to
 * other articles carry their days), only in its path (a query's "?from=2023/06/23" is a search), only a whole valid
 * day (a year and month alone are an archive's folder), and only as the last resort after everything the page prints.
 */
import type { Sourced } from '../text.js';

/** "/2023/06/23/" or "/2023-06-23-" as a path segment, the same separator twice. */
const PATH_DAY = /(?:^|\/)((?:19|20)\d{2})([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/;

/** The ISO day the page's own address files it under, or null. */
export function urlDate(url: string | null): Sourced | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null; // not an absolute address: nothing to read a day from
  }
  const m = path.match(PATH_DAY);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  // 2023/02/30 is no day: Date rolls it over into March.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  return { value: `${m[1]}-${m[3]}-${m[4]}`, source: `page: the day in its own address "${url}"` };
}
