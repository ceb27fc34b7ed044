/**
 * "t3n Magazin" as og:site_name, "… | t3n" as the <title>'s suffix, t3n.de as the address: the site gives its name
 * with a word after it in one tag, and twice without it — in the title every reader sees in the tab and in the
 * address they type. Two of the page's own namings agree on the short name, so that is the outlet ("laut t3n").
 * A short name that is not the address's label ("NZZ" in the title of nzz.ch under "Neue Zürcher Zeitung" — not the
 * longer name's opening words) or a suffix the site name does not begin with leaves the name as read.
 */
import { outletFromUrl } from './names.js';
import type { Sourced } from './text.js';

const fold = (s: string) => s.toLocaleLowerCase('de');

/** The short name the <title> suffix and the address agree on, when the name read first is it with one or two words after; else the name read. */
export function shortBrand(found: Sourced, titleSuffix: string | null, url: string | null): Sourced {
  const host = url ? outletFromUrl(url) : null;
  const label = host?.split('.').at(-2);
  if (!titleSuffix || !label || fold(titleSuffix) !== fold(label)) return found;
  const after = found.value.slice(titleSuffix.length);
  const opens = fold(found.value).startsWith(fold(titleSuffix)) && /^\s+\p{L}+(?:\s+\p{L}+)?$/u.test(after);
  return opens ? { value: titleSuffix, source: `${found.source} "${found.value}", shortened to the name the <title> suffix and the address ${host} give` } : found;
}
