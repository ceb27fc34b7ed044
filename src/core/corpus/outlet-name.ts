/**
 * One outlet, one name. A page names its outlet several ways: a brand in its header or address ("NDR.de",
 * "RP ONLINE", "n-tv.de"), a section address ("sport.ORF.at"), a source line ("Quelle: MDR SACHSEN/dpa") and the
 * publisher's legal name in the copyright footer ("© Norddeutscher Rundfunk 2022"). When the name read first and
 * the footer's name are the same outlet, this picks one name for it by a rule that knows no outlet:
 * - the short name the site itself goes by in its address, when it abbreviates a broadcaster's legal name in the
 *   footer ("NDR.de" + "Norddeutscher Rundfunk" → "NDR"; a paper's title stays whole, "VN.at" + "Vorarlberger
 *   Nachrichten" → "Vorarlberger Nachrichten"), or, for a name that is only an address, when the footer's name begins
 *   with it ("n-tv.de" + "n-tv Nachrichtenfernsehen" → "n-tv"; "tagesschau.de" + "© … tagesschau.de" stays);
 * - otherwise, a name that only abbreviates the footer's name with a word after it ("RP ONLINE" + "Rheinische
 *   Post") is a product or edition of the publisher, and the footer's name is the outlet ("Rheinische Post");
 * - a section address is its site's owner when the footer names the owner ("sport.ORF.at" + "ORF.at © 2023" → "ORF");
 * - the footer's acronym with one word after it is the publisher's news brand, and the footer's name is the outlet
 *   ("SWR Aktuell" + "© SWR 2023" → "SWR");
 * - a logo setting the name's letters before the footer's name is that name ("AZ Abendzeitung München" + "© Abendzeitung
 *   München 2023" → "Abendzeitung München").
 * A site name that is only an address gives way to the name the page gives itself without the domain ending
 * ("stern.de" + JSON-LD publisher "stern" → "stern", brandOfAddress), and an address gluing capitalised words to
 * those words when the footer prints them apart ("DiePresse.com" + "… | Die Presse Verlags-Gesellschaft" → "Die
 * Presse"); an address the publisher tag itself gives ("Golem.de" over "© Golem Media GmbH") stays the name; a web
 * edition's name is the publication's when the footer names that alone ("Cicero Online" → "Cicero", web-edition.ts).
 */
import { compoundAcronym, isAcronymOf } from './acronym.js';
import { footerNameOfAddress, PUBLISHER, umlautAddress } from './address-name.js';
import { lettersIn, logoName } from './logo-name.js';
import { footerOutlet } from './names.js';
import { siteAddress, TLD } from './site-address.js';
import type { Sourced } from './text.js';
import { acronymEdition, webEdition } from './web-edition.js';

/** A broadcaster's legal name: the words public and private radio and television companies name themselves by (8 stems, general knowledge). */
const BROADCASTER = /(?:rundfunk|fernsehen|radio|hörfunk|sender|welle|television|broadcasting)\b/i;


/** What the page shows besides the outlet name read first: its copyright lines and the site addresses it prints. */
export interface OutletEvidence {
  footers: string[];
  addresses: string[];
  /** The name the page's publisher tag gives (JSON-LD publisher.name or a publisher meta tag), if any. */
  publisher?: string | null;
  /** The <title>'s last part after a bar ("… | SR.de"), if any. */
  tabName?: string | null;
}

/** The outlet read first, renamed when the page shows it by another name of the same outlet (see the file comment). */
export function settleOutlet(found: Sourced | undefined, page: OutletEvidence): Sourced | undefined {
  if (!found) return found;
  const settled = renamed(found, page);
  // Last, a paper's letters with "online" ("NWZonline") that no rule above renamed: the paper the footer names (web-edition.ts).
  return settled === found ? (acronymEdition(found, page.footers) ?? found) : settled;
}

function renamed(found: Sourced, page: OutletEvidence): Sourced {
  const owner = sectionOwner(found, page.footers);
  if (owner) return owner;
  const spaced = spacedAddress(found, page.footers) ?? webEdition(found, page.footers) ?? logoName(found, page.footers);
  if (spaced) return spaced;
  // The publisher calls itself by its address ("Golem.de" as JSON-LD publisher over "© Golem Media GmbH"): the
  // address is its name, as "tagesschau.de" is; the footer's company does not shorten it.
  if (siteAddress(found.value) && page.publisher && page.publisher.toLocaleLowerCase('de') === found.value.toLocaleLowerCase('de')) return found;
  // So does a site whose name tag gives its address and whose <title> repeats it ("SR.de" as og:site_name, "… | SR.de"):
  // the footer's legal name ("© Saarländischer Rundfunk") is the owner, the page names itself by its address twice.
  if (siteAddress(found.value) && found.source === 'page: og:site_name' && page.tabName?.toLocaleLowerCase('de') === found.value.toLocaleLowerCase('de')) return found;
  const footer = page.footers.map(footerOutlet).find((name): name is string => name !== null);
  if (!footer) return found;
  const umlauts = umlautAddress(found, footer);
  if (umlauts) return umlauts;
  // "SWR Aktuell" over "© SWR 2023": the publisher's acronym and one word, a broadcaster's news brand ("MDR AKTUELL",
  // "NDR Info"). Readers name the broadcaster ("berichtet der SWR"), as the footer does; "BR24", one word, is a name of its own.
  const [first, ...rest] = found.value.split(/\s+/);
  if (/^\p{Lu}{2,5}$/u.test(footer) && !/^(?:DER|DIE|DAS)$/.test(footer) && first === footer && rest.length === 1) {
    return { value: footer, source: `${found.source}, a news brand of the publisher the footer names, "${footer}"` };
  }
  const fold = (s: string) => s.toLocaleLowerCase('de');
  // "AZ Abendzeitung München" over "© Abendzeitung München 2023": a logo setting the name's letters before the name
  // the footer prints ("AZ" of Abend-Zeitung, each letter in the name, in order, the first opening it). Readers and the
  // footer name the paper; the letters are its logo.
  // The logo may set a dash between its letters and the name ("OZ - Ostfriesen-Zeitung"), as a masthead does.
  const named = rest[0] !== undefined && /^[–—-]$/.test(rest[0]) ? rest.slice(1) : rest;
  if (/^\p{Lu}{2,5}$/u.test(first!) && named.length >= 1 && fold(named.join(' ')) === fold(footer) && lettersIn(first!, footer)) {
    return { value: footer, source: `${found.source}, the logo's letters before the name the footer prints, "${footer}"` };
  }
  // "SVZ" in the header over "© Schweriner Volkszeitung 2024": a bare logo acronym of the paper the footer prints (its
  // letters may reach into the compound, Volks-Zeitung) is that paper, as "VN.at" is; a broadcaster keeps its letters,
  // and so does a publisher printing them itself ("© RND RedaktionsNetzwerk Deutschland GmbH": its name is "RND").
  if (/^\p{Lu}{2,5}$/u.test(found.value) && /\s/.test(footer) && !BROADCASTER.test(footer) && !footer.split(/\s+/).includes(found.value) && (isAcronymOf(found.value, footer) || compoundAcronym(found.value, footer.split(/\s+/)))) {
    return { value: footer, source: `${found.source}, the logo's letters of the paper the footer names, "${footer}"` };
  }
  const label = (address: string) => address.split('.').at(-2)!; // "NDR.de" → "NDR", "www.n-tv.de" → "n-tv"
  const own = siteAddress(found.value);
  const labels = [own, ...page.addresses.map(siteAddress)].filter((a): a is string => a !== null).map(label);
  // A name beats an address: "ZEIT ONLINE" stays though its address zeit.de begins the footer's "ZEIT ONLINE GmbH".
  // A footer naming a publishing house ("Spektrum der Wissenschaft Verlagsgesellschaft") names the owner, not the
  // site: "Spektrum.de" stays as the site calls itself.
  const begins = (name: string) => (own && !PUBLISHER.test(footer) && fold(footer).startsWith(fold(name)) && !/^[\w.-]/.test(footer.slice(name.length)) ? footer.slice(0, name.length) : undefined);
  // "MOZ.de" + "Märkische Oderzeitung": the letters may reach into the last word's compound (Oder-Zeitung).
  const abbreviates = (name: string) => isAcronymOf(name, footer) || (/\s/.test(footer) && compoundAcronym(name, footer.split(/\s+/)));
  const short = labels.map((name) => (abbreviates(name) ? name : begins(name))).find((name) => name !== undefined);
  const head = found.value.split(' ')[0]!;
  // The same outlet: the footer's own name, a name opening with its acronym, or a name or address giving the short name.
  const same = fold(found.value) === fold(footer) || isAcronymOf(head, footer) || (short !== undefined && (fold(head) === fold(short) || (own !== null && fold(label(own)) === fold(short))));
  // Last, when no rule above renamed it: a bare address the footer prints as a name (address-name.ts).
  if (!same) return footerNameOfAddress(found, footer) ?? found;
  // An address abbreviating a paper's printed title ("VN.at" + "© Vorarlberger Nachrichten") is only where the paper
  // lives: its masthead and its readers name the title. A broadcaster goes by its letters, not its legal name
  // ("NDR.de" + "© Norddeutscher Rundfunk" → NDR), so only there the address's acronym wins.
  if (short && abbreviates(short) && !BROADCASTER.test(footer)) return { value: footer, source: `${found.source}, the address of the paper the footer names, "${footer}"` };
  if (short && fold(short) !== fold(found.value)) return { value: short, source: `${found.source}; the site's address calls the footer's "${footer}" "${short}"` };
  if (!short && head !== found.value && isAcronymOf(head, footer)) return { value: footer, source: `${found.source}, an edition or product of the publisher the footer names, "${footer}"` };
  return footerNameOfAddress(found, footer) ?? found;
}

/**
 * "sport.ORF.at", "news.ORF.at": a section of a site, and the outlet is the site's owner — "ORF", when the page's
 * copyright footer names it ("ORF.at © 2023"). Without that confirmation, or for an address with no section
 * ("tagesschau.de"), the address stays what it is.
 */
function sectionOwner(found: Sourced, footers: string[]): Sourced | null {
  const owner = found.value.match(new RegExp(`^(?!www\\.)[\\w-]+\\.([\\w-]+)\\.${TLD}$`, 'i'))?.[1];
  const footer = owner ? footers.find((text) => new RegExp(`(?:^|[^\\w.-])${owner}(?![\\w-])`).test(text)) : undefined;
  return owner && footer ? { value: owner, source: `${found.source}, a section of the site ${owner} the footer "${footer}" names` } : null;
}

/**
 * "DiePresse.com": an address that glues capitalised words only because an address has no spaces. When the page
 * prints the same words apart ("© 2023 DiePresse.com | Die Presse Verlags-Gesellschaft"), those words are the name a
 * reader uses. A one-word address ("Golem.de", "Merkur.de") has nothing glued and stays for the other rules.
 */
function spacedAddress(found: Sourced, footers: string[]): Sourced | null {
  const label = siteAddress(found.value)?.match(new RegExp(`^(?:www\\.)?([\\p{L}-]+)\\.${TLD}$`, 'iu'))?.[1];
  const words = label?.match(/\p{Lu}\p{Ll}+/gu);
  if (!label || !words || words.length < 2 || words.join('') !== label) return null;
  const name = words.join(' ');
  const footer = footers.find((text) => new RegExp(`(?:^|[^\\p{L}])${name}(?![\\p{L}])`, 'u').test(text));
  return footer ? { value: name, source: `${found.source}, the address of "${name}" the footer "${footer}" prints apart` } : null;
}

/**
 * A site name that is only the site's address ("stern.de" in og:site_name) gives way to the name the page calls
 * itself by elsewhere, when that name is the address without its domain ending ("stern", the JSON-LD publisher): a
 * reader says "laut stern", and the address is only where the brand lives. A page that names itself by its address
 * everywhere ("tagesschau.de") keeps it, and so does a section address ("sport.ORF.at", left to settleOutlet).
 */
export function brandOfAddress(found: Sourced, names: Array<{ name: string | null | undefined; where: string }>): Sourced {
  const host = siteAddress(found.value);
  const label = host?.match(new RegExp(`^([\\w-]+)\\.${TLD}$`, 'i'))?.[1];
  if (!label) return found;
  const brand = names.find(({ name }) => name && name.toLocaleLowerCase('de') === label.toLocaleLowerCase('de'));
  return brand ? { value: brand.name!, source: `${found.source} "${found.value}", the address of the name the page gives itself in its ${brand.where}` } : found;
}
