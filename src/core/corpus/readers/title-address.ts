/**
 * A <title> whose suffix is the site's name and then its address: "Headline | Nordbayerischer Kurier - kurier.de".
 * The last separator splits off only the address; the name before it, one of whose words the address spells
 * ("kurier" in "Nordbayerischer Kurier"), is the outlet the page names, and the headline is what stands before both.
 */
import { siteAddress } from '../site-address.js';

/** A title's last part after a bar or dash: the name before an address (up to four words). */
const NAME_BEFORE = /^(.+)\s+[|–—»-]\s+(\p{Lu}[^|–—»]{1,39})$/u;

/**
 * [headline, name] when `suffix` is an address and the title before it ends with a name the address spells one of
 * the words of; else the split as given.
 */
export function nameBeforeAddress(head: string, suffix: string | null): [string, string | null] {
  const host = suffix ? siteAddress(suffix) : null;
  const label = host?.split('.').at(-2)?.toLocaleLowerCase('de');
  const m = label ? head.match(NAME_BEFORE) : null;
  if (!m || m[2]!.split(' ').length > 4) return [head, suffix];
  const words = m[2]!.toLocaleLowerCase('de').split(/[\s-]+/);
  return words.includes(label!) || words.join('') === label ? [m[1]!, m[2]!.trim()] : [head, suffix];
}
