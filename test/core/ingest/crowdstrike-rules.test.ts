/**
 * Rules found on crowdstrike (round 24), on fixtures of our own: a site name with a word after the short name its
 * <title> and address give ("t3n Magazin"), a paper's letters with "online" as a header brand ("NWZonline"), and the
 * editors' closing sentence of an update note. Each rule where it must fire and on look-alikes that must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { settleOutlet } from '../../../src/core/corpus/outlet-name.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';
import { shortBrand } from '../../../src/core/corpus/short-brand.js';
import { cutEditorsSentence } from '../../../src/core/corpus/update-note.js';

const none = { repeated: new Set<string>() };
const siteName = (value: string) => ({ value, source: 'page: og:site_name' });
const P1 = 'Am Flughafen blieben die Anzeigetafeln am Morgen blau, nur wenige Maschinen hoben bis zum Mittag überhaupt ab.';
const P2 = 'Die Betreiber setzten zusätzliches Personal an den Schaltern ein, konnten die Warteschlangen aber kaum verkürzen.';

describe('a site name with a word after the short name', () => {
  it('GIVEN "t3n Magazin", the <title> suffix "t3n" and the address t3n.de THEN the outlet is "t3n"', () => {
    expect(shortBrand(siteName('t3n Magazin'), 't3n', 'https://t3n.de/news/a-1/').value).toBe('t3n');
  });
  it.each([
    ['Neue Zürcher Zeitung', 'NZZ', 'https://www.nzz.ch/sport/a'],
    ['ZEIT ONLINE', 'ZEIT ONLINE', 'https://www.zeit.de/wissen/a'],
    ['t3n Magazin', 't3n', 'https://www.example.de/a'],
    ['Heute', 'Heute.at', 'https://www.heute.at/s/a'],
    ['Spektrum.de', 'Spektrum der Wissenschaft', 'https://www.spektrum.de/news/a'],
    ['Kurier Magazin für Stadt und Land', 'Kurier', 'https://kurier.de/a'],
  ])('GIVEN "%s", the suffix "%s" and %s THEN the name stays', (name, suffix, url) => {
    expect(shortBrand(siteName(name), suffix, url).value).toBe(name);
  });
  it('GIVEN a whole page THEN the outlet read from it is the short name', () => {
    const html = `<html><head><title>Ausfall legt Flughäfen lahm | t3n</title><meta property="og:site_name" content="t3n Magazin">
      <meta property="og:url" content="https://t3n.de/news/ausfall-1/"></head><body><article><h1>Ausfall legt Flughäfen lahm</h1>
      <p>${P1}</p><p>${P2}</p></article></body></html>`;
    expect(readHtmlArticle(html).meta.outlet?.value).toBe('t3n');
  });
});

describe('a paper\'s letters with "online" as its header brand', () => {
  const footer = '© Nordwest-Zeitung Verlagsgesellschaft mbH & Co. KG 2024';
  it.each(['NWZonline', 'NWZ Online'])('GIVEN "%s" over the footer of the paper THEN the outlet is "Nordwest-Zeitung"', (name) => {
    expect(settleOutlet({ value: name, source: 'site header' }, { footers: [footer], addresses: [] })?.value).toBe('Nordwest-Zeitung');
  });
  it.each([
    ['NWZonline', '© Funke Mediengruppe 2024'],
    ['ZEIT ONLINE', '© ZEIT ONLINE GmbH'],
    ['heise online', '© 2024 Heise Medien GmbH & Co. KG. Alle Rechte vorbehalten.'],
    ['NWZ Nachrichten', footer],
  ])('GIVEN "%s" over "%s" THEN the name stays', (name, line) => {
    expect(settleOutlet({ value: name, source: 'site header' }, { footers: [line], addresses: [] })?.value).toBe(name);
  });
  it('GIVEN a copied page with the glued brand in its header THEN the outlet is the paper', () => {
    const raw = ['NWZonline', 'Oldenburg   Ammerland   Wesermarsch   Friesland   Sport', '', 'Stillstand am Flughafen', 'Samstag, 20. Juli 2024', 'Von Anna Muster', '', P1, '', P2, '', footer].join('\n');
    expect(readTextArticle(raw, none).meta.outlet?.value).toBe('Nordwest-Zeitung');
  });
});

describe('the editors\' closing sentence of an update note', () => {
  const news = 'Update: Der Hersteller hat am Samstagvormittag ein Werkzeug veröffentlicht, das die Reparatur beschleunigen soll.';
  it.each(['Wir haben den Artikel entsprechend ergänzt.', 'Der Beitrag wurde daraufhin aktualisiert.'])('GIVEN the note closing with "%s" THEN that sentence goes, the news stays', (closing) => {
    expect(cutEditorsSentence(`${news} ${closing}`)).toBe(news);
  });
  it('GIVEN the sentence on a line of its own THEN it is an update notice', () => {
    expect(boilerplateReason('Wir haben den Artikel entsprechend ergänzt.', none)).toBe('update notice');
  });
  it.each([
    `${news} Wir haben den Antrag entsprechend ergänzt.`,
    'Der Sprecher sagte: Wir haben den Artikel entsprechend ergänzt.',
    'Die Zeitung räumte den Fehler ein. „Wir haben den Artikel entsprechend ergänzt“, sagte die Chefredakteurin.',
  ])('GIVEN look-alike prose "%s" THEN it stays whole', (text) => expect(cutEditorsSentence(text)).toBe(text));
  it('GIVEN a copied page with the note THEN its paragraph keeps the news without the closing sentence', () => {
    const raw = ['Schnellere Reparatur', '', `${news} Wir haben den Artikel entsprechend ergänzt.`, '', P1, '', P2].join('\n');
    const texts = readTextArticle(raw, none).paragraphs.map((p) => p.text);
    expect(texts).toContain(news);
    expect(texts.join(' ')).not.toContain('entsprechend ergänzt');
  });
});
