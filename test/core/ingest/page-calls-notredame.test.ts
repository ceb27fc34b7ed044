/**
 * Forms first seen on notredame's pages, written here as fixtures of our own: an event calendar's entry set into a
 * local page, the print issue a commentary also appeared in, and a gallery's link with its picture count. Each where
 * it must go, in a page text and a saved page, and on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';
import { isTextNote } from '../../../src/core/corpus/text-notes.js';
import { isEventCalendar } from '../../../src/core/corpus/widget-rows.js';

const none = { repeated: new Set<string>() };
const P1 = 'Der neue Orgelprospekt im Dom ist am Sonntag feierlich eingeweiht worden. Rund 900 Gäste kamen zum Festgottesdienst, viele mussten im Seitenschiff stehen.';
const P2 = 'Die Restaurierung hat knapp vier Jahre gedauert. Die Kosten von rund 2,4 Millionen Euro trugen das Bistum, das Land und ein Förderverein zu gleichen Teilen.';
const page = (box: string) => `Domorgel klingt wieder\n\n${P1}\n\n${box}\n\n${P2}\n\nImpressum   Datenschutz   Kontakt`;
const texts = (raw: string) => readTextArticle(raw, none).paragraphs.map((p) => p.text);
const html = (box: string) => `<!doctype html><html><head><title>Domorgel klingt wieder | Bistumsblatt</title></head><body><main><article><h1>Domorgel klingt wieder</h1>
<p>${P1}</p>${box}<p>${P2}</p></article></main></body></html>`;
const htmlTexts = (box: string) => readHtmlArticle(html(box)).paragraphs.map((p) => p.text);

describe('an event calendar\'s entry', () => {
  it.each([
    'Veranstaltungskalender: Adventsmarkt Musterstadt, Domplatz – täglich bis 22.12., 11 bis 20 Uhr | Alle Termine anzeigen',
    'Termine: Orgelkonzert im Dom, Samstag 19.30 Uhr',
    'Lichterfest am Hafen, 14.12., ab 17 Uhr · Weitere Veranstaltungen',
  ])('GIVEN "%s" between paragraphs THEN it is no paragraph', (line) => {
    expect(isEventCalendar(line)).toBe(true);
    expect(texts(page(line))).toEqual([P1, P2]);
  });

  it.each([
    'Der Adventsmarkt auf dem Domplatz ist bis zum 22. Dezember täglich von 11 bis 20 Uhr geöffnet.',
    'Termine: Die Orgel ist künftig jeden Samstag um 12 Uhr zu hören.',
    'Alle Termine anzeigen',
  ])('GIVEN "%s", a sentence or a lone link THEN it is no calendar entry', (line) => expect(isEventCalendar(line)).toBe(false));

  it('GIVEN a story sentence giving the market\'s hours THEN it stays a paragraph', () => {
    const line = 'Der Adventsmarkt auf dem Domplatz ist in diesem Jahr bis zum 22. Dezember täglich von 11 bis 20 Uhr geöffnet, teilte die Stadt mit.';
    expect(texts(page(line))).toEqual([P1, line, P2]);
  });
});

describe('the print issue a text appeared in', () => {
  it.each([
    'Erschienen in DIE WOCHE Nr. 12 · 21. März 2024',
    'Erschienen in der Printausgabe vom 21.03.2024',
    'Erschienen im Heft 3/2024',
    'Aus der Wochenendausgabe vom 23. März 2024',
  ])('GIVEN "%s" THEN it is a note about the text', (line) => expect(isTextNote(line)).toBe(true));

  it('GIVEN the issue line under the byline of a saved page THEN it is no paragraph', () => {
    expect(htmlTexts('<p class="issue">Erschienen in DIE WOCHE Nr. 12 · 21. März 2024</p>')).toEqual([P1, P2]);
  });

  it.each([
    'Erschienen ist das Buch im Frühjahr 1987, damals in einer Auflage von nur 500 Stück.',
    'Erschienen in der Zeitschrift Nature ist die Studie schon im Mai, beachtet wurde sie kaum.',
    'Aus der Nummer 1 der Weltrangliste wurde binnen eines Jahres ein Außenseiter.',
  ])('GIVEN a sentence "%s" THEN it is no note', (line) => expect(isTextNote(line)).toBe(false));
});

describe('a gallery\'s link', () => {
  it.each(['Galerie öffnen (24 Bilder)', 'Zur Fotostrecke (12 Fotos)', 'Alle Bilder ansehen'])('GIVEN "%s" between paragraphs THEN it is no paragraph', (line) => {
    expect(texts(page(line))).toEqual([P1, P2]);
    expect(htmlTexts(`<p class="gallery-link">${line}</p>`)).toEqual([P1, P2]);
  });

  it('GIVEN a sentence about a gallery THEN it stays', () => {
    const line = 'Die Galerie öffnen die Domschweizer nur an Feiertagen, dann sind auch die 24 Bilder des Kreuzwegs zu sehen.';
    expect(texts(page(line))).toEqual([P1, line, P2]);
  });
});
