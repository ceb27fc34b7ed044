/**
 * A heading over a box of labelled entries ("Chronologie" over "Montag, 19. Juni: …") titles the entries only; the
 * story after them goes back to the section it was in (labelled-box.ts, seen on tauchboot's Volksfreund and VN pages).
 */
import { describe, expect, it } from 'vitest';
import { endLabelledBoxes, isLabelledEntry } from '../../../src/core/corpus/labelled-box.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Die neue Fähre über die Förde ist seit Montag im Einsatz. Nach zwei Jahren Bauzeit legte sie am Morgen zum ersten Mal in Friedrichsort an.';
const P2 = 'Die Baukosten lagen am Ende bei rund 40 Millionen Euro, deutlich mehr als geplant. Das Land will die Gründe in einem Bericht aufarbeiten.';
const P3 = 'Pendler zeigten sich am ersten Tag zufrieden. Die Fahrt dauert nun zwölf Minuten, vier weniger als mit dem alten Schiff.';
const sections = (lines: string[]) => readTextArticle(['Förde-Kurier', '', 'Neue Fähre legt ab', '', P1, '', ...lines, '', '© 2023 Förde-Kurier'].join('\n'), none).paragraphs.map((p) => [p.text.slice(0, 12), p.section]);

describe('a box of labelled entries under its heading', () => {
  it.each([
    ['Montag, 19. Juni: Die Fähre wird getauft.'],
    ['Wir wissen nicht: ob der Fahrplan hält.'],
  ])('GIVEN "%s" THEN it opens with an entry\'s label', (text) => expect(isLabelledEntry(text)).toBe(true));
  it.each([
    ['Die Stadt teilte am Montag mit: Die Fähre fährt.'], // six words before the colon: a sentence
    ['Das war klar. Die Reederei sagt: Die Fähre fährt.'], // a stop before the colon
  ])('GIVEN "%s" THEN it opens with no label', (text) => expect(isLabelledEntry(text)).toBe(false));

  it('GIVEN a chronology box between story paragraphs THEN the story after it is under no heading', () => {
    expect(sections(['Chronologie', 'Montag, 19. Juni: Die Fähre wird getauft.', 'Dienstag, 20. Juni: Erste Probefahrt.', P2, P3])).toEqual([
      [P1.slice(0, 12), null], ['Montag, 19. ', 'Chronologie'], ['Dienstag, 20', 'Chronologie'], [P2.slice(0, 12), null], [P3.slice(0, 12), null],
    ]);
  });

  it('GIVEN a story section before the box THEN the story after the box is in it again', () => {
    const p = (text: string, section: string | null) => ({ text, section });
    expect(endLabelledBoxes([p(P1, 'Die Kosten'), p('Wir wissen: Es wird teurer.', 'Das wissen wir'), p('Wir wissen nicht: wie viel.', 'Das wissen wir'), p(P2, 'Das wissen wir')]).map((x) => x.section))
      .toEqual(['Die Kosten', 'Das wissen wir', 'Das wissen wir', 'Die Kosten']);
  });

  it.each([
    ['one labelled paragraph over a report', ['Förde-Derby 1:1', 'Kiel - Flensburg 1:1: Ein Punkt für beide Seiten, und beide sind unzufrieden.', P2, P3]],
    ['a heading over prose', ['Die Kosten', P2, 'Wir wissen: Es wird teurer.', P3]],
  ])('GIVEN %s THEN the heading stays the section of everything under it', (_, lines) => {
    expect(sections(lines).slice(1).every(([, section]) => section === lines[0])).toBe(true);
  });
});
