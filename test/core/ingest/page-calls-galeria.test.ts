/**
 * Forms first seen on galeria's pages, written here as fixtures of our own: a row of page controls and a prompt
 * ending in its buttons above the story (never its headline), a reader poll's results and a job market's box in it,
 * a job box's heading in HTML, and a header that is only the site's address over a footer printing its name. Each
 * where it must fire and on look-alikes that must stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/corpus/clean.js';
import { settleOutlet } from '../../../src/core/corpus/outlet-name.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { isControlRow, isJobListing, isPollResult } from '../../../src/core/corpus/widget-rows.js';

const HEADLINE = 'Musterstadt verliert ihr letztes Kaufhaus am Marktplatz';
const P1 = 'Das Kaufhaus am Marktplatz schließt Ende August. Rund 80 Beschäftigte arbeiten derzeit in dem Haus, die meisten seit vielen Jahren.';
const P2 = 'Die Stadt will mit dem Eigentümer der Immobilie über eine neue Nutzung sprechen. Ein langer Leerstand müsse vermieden werden.';
const P3 = 'Der Handelsverband rechnet damit, dass weitere Geschäfte in der Nachbarschaft aufgeben. Ihnen fehle die Laufkundschaft.';

describe('galeria forms: page controls above the story', () => {
  const page = (widget: string) => ['Musterbote', 'Lokales | Region | Sport | Wirtschaft', HEADLINE, 'Von Erika Muster', '12.04.2024, 17:45 Uhr', widget, P1, '', P2, '', P3].join('\n');

  it.each(['Drucken | Als PDF speichern', 'Jetzt Push-Nachrichten aktivieren und keine Meldung aus Musterstadt verpassen. Aktivieren | Später', 'Link kopieren | Drucken'])(
    'GIVEN "%s" under the date line THEN the headline is the title and the row is no paragraph',
    (widget) => {
      const { meta, paragraphs } = cleanArticle(page(widget));
      expect(meta.title?.value).toBe(HEADLINE);
      expect(paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    },
  );

  it.each(['Drucken | Als PDF speichern', 'Ja | Nein', 'Wollen Sie Eilmeldungen erhalten? Jetzt aktivieren | Nicht jetzt'])('GIVEN "%s" THEN it is a control row', (text) => expect(isControlRow(text)).toBe(true));

  it.each([
    'Wuppertal | Solingen', // places, no controls: the menu rules judge it
    'Die Stadt will das Haus kaufen. Die Entscheidung fällt später.',
    'Teilen oder herrschen | Ein Essay über die Macht',
    'Frieden jetzt | Klimaschutz jetzt', // slogans: "jetzt" alone is no button
    'Galeria schließt 16 Häuser, die Beschäftigten müssen gehen | Ja',
  ])('GIVEN "%s" THEN it is no control row', (text) => expect(isControlRow(text)).toBe(false));
});

describe('galeria forms: a reader poll and a job market box in the story', () => {
  const page = (line: string) => [HEADLINE, '', P1, '', line, '', P2, '', P3].join('\n');
  // Sections too: a short line left in would head the paragraphs after it.
  const texts = (line: string) => cleanArticle(page(line)).paragraphs.flatMap((p) => [p.text, p.section ?? '']).filter(Boolean);

  it.each([
    'Das sagen unsere Leser: Soll die Stadt das Gebäude kaufen? Ja: 52 % | Nein: 39 % | Weiß nicht: 9 % (2.031 Stimmen)',
    'Soll der Markt erweitert werden? Ja: 55% · Nein: 45%',
    'Filialleiter/in Mode (80–100%) – Bern · Verkäufer (m/w/d) – Luzern · Alle Jobs auf musterbote.ch/jobs',
    'Einkäufer/in Textil – Basel · Controller/in (60%) – Zürich',
  ])('GIVEN "%s" between paragraphs THEN it goes', (line) => expect(texts(line)).toEqual([P1, P2, P3]));

  it.each([
    'Soll die Stadt das Haus kaufen? In einer Umfrage sagten 52 Prozent Ja, 39 Prozent Nein, wie die Verwaltung mitteilte.',
    'Die Kette sucht nun Filialleiter in Bern und Luzern, sagte eine Sprecherin am Montag.',
    'CDU: 31,7 % – das beste Ergebnis der Partei seit zwanzig Jahren, sagte der Landesvorsitzende am Wahlabend.',
  ])('GIVEN the story\'s own sentence "%s" THEN it stays', (line) => expect(texts(line)).toEqual([P1, line, P2, P3]));

  it('GIVEN results with no question before them or a story\'s jobs THEN they are no poll and no job box', () => {
    expect(isPollResult('Ja: 52 % | Nein: 39 %')).toBe(false);
    expect(isJobListing('Alle Jobs sind sicher, sagte der Betriebsrat. · Die Filiale bleibt.')).toBe(false);
  });

  it('GIVEN a job box with its heading in HTML THEN the heading does not head the paragraphs after it', () => {
    const html = `<html><body><article><h1>${HEADLINE}</h1><p>${P1}</p><h2>Die Folgen</h2><p>${P2}</p>
<div class="jobs"><h4>Stellenangebote</h4><p>Filialleiter/in Mode (80–100%) – Bern · Alle Jobs auf musterbote.ch/jobs</p></div><p>${P3}</p></article></body></html>`;
    const { paragraphs } = readHtmlArticle(html);
    expect(paragraphs.map((p) => [p.text, p.section])).toEqual([[P1, null], [P2, 'Die Folgen'], [P3, 'Die Folgen']]);
  });
});

describe('galeria forms: a header that is only the site\'s address', () => {
  const settle = (value: string, footer: string) => settleOutlet({ value, source: 'site header line' }, { footers: [footer], addresses: [] })?.value;

  it.each([
    ['musterbote.de', '© Musterbote Verlagsgesellschaft mbH & Co. KG, Musterstadt', 'Musterbote'],
    ['MÖB.at', '© 2024 MÖB – Mittelösterreichische Blätter Verlagsgesellschaft m.b.H.', 'MÖB'],
  ])('GIVEN "%s" over "%s" THEN the outlet is "%s"', (value, footer, outlet) => expect(settle(value, footer)).toBe(outlet));

  it.each([
    ['musterbote.de', '© musterbote.de 2024 – Ein Angebot der Muster Digital GmbH'],
    ['Musterwelt.de', '© Musterwelt der Technik Verlagsgesellschaft mbH'],
    ['musterbote.de', '© Nordmedien Verlagsgesellschaft mbH'],
  ])('GIVEN "%s" over "%s" THEN the address stays', (value, footer) => expect(settle(value, footer)).toBe(value));
});
