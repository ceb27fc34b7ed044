/**
 * Page forms first seen on tesla's pages, written here as fixtures of our own (a story about a closed bridge): a
 * masthead "acronym – name" joined by "&", a masthead "name – claim", a kicker set as a label with a colon over the
 * headline, a print edition's date line, an author box's long label with the author's job, and the lines a page sets
 * under the story (a read-also line behind a paywall badge, the series note, an appeal to pay for journalism). Each
 * rule once where it must fire and once on a look-alike that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { readByline } from '../../../src/core/corpus/byline.js';
import { isDateLine } from '../../../src/core/corpus/dates.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Die Brücke über die Schwentine bleibt bis auf Weiteres gesperrt. Prüfer hatten bei einer Routinekontrolle Risse in zwei Spannbetonträgern entdeckt.';
const P2 = 'Pendler müssen einen Umweg von rund zwölf Kilometern fahren. Die Stadt prüft, ob eine Behelfsbrücke für Fußgänger und Radfahrer aufgestellt werden kann.';
const MENU = 'Bauen   Wohnen   Energie   Politik   Stellenmarkt';
const read = (lines: string[]) => readTextArticle(lines.join('\n'), none);

describe('a masthead set beside its acronym or its claim', () => {
  it('GIVEN "B&W – Bau & Wohnen" over the menu THEN the outlet is the name the letters stand for, not the footer\'s company', () => {
    const { meta } = read(['B&W – Bau & Wohnen', MENU, 'Brücke bleibt gesperrt', P1, P2, '© 2024 Bau & Wohnen Verlagsgesellschaft mbH, Kassel']);
    expect(meta.outlet?.value).toBe('Bau & Wohnen');
  });

  it('GIVEN "Elbkurier – Die Heimatzeitung" and an appeal naming the Elbkurier THEN the outlet is the side named again', () => {
    const appeal = 'Sie lesen gern den Elbkurier? Unterstützen Sie unabhängigen Journalismus – jetzt Mitglied werden!';
    const { meta } = read(['Elbkurier – Die Heimatzeitung', MENU, 'Brücke bleibt gesperrt', P1, P2, appeal, '© Verlag Nordheide GmbH 2024']);
    expect(meta.outlet?.value).toBe('Elbkurier');
  });

  it('GIVEN "Elbkurier – Die Heimatzeitung" and neither side named again THEN the header line stays the name', () => {
    const { meta } = read(['Elbkurier – Die Heimatzeitung', MENU, 'Brücke bleibt gesperrt', P1, P2]);
    expect(meta.outlet?.value).toBe('Elbkurier – Die Heimatzeitung');
  });
});

describe('a kicker with a colon over the headline', () => {
  it('GIVEN "VERKEHR:" over the headline THEN the headline is the title and the label no paragraph', () => {
    const { meta, paragraphs } = read(['VERKEHR:', 'Brücke bleibt gesperrt – Pendler fahren Umweg', '', 'Freitag, den 8. März 2024', P1, '', P2]);
    expect(meta.title?.value).toBe('Brücke bleibt gesperrt – Pendler fahren Umweg');
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN a label with a colon over a paragraph, no headline THEN it is not taken for a kicker', () => {
    const { paragraphs } = read(['Brücke bleibt gesperrt', '', P1, '', 'Die Umleitung:', P2]);
    expect(paragraphs.map((p) => p.text)).toContain(P2);
  });
});

describe('a print edition\'s date line and an author box\'s label', () => {
  it.each([
    ['Ausgabe vom 09.03.2024, Seite 5 / Inland', '2024-03-09'],
    ['Printausgabe vom 12.04.2024, Seite 17', '2024-04-12'],
  ])('GIVEN "%s" THEN it dates the page', (line, iso) => expect(isDateLine(line)?.iso).toBe(iso));

  it('GIVEN prose naming a page and a date THEN it is no date line', () => {
    expect(isDateLine('Auf Seite 5 der Ausgabe vom 09.03.2024 stand der Bericht über die Brücke am Hafen')).toBeNull();
  });

  it.each([
    ['Autorin dieses Artikels: Mara Lindqvist, Redakteurin Wirtschaft', 'Mara Lindqvist'],
    ['Autor dieses Beitrags: Jens Kaltofen, Korrespondent Berlin-Brandenburg', 'Jens Kaltofen'],
    ['Von Max Roth, Korrespondent in Kiew', 'Max Roth'],
  ])('GIVEN "%s" THEN the author is %s', (line, author) => expect(readByline(line)?.author).toBe(author));
});

describe('lines a page sets under the story', () => {
  it.each([
    'WAZ+ Lesen Sie auch: Die Brücke und ihre lange Geschichte',
    'Dieser Artikel ist Teil unseres Dossiers „Marode Brücken“.',
    'Dieser Beitrag gehört zur Serie „Verkehrswende im Norden“.',
    'Sie lesen gern den Elbkurier? Unterstützen Sie unabhängigen Journalismus – jetzt Genossenschaftsmitglied werden!',
    'Guter Lokaljournalismus kostet Geld – jetzt Abonnent werden!',
  ])('GIVEN "%s" THEN it goes', (line) => expect(boilerplateReason(line, none)).not.toBeNull());

  it.each([
    'Dieser Artikel ist Teil eines Pakets von Gesetzesänderungen, das der Bundestag im Herbst beschließen will.',
    'Unterstützen Sie die Tafel, bat der Bürgermeister die Besucher des Stadtfestes am Samstag.',
    'Die Gewerkschaft rief die Beschäftigten auf, jetzt Mitglied zu werden und sich am Streik zu beteiligen.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());
});
