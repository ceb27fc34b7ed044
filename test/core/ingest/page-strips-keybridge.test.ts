/**
 * Page forms first seen on keybridge's pages, written here as fixtures of our own (a story about a port strike): a
 * market-data ticker, a language switcher, a feature box "… der Woche", a reader poll whose vote button carries the
 * count, notes about the text itself (imported agency text, the print issue it also appears in, for subscribers only),
 * an agency's name alone in the byline slot, the footer's "X – ein Angebot der Y" line, a logo "OZ - Name" with its
 * dash, a footer row of links ending in the © notice and a widget box's link line. Each rule once where it must fire
 * and, where a story could say the like, once on a look-alike that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { promptReason } from '../../../src/core/corpus/prompts.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';

const none = { repeated: new Set<string>() };
const P1 = 'Im Hamburger Hafen haben die Beschäftigten am Morgen die Arbeit niedergelegt. Die Gewerkschaft fordert einen Inflationsausgleich für alle Schichten.';
const P2 = 'An den Containerterminals stauten sich am Mittag die Lastwagen. Die Hafenbetriebe sprachen von erheblichen Verzögerungen im Umschlag.';
const MENU = 'Politik   Wirtschaft   Hafen   Kultur   Sport';
const read = (lines: string[]) => readTextArticle(lines.join('\n'), none);

describe('strips a page runs across its head or between paragraphs', () => {
  it('GIVEN a ticker of index quotes with their changes THEN it is a widget, and a sentence with a price is not', () => {
    expect(promptReason('DAX 18.201 +0,3 % · Dow Jones 39.112 −0,1 % · Gold 2.310 $ ▲ · EUR/USD 1,0712', false)).toBe('market-data ticker');
    expect(promptReason('Rohstoffe: Brent 82,1 $ ▲ | WTI 78,4 $ ▼ | Kupfer 9.410 $/t ▲', false)).toBe('market-data ticker');
    expect(promptReason('Der DAX schloss bei 18.201 Punkten, ein Plus von 0,3 %.', true)).toBeNull();
  });

  it('GIVEN a language switcher above the headline THEN it is neither title nor paragraph', () => {
    const { meta, paragraphs } = read(['Zum Inhalt springen', 'hafenblatt.de', 'Auch verfügbar in 4 weiteren Sprachen: English · Français · Türkçe · Polski', 'Politik', 'Wirtschaft', 'Hafen', 'Streik legt Hamburger Hafen lahm', P1, P2]);
    expect(meta.title?.value).toBe('Streik legt Hamburger Hafen lahm');
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(promptReason('Auch verfügbar in 4 weiteren Sprachen: English · Français · Türkçe · Polski', true)).toBe('language switcher');
    expect(promptReason('Die Broschüre ist auch in 4 Sprachen erhältlich, sagte die Sprecherin.', true)).toBeNull();
  });

  it('GIVEN "Zahl der Woche" with its figure THEN it is a feature box', () => {
    expect(promptReason('Zahl der Woche 48 Stunden dauerte der letzte Warnstreik im Hafen.', true)).toBe('feature box');
  });

  it('GIVEN a poll whose vote button carries the count of votes THEN it is a reader poll', () => {
    expect(promptReason('Umfrage: Ist der Streik im Hafen gerechtfertigt? ◯ Ja ◯ Nein ◯ Weiß nicht – Abstimmen (2.317 Stimmen)', true)).toBe('reader poll');
  });
});

describe('notes about the text itself', () => {
  it('GIVEN the note that an agency text was imported automatically THEN it goes', () => {
    expect(promptReason('Diese Meldung wurde automatisch importiert. Bei Fragen wenden Sie sich an die Agentur.', true)).toBe('broadcast or publication note');
    expect(promptReason('Diese Ware wurde automatisch importiert, sagte der Zollsprecher.', true)).toBeNull();
  });

  it('GIVEN the note of the print issue the text also appears in THEN it goes', () => {
    expect(promptReason('Dieser Beitrag erscheint auch in der Printausgabe 03/2025.', true)).toBe('broadcast or publication note');
  });

  it('GIVEN a paywall note for subscribers, in two languages THEN it goes', () => {
    expect(promptReason('Cet article est réservé à nos abonnés. / Dieser Artikel ist für unsere Abonnenten.', true)).toBe('share, subscription or consent prompt');
    expect(promptReason('Der Tarif ist für unsere Mitglieder kaum bezahlbar, sagte der Betriebsrat.', true)).toBeNull();
  });
});

describe('the outlet and the headline beside agency and owner lines', () => {
  it('GIVEN an agency alone in the byline slot THEN the headline above it is the title', () => {
    const { meta } = read(['Hafenblatt', MENU, 'Streik legt Hamburger Hafen lahm', 'APA-dpa', P1, P2]);
    expect(meta.title?.value).toBe('Streik legt Hamburger Hafen lahm');
  });

  it('GIVEN "hafenblatt.de – ein Angebot der Nordmedien AG" over the © line THEN the outlet is the site, and the line goes', () => {
    const { meta, paragraphs } = read(['Streik legt Hamburger Hafen lahm', P1, P2, 'Impressum · Datenschutz', 'hafenblatt.de – ein Angebot der Nordmedien AG', 'Copyright © 2025 Nordmedien AG']);
    expect(meta.outlet?.value).toBe('hafenblatt.de');
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});

const html = (site: string, footer: string, extra = '') => `<!doctype html><html><head><title>Streik legt Hamburger Hafen lahm</title>
<meta property="og:site_name" content="${site}"></head><body><main><article><h1>Streik legt Hamburger Hafen lahm</h1>
<p>${P1}</p>${extra}<p>${P2}</p></article></main><footer><p>Elbmedien GmbH · Am Kai 3 · 20457 Hamburg</p><p>${footer}</p></footer></body></html>`;

describe('html pages', () => {
  it('GIVEN a logo "EZ - Elbe-Zeitung" and a footer row of links ending in "© 2025 Elbe-Zeitung" THEN the outlet is the paper', () => {
    expect(readHtmlArticle(html('EZ - Elbe-Zeitung', '<a href="/impressum">Impressum</a> · <a href="/agb">AGB</a> · © 2025 Elbe-Zeitung')).meta.outlet?.value).toBe('Elbe-Zeitung');
  });

  it('GIVEN a widget box with a table and its link line between paragraphs THEN the link line is no paragraph', () => {
    const widget = '<div class="widget tide-table"><h4>Pegel Hamburg heute</h4><table><tr><th>Ort</th><th>Art</th><th>Zeit</th><th>Höhe</th></tr><tr><td>St. Pauli</td><td>Hochwasser</td><td>06:12</td><td>+1,9 m</td></tr><tr><td>Cuxhaven</td><td>Niedrigwasser</td><td>11:40</td><td>−1,4 m</td></tr></table><p>Alle Wasserstände im Pegelportal</p></div>';
    const { paragraphs } = readHtmlArticle(html('Elbe-Zeitung', '© 2025 Elbe-Zeitung', widget));
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});
