/**
 * A site's logo that names the outlet short, when the copyright footer prints the whole name:
 * - capitals glued to a word, "OÖNachrichten", when a part of the footer is that word after words whose letters the
 *   capitals are ("Oberösterreichische Nachrichten": O, Ö): the logo sets the words' letters, the footer the name;
 * - one word the footer's name extends by one word, "Schwäbische" over "© Schwäbische Zeitung 2024": the logo cuts
 *   the paper's name short. A company's word after it ("GmbH", "Verlag", "Redaktion", "Online") names the publisher
 *   or an edition, not the paper, and the logo stays; so does a magazine's genre word, "Monopol" over "© … – Monopol
 *   Magazin": readers name the magazine by its brand ("laut Monopol"), while a paper's adjective needs its noun.
 * A site address is left to the other rules of outlet-name.ts.
 */
import { footerOutlet } from './names.js';
import { siteAddress } from './site-address.js';
import type { Sourced } from './text.js';

/**
 * Words that make a name a company's, a newsroom's or an edition's, not the paper's, or that only say what kind of
 * publication it is, "Magazin" (13 words, general knowledge).
 */
const NOT_THE_PAPER = /^(?:GmbH|AG|eG|KG|SE|Verlag|Media|Medien|Redaktion|Online|Digital|Magazin|Magazine)$/;

/** The footer's whole name for a logo that shows it short, or null. */
export function logoName(found: Sourced, footers: string[]): Sourced | null {
  if (siteAddress(found.value)) return null;
  const glued = found.value.match(/^(\p{Lu}{2,4})(\p{Lu}\p{Ll}{3,})$/u);
  if (glued) {
    const [, letters, word] = glued;
    for (const footer of footers) {
      for (const part of footer.split(/\s+[|·•–—]\s+/)) {
        const name = part.replace(/^©\s*/, '').replace(/\s+\d{4}$/, '').trim();
        const words = name.split(/\s+/);
        if (words.length >= 2 && words.at(-1) === word && lettersIn(letters!, words.slice(0, -1).join(' '))) {
          return { value: name, source: `${found.source}, the logo's letters of the name the footer prints, "${name}"` };
        }
      }
    }
    return null;
  }
  if (!/^\p{Lu}\p{Ll}+$/u.test(found.value)) return null;
  const footer = footers.map(footerOutlet).find((name): name is string => name !== null);
  const rest = footer?.startsWith(`${found.value} `) ? footer.slice(found.value.length + 1) : '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(rest) || NOT_THE_PAPER.test(rest)) return null;
  return { value: footer!, source: `${found.source}, the paper's name the footer prints whole, "${footer}"` };
}

/** Whether every letter of `letters` stands in `words` in order, the first opening them: "OÖ" in "Oberösterreichische", "AZ" in "Abendzeitung München". */
export function lettersIn(letters: string, words: string): boolean {
  const lower = words.toLocaleLowerCase('de');
  const wanted = letters.toLocaleLowerCase('de');
  if (lower[0] !== wanted[0]) return false;
  let at = 1;
  for (const letter of wanted.slice(1)) {
    at = lower.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
