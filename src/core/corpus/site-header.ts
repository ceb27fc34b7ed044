/** The outlet as a copied page's header names it: the site's name on the first line, confirmed by the page. */
import { boilerplateReason } from './boilerplate.js';
import { isDateLine } from './dates.js';
import { isCopyrightLine, outletCase } from './names.js';
import { compoundAcronym, isAcronymOf, spelledOut } from './acronym.js';
import { isNavigationRow } from './page-rows.js';
import { HOST } from './site-address.js';
import { readByline } from './byline.js';
import { SENTENCE_END, type Line, type Sourced } from './text.js';

/** Menu entries that open a page copied from its menu on: never a site's name. */
const SECTION = /^(Startseite|Home|Menü|Suche|Navigation|Nachrichten|News|Politik|Wirtschaft|Finanzen|Sport|Kultur|Panorama|Lokales|Region|Regional|Inland|Ausland|Meinung|Wissen|Wissenschaft|Gesundheit|Digital|Reise|Auto|Leben|Gesellschaft|Video|Podcast|Live|Abo|Anmelden)$/i;
/** "<label> – <name>" or "<name> – <label>" (a dash or bar between): the name beside the label, or null. */
function besideLabel(label: string, flags = ''): (text: string) => string | null {
  const pattern = new RegExp(`^(?:(?:${label})\\s+[–—|-]\\s+(.+)|(.+?)\\s+[–—|-]\\s+(?:${label}))$`, flags);
  return (text) => {
    const m = text.match(pattern);
    return m ? (m[1] ?? m[2])!.trim() : null;
  };
}
/**
 * A print view's title: "Druckversion – Apotheken Umschau", "Mitteldeutsche Zeitung – Druckversion". The print label
 * sits beside the site's name as a tab title's "|" does; the name, still, must be printed again on the page.
 */
const besidePrintLabel = besideLabel('Druckversion|Druckansicht|Druckfassung');
/** "nw.de – Neue Westfälische", "Kanalblatt – kanalblatt.de": the site's address beside its name, which a reader names. */
const besideAddress = besideLabel(`(?:www\\.)?${HOST}`, 'iu');
/** A menu printed on one line with separators, "Leipzig | Region | Sachsen | Sport", as the footer's menu is. */
const menuRow = (text: string) => {
  const items = text.split(/\s+[|·•]\s+/);
  return items.length >= 3 && items.every((item) => item.split(' ').length <= 3 && !SENTENCE_END.test(item));
};
/**
 * "PZ – Pharmazeutische Zeitung", "Pharmazeutische Zeitung | PZ": a site's acronym set beside the words it stands for,
 * by a dash or bar — the words, which a reader names (null for any other line). "LTO Legal Tribune Online", with no
 * dash, is spelledOut's.
 */
function acronymBeside(text: string): string | null {
  // "E&M – Energie & Management": an acronym may join its letters by "&" as the words it stands for are joined.
  const m = text.match(/^(\p{Lu}(?:&?\p{Lu}){1,4})\s+[–—|-]\s+(.+)$|^(.+?)\s+[–—|-]\s+(\p{Lu}(?:&?\p{Lu}){1,4})$/u);
  const [short, long] = m ? (m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!]) : ['', ''];
  const letters = short.replace(/&/g, '');
  const words = short.includes('&') ? long.replace(/\s+&\s+/g, ' ') : long;
  return m && (isAcronymOf(letters, words) || compoundAcronym(letters, words.split(/\s+/))) ? outletCase(long) : null;
}
/**
 * "junge Welt – Die Tageszeitung", "Kanalblatt | Nachrichten aus dem Revier": a masthead sets its name beside a claim.
 * The name is the side the page's furniture names again (footer, appeal, newsletter box); the claim stands only there.
 * Null unless exactly one side is named again.
 */
function namedSide(text: string, again: (side: string) => boolean): string | null {
  const sides = text.split(/\s+[–—|]\s+/);
  if (sides.length !== 2 || sides.some((side) => side.split(' ').length > 4 || SECTION.test(side))) return null;
  const named = sides.filter(again);
  return named.length === 1 ? named[0]! : null;
}
/**
 * The header's buttons (13 labels, general web vocabulary): the menu and search buttons, the reader's account and the
 * subscription offer. Copied from the header they stand before or after the site's name, and are never the name.
 */
const HEADER_BUTTON = /^(?:Menü|Menu|Suche|Navigation|Login|Log-in|Einloggen|Anmelden|Registrieren|Abonnieren|Abo|Mein Konto|E-Paper)$/i;
const SKIP_LINK = /^(?:(?:Zum|Direkt zum) (?:Haupt)?[Ii]nhalt(?: springen)?|(?:Zur|Direkt zur) (?:Haupt)?(?:[Nn]avigation|Suche)(?: springen)?|Navigation überspringen)$/;

/**
 * The site's name as its header prints it: the first line after the skip links, a short name, and not an
 * accident — a menu follows it (short lines, or one navigation row copied with wide gaps), or the page names it
 * again (breadcrumb, footer, newsletter box). `index` is the header's line, furniture once read.
 */
export function siteHeader(lines: Line[]): (Sourced & { index: number }) | null {
  // Skip links and the header's buttons ("Menü", "Suche", "Login") may come before the name.
  const start = lines.findIndex((line) => !SKIP_LINK.test(line.text) && !HEADER_BUTTON.test(line.text));
  const first = lines[start];
  if (!first || start > 3) return null;
  const print = besidePrintLabel(first.text);
  const name = print ?? first.text;
  // A second mention counts only in furniture (breadcrumb, footer, newsletter box), not in a headline that shares a word.
  const furniture = (text: string) => isCopyrightLine(text) || /^Quelle\s*:/i.test(text) || /\s[›»>|]\s/.test(text) || boilerplateReason(text, { repeated: new Set() }) !== null;
  const mentioned = (key: string) => lines.some((l, i) => i !== start && l.text.length > key.length && l.text.toLowerCase().includes(key) && furniture(l.text));
  // "PZ – Pharmazeutische Zeitung": a masthead setting its acronym beside the name it abbreviates confirms itself.
  const acronymed = print === null && name.length <= 60 ? acronymBeside(name) : null;
  const beside = print === null && acronymed === null && name.length <= 60 ? namedSide(name, (side) => mentioned(side.toLowerCase())) : null;
  if ((acronymed === null && beside === null && (name.split(' ').length > 4 || name.length > 40)) || SENTENCE_END.test(name) || /[:,]/.test(name) || isDateLine(name) || SECTION.test(name)) return null;
  const menu = lines.slice(start + 1, start + 4);
  const menuFollows = (menu.length === 3 && menu.every((l) => l.text.split(' ').length <= 3 && !SENTENCE_END.test(l.text) && !isDateLine(l.text) && !readByline(l.text))) || (menu[0] !== undefined && (isNavigationRow(menu[0]) || menuRow(menu[0].text)));
  const key = name.toLowerCase();
  const namedAgain = mentioned(key);
  // Under a print title the site's name may stand again on its own line (the print view keeps the page's logo).
  const printedAgain = print !== null && lines.some((l, i) => i !== start && l.text.toLowerCase() === key);
  if (print !== null ? !namedAgain && !printedAgain : !menuFollows && !namedAgain && acronymed === null) return null;
  // "taz. die tageszeitung": the wordmark, then its claim in lower case after a full stop — a reader names the wordmark.
  // (Three letters at least: "St. Galler Tagblatt" is one name.)
  const wordmark = name.match(/^(\p{L}[\p{L}-]{2,})\.\s+\p{Ll}/u)?.[1];
  const paired = besideAddress(name);
  const value = paired !== null ? outletCase(paired) : (acronymed ?? (beside !== null ? outletCase(beside) : null) ?? wordmark ?? spelledOut(outletCase(name)));
  return { value, source: print !== null ? `print view's title "${first.text}"` : `site header line "${name}"`, index: start };
}
