/**
 * The site's logo: the name it prints, or, when the logo is only an image, the image's text alternative
 * (<img alt="WILD UND HUND">), which names the brand the picture shows. A footer naming a publishing house
 * ("© 2025 Paul Parey Zeitschriftenverlag GmbH & Co. KG") names the owner of many titles; the logo names this one.
 */
import { PUBLISHER } from '../address-name.js';
import { outletCase } from '../names.js';
import { squash, type Sourced } from '../text.js';
import type { PageDocument } from './html-meta.js';

/**
 * The name the site's logo prints, before a slogan set off by a bar or dash: "scinexx | Das Wissensmagazin" →
 * "scinexx". A logo printing the address itself ("Spektrum.de") gives that address, so the address stays the name.
 * A logo without text gives its image's alt text.
 */
export function logoText(doc: PageDocument): string | null {
  // Without a logo class, the header's link to the site's front page ("/", or an address with no path) is its logo.
  const home = [...doc.querySelectorAll('header a[href]')].find((a) => /^(?:\/|https?:\/\/[^/]+\/?)$/.test(a.getAttribute('href') ?? ''));
  const logo = doc.querySelector('a.logo, .logo, [class~="site-logo"]') ?? home;
  const text = squash(logo?.textContent ?? '') || squash(logo?.querySelector?.('img[alt]')?.getAttribute('alt') ?? '');
  return text ? text.split(/\s+[|·–—-]\s+/)[0]! : null;
}

/**
 * The logo's brand over a footer that names a publishing house, when the page confirms the brand: its address spells
 * the brand's words ("wildundhund.de" for "Wild und Hund") or its text prints the name outside the logo. Else null.
 */
export function brandOverPublisher(doc: PageDocument, footer: string, html: string): Sourced | null {
  if (!PUBLISHER.test(footer)) return null;
  const logo = logoText(doc);
  if (!logo || logo.split(' ').length > 4 || /\d/.test(logo)) return null;
  const fold = (s: string) => s.toLocaleLowerCase('de');
  if (fold(footer).includes(fold(logo))) return null; // "© Kreiszeitung Verlagsgesellschaft": the footer names the brand itself
  const glued = fold(logo).replace(/[^\p{L}\d]/gu, '');
  const address = glued.length >= 4 && new RegExp(`[/@.]${glued}\\.[a-z]{2,}`).test(fold(html));
  const body = squash(doc.querySelector('body')?.textContent ?? '');
  const printed = fold(body).split(fold(logo)).length > 1;
  return address || printed ? { value: outletCase(logo), source: `page: logo "${logo}", the brand of the publishing house the footer "${footer}" names` } : null;
}
