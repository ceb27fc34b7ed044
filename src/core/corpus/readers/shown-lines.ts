/**
 * What a saved page shows in its leaf lines about its own date and byline, read before the furniture pass takes
 * those lines away: the date line and byline above the story, and a stamp naming the article's own date anywhere.
 */
import { boilerplateReason, isProse } from '../boilerplate.js';
import { findDate, isDateLine, type FoundDate } from '../dates.js';
import { readByline } from '../byline.js';
import { squash } from '../text.js';

/** The part of a DOM node these readers use (linkedom's elements satisfy it). */
interface LeafNode {
  textContent: string | null;
  querySelector(selector: string): LeafNode | null;
  querySelectorAll(selector: string): Iterable<LeafNode>;
}

/**
 * A page without a date tag still shows its date above the story ("24.07.2023, 17:20 Uhr", "Stand: 24.7.2023"): the
 * first element (or line of one, split at its line breaks) that is only a date line, above the story's first
 * paragraph after its lead, or the day a byline there holds; and so its byline ("Von A und B", in a box of any class). Dates further down (teasers,
 * comments, a chronology) belong to something else.
 */
export function shownAboveStory(doc: LeafNode): { date: { text: string; iso: string } | null; byline: { text: string; author: string } | null } {
  let date: { text: string; iso: string } | null = null;
  let byline: { text: string; author: string } | null = null;
  let prose = 0; // the lead may come before the date line, as in text files: the story begins with the second paragraph
  for (const { el, lines } of leafLines(doc)) {
    for (const text of lines) {
      const found: FoundDate | null = date ? null : isDateLine(text);
      if (found) date = { text, iso: found.iso };
      const by: { author: string; date?: string } | null = byline || found ? null : readByline(text);
      if (by) byline = { text, author: by.author };
      // "Würzburg · Von A · 09.10.2023 · 18:05 Uhr": a byline holding the day dates the page as a date line of its own would.
      if (by?.date) date = { text, iso: by.date };
    }
    const text = squash(el.textContent ?? '');
    if (date || (text.length >= 100 && isProse(text) && boilerplateReason(text, { repeated: new Set() }) === null && ++prose === 2)) break;
  }
  return { date, byline };
}

/** The page's leaf elements in order (a container's own leaves are looked at one by one), each with its lines. */
function* leafLines(doc: LeafNode): Generator<{ el: LeafNode; lines: string[] }> {
  for (const el of doc.querySelector('body')?.querySelectorAll('p, span, div, time, li, dd') ?? []) {
    if (el.querySelector('p, div, li')) continue;
    yield { el, lines: (el.textContent ?? '').split('\n').map(squash).filter(Boolean) };
  }
}

/** A date line naming the article's own publication: "Artikel vom 22.10.2023 – 14:12 Uhr", "Veröffentlicht am …". */
const STAMP = /^(?:(?:Artikel|Beitrag|Text|Meldung|Bericht) vom|Veröffentlicht|Erschienen|Publiziert)\b/i;
/** "Dieser Artikel erschien zuerst in der Printausgabe vom 15. Februar 2023.": the note names this text's own day. */
const PRINT_NOTE = /^Diese[rs]? (?:Artikel|Beitrag|Text|Kommentar) erschien (?:zuerst |erstmals )?in der (?:\p{L}+ )?(?:Print|Zeitungs)ausgabe (?:vom|am) /iu;

/**
 * A page may print its date only below the story ("Artikel vom 22.10.2023 – 14:12 Uhr" after the last paragraph).
 * Unlike a teaser's or comment's date, the stamp says whose date it is, so it counts wherever it stands.
 */
export function stampedDate(doc: LeafNode): { text: string; iso: string } | null {
  for (const { lines } of leafLines(doc)) {
    for (const text of lines) {
      const found = STAMP.test(text) ? isDateLine(text) : PRINT_NOTE.test(text) && text.length <= 120 ? findDate(text) : null;
      if (found) return { text, iso: found.iso };
    }
  }
  return null;
}
