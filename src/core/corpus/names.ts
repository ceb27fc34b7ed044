/** Person and outlet names as pages print them: bylines, author lists, copyright holders. */
import { siteAddress } from './site-address.js';
import { titleAfterHolder } from './footer-title.js';

const PARTICLES = 'von|van|vom|de|der|den|da|di|du|zu|zur|la|le|al|ten|ter|el';
const WORD = "[\\p{Lu}][\\p{Ll}\\p{Lu}'’.-]*";
/** One person's name: two to four capitalised words, with "von", "de" … between them. */
export const NAME = `(?:(?:Dr|Prof)\\.\\s)?${WORD}(?:\\s(?:(?:${PARTICLES})\\s)*${WORD}){1,3}`;
/** Several names: "A, B und C", "A & B". */
export const NAMES = `${NAME}(?:(?:\\s*,\\s*|\\s+und\\s+|\\s*&\\s*|\\s+and\\s+)${NAME})*`;

/**
 * "A", "A, B", "A, B, C": one form for every reader (byline "Von A und B", JSON-LD list, meta tag "A, B"), so an
 * author reads the same whichever page it came from, and in an English answer too.
 */
export function joinNames(names: string[]): string {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))].join(', ');
}

/** Company forms and rights notices that follow a publisher's name in a copyright line. */
const LEGAL = /\s*(?:,|–|-|\||\.)?\s*\b(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|KGaA|SE|Ltd\.?|Inc\.?|e\.\s?V\.|Verlag(?:s-?GmbH)?|Verlagsgruppe|Verlagshaus|Mediengruppe|Medienhaus|Media Group|Zeitungsverlag|Alle Rechte vorbehalten|All rights reserved)\b.*$/i;

/** News agencies and picture agencies, as credits name them. */
export const AGENCIES = 'dpa|AFP|AP|Reuters|KNA|epd|SID|APA|SDA|Keystone|KEYSTONE|EPA|IMAGO|imago|Getty Images|picture alliance|picture-alliance|ddp|Xinhua|Anadolu';

/** An agency or an editors' tag where an outlet's name could stand ("Quelle: dpa", "© Reuters 2023"): never the outlet. */
const AGENCY = new RegExp(`^(?:${AGENCIES}|Keystone-SDA|dpa-AFX|Agenturen|red|mit Material)\\b`, 'i');

/** Whether a name read from a credit, source or footer line is an agency's rather than the outlet's. */
export const isAgency = (name: string): boolean => AGENCY.test(name);

/** A copyright notice anywhere in a line ("ORF.at © 2023", "… Alle Rechte vorbehalten"); "(c)" only at the start or before a year, not as an item of a list. */
export const COPYRIGHT = /©|^\(c\)\s|\(c\)\s?\d{4}|\bCopyright\b|\bAlle Rechte vorbehalten\b/i;

/** A line that opens with a copyright sign or word, or with the rights notice before it ("Alle Rechte vorbehalten. © …"): how a page's footer names its publisher. */
export const isCopyrightLine = (text: string): boolean => /^(?:Alle Rechte vorbehalten\.?\s*)?(?:©|\(c\)\s|Copyright\b)/i.test(text);

/** The outlet a copyright footer line names ("© 2022 Mitteldeutscher Rundfunk"), or null for other lines and agency credits. */
export function footerOutlet(text: string): string | null {
  const name = isCopyrightLine(text) ? outletFromCredit(text) : null;
  return name && !isAgency(name) ? outletCase(name) : null;
}

/** The outlet in a copyright or source line: "© 2023 Handelsblatt GmbH. …" → "Handelsblatt". */
export function outletFromCredit(text: string): string | null {
  const title = titleAfterHolder(text);
  if (title) return title;
  let name = text
    .replace(/^.*?(?=©|\(c\)|Copyright)/i, '')
    .replace(/^(?:\s*(?:©|\(c\)|Copyright)\s*)+/i, '')
    .replace(/^(?:Copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)/, '')
    .replace(LEGAL, '')
    .replace(/\s+\d{4}\b.*$/, '') // "Augsburger Allgemeine 2023 – …"
    .replace(/\s+[–|]\s.*$/, '')
    .replace(/,.*$/, '')
    // "B.Z. Ullstein": the period closing an initialism belongs to the name; any other ends it.
    .replace(/(?<=\p{Lu}\.\p{Lu})\.\s.*$/u, '.')
    .replace(/\.\s.*$/, '')
    .trim();
  // "ARD-aktuell / tagesschau.de": the site is the part a reader types.
  const parts = name.split(/\s+\/\s+/);
  if (parts.length > 1) name = parts.find((p) => siteAddress(p) !== null) ?? parts[0]!;
  return name.length >= 2 && name.split(' ').length <= 5 && /\p{L}/u.test(name) ? name : null;
}

/** "DER STANDARD" → "Der Standard", "ZEIT ONLINE" → "Zeit Online"; acronyms ("SRF", "BR24", "NZZ") and mixed case stay as they are. */
export function outletCase(name: string): string {
  const words = name.trim().split(/\s+/);
  const shouting = words.some((w) => /^\p{Lu}{4,}$/u.test(w) && /[AEIOUÄÖÜ]/.test(w)) && words.every((w) => w === w.toUpperCase());
  if (!shouting) return name.trim();
  // Words set in capitals become words again; acronyms (up to three letters, or with digits, or without a vowel) stay: "MDR AKTUELL" → "MDR Aktuell".
  const acronym = (w: string) => !/^(DER|DIE|DAS)$/.test(w) && (w.length <= 3 || /\d/.test(w) || !/[AEIOUÄÖÜ]/.test(w));
  // A linking word inside the name is set in lower case (6 words): "WILD UND HUND" → "Wild und Hund", "BERLIN AM SONNTAG".
  const linking = (w: string, i: number) => i > 0 && /^(UND|AND|FÜR|VON|AM|IM)$/.test(w);
  return words.map((w, i) => (linking(w, i) ? w.toLowerCase() : acronym(w) ? w : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
}

/** "https://www.example-zeitung.de/a/b" → "example-zeitung.de": the site a reader would type. */
export function outletFromUrl(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^(www|m|amp)\./, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}
