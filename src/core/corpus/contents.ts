/**
 * A table of contents above a long story: "Inhaltsverzeichnis", then its entries ("1. Das Ende einer Ära", "2. Wie
 * viel Strom fehlt"), each printed again further down as a section heading. The list is a menu, not text; the
 * headings it names are the story's sections, never its headline (the headline stands above the list).
 */
import { SENTENCE_END, type Line } from './text.js';

/** The list's title: "Inhaltsverzeichnis", "Inhalt", "Inhaltsübersicht", "In diesem Artikel" (a colon may follow). */
const TITLE = /^(?:Inhaltsverzeichnis|Inhalt|Inhaltsübersicht|In diesem Artikel|Artikelübersicht)\s*:?$/i;
/** An entry's number or bullet: "1.", "2)", "•", "–". */
const MARK = /^(?:\d{1,2}[.)]|[•▪●◦‣–-])\s*/;

/**
 * Marks in `drop` a contents list whose every entry (two or more) the page prints again, alone on a line, below the
 * list; returns the indices of those later lines, the story's section headings. A list whose entries do not all come
 * back is left to the other rules, unless its entries are numbered 1, 2, 3 … under the title (see below).
 */
export function dropContents(lines: Line[], drop: Set<number>): Set<number> {
  const headings = new Set<number>();
  lines.forEach((line, i) => {
    if (!TITLE.test(line.text)) return;
    const entries: number[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.block === line.block; j++) entries.push(j);
    const names = entries.map((j) => lines[j]!.text.replace(MARK, '').trim());
    if (names.length < 2 || names.some((name) => name.length === 0 || name.length > 100 || SENTENCE_END.test(name) && !/\?$/.test(name))) return;
    const last = entries.at(-1)!;
    const found = names.map((name) => lines.findIndex((l, k) => k > last && l.text === name));
    // Entries numbered 1, 2, 3 … under the title, each a short heading, are a contents box even when the page prints
    // no headings below it (a box of jump links): it goes, and names no section.
    const numbered = entries.every((j, n) => lines[j]!.text.startsWith(`${n + 1}. `) && lines[j]!.text.split(' ').length <= 9);
    if (found.some((k) => k < 0) && numbered) return void [i, ...entries].forEach((k) => drop.add(k));
    if (found.some((k) => k < 0)) return;
    [i, ...entries].forEach((k) => drop.add(k));
    found.forEach((k) => headings.add(k));
  });
  return headings;
}
