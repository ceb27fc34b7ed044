/**
 * A site name that is only the site's address, renamed by the name the page's copyright footer prints for the same
 * letters: spelled with umlauts ("suedostschweiz.ch" + "© … – Südostschweiz" → "Südostschweiz"), or as the name of the
 * publishing house named after it ("kreiszeitung.de" + "© Kreiszeitung Verlagsgesellschaft mbH" → "Kreiszeitung";
 * "NÖN.at" + "© 2024 NÖN – Niederösterreichische Nachrichten …" → "NÖN"). A reader names the paper, not where it lives.
 * A footer printing the address itself ("© Merkur.de 2023", "© ARD-aktuell / tagesschau.de") or a longer name
 * ("Spektrum der Wissenschaft Verlagsgesellschaft" under "Spektrum.de") leaves the address as the name.
 */
import { TLD } from './site-address.js';
import type { Sourced } from './text.js';

/** A publishing house's word (5 stems, general knowledge): the name before it is the paper's. */
export const PUBLISHER = /(?:verlag|verlagsgesellschaft|verlagsgruppe|mediengruppe|medienhaus)\w*\b/i;

/** A one-label address, its letters perhaps with umlauts as a masthead prints them ("NÖN.at"). */
const LABELLED = new RegExp(`^(?:www\\.)?([\\p{L}\\d-]+)\\.${TLD}$`, 'iu');

/** The address's one label before its domain ending ("kreiszeitung" of "kreiszeitung.de"), or null for any other name. */
function addressLabel(found: Sourced): string | null {
  return found.value.match(LABELLED)?.[1] ?? null;
}

/** The address spelling the footer's name without umlauts ("ue", "oe", "ae", "ss"): that name; else null. */
export function umlautAddress(found: Sourced, footer: string): Sourced | null {
  const label = addressLabel(found);
  if (!label || !/[äöüß]/i.test(footer)) return null;
  const spelled = footer.toLocaleLowerCase('de').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[\s-]+/g, '');
  return spelled === label.toLowerCase().replace(/-/g, '') ? { value: footer, source: `${found.source}, the address spelling the footer's "${footer}" without umlauts` } : null;
}

/** The footer's name, before any publishing-house word, when it is the address's label in capitals of its own; else null. */
export function footerNameOfAddress(found: Sourced, footer: string): Sourced | null {
  const label = addressLabel(found);
  const at = footer.search(PUBLISHER);
  const name = (at > 0 ? footer.slice(0, at) : footer).trim();
  if (!label || !name || name.toLocaleLowerCase('de') !== label.toLocaleLowerCase('de')) return null;
  return { value: name, source: `${found.source}, the address of the name the footer prints, "${footer}"` };
}
