/**
 * "Cicero Online": a name with "Online" after it is the web edition of a publication. When the page's own copyright
 * footer prints the publication's name standing alone ("… · Cicero – Magazin für politische Kultur"), that name is
 * the one a reader uses ("laut Cicero"), and the outlet is named so. A footer that carries "Online" itself
 * ("© ZEIT ONLINE GmbH", "© FOCUS Online 1996-2023") or names only a company ("© Heise Medien GmbH") keeps the name.
 * A paper's letters with "online", even glued as a header brand prints it ("NWZonline", "RP ONLINE"), are the paper's
 * web edition too, when the footer names a paper those letters spell ("© Nordwest-Zeitung Verlagsgesellschaft mbH &
 * Co. KG": Nord-West-Zeitung), and the paper is the outlet (acronymEdition).
 */
import { compoundAcronym, isAcronymOf } from './acronym.js';
import { PUBLISHER } from './address-name.js';
import { footerOutlet } from './names.js';
import type { Sourced } from './text.js';

const fold = (s: string) => s.toLocaleLowerCase('de');

/** The publication a web edition's name stands for, when the footer names it alone; else null. */
export function webEdition(found: Sourced, footers: string[]): Sourced | null {
  const name = found.value.match(/^(\S.*?)\s+online$/i)?.[1];
  if (!name) return null;
  // The footer's parts between its separators, without the copyright sign and year: "Cicero – Magazin für …".
  const parts = (footer: string) => footer.split(/\s+[·|]\s+/).map((part) => part.replace(/^©\s*(?:\d{4}\s+)?/, '').trim());
  // The name alone, or before a dash and its claim ("Cicero – Magazin für politische Kultur").
  const standsAlone = (part: string) => fold(part) === fold(name) || new RegExp(`^${escape(fold(name))}\\s+[–—-]\\s+\\p{L}`, 'u').test(fold(part));
  const footer = footers.find((line) => parts(line).some(standsAlone));
  return footer ? { value: name, source: `${found.source}, the web edition of "${name}" the footer "${footer}" names` } : null;
}

/** The paper a web edition's letters stand for ("NWZonline", "MOZ Online"), when the footer names a paper they spell; else null. */
export function acronymEdition(found: Sourced, footers: string[]): Sourced | null {
  const letters = found.value.match(/^(\p{Lu}{2,5})\s?(?:online|Online|ONLINE)$/u)?.[1];
  if (!letters) return null;
  for (const line of footers) {
    const name = footerOutlet(line);
    // The paper's name before a publishing house's word: "Nordwest-Zeitung Verlagsgesellschaft mbH" → "Nordwest-Zeitung".
    const at = name ? name.search(PUBLISHER) : -1;
    const paper = (at > 0 ? name!.slice(0, at) : name ?? '').trim();
    if (paper && (isAcronymOf(letters, paper) || compoundAcronym(letters, paper.split(/\s+/)))) {
      return { value: paper, source: `${found.source}, the web edition of the paper the footer "${line}" names` };
    }
  }
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
