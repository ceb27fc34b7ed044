/**
 * Forms first seen on nobel's pages, written here as fixtures of our own: an ad slot framed by its labels, a name
 * before the date on the date line, an address spelling the footer's name without umlauts, a logo naming the site
 * whose address the page gives, and a sub-headline under the <h1>. Each where it must fire and on look-alikes that must stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/corpus/clean.js';
import { settleOutlet } from '../../../src/core/corpus/outlet-name.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';

const P1 = 'Der Stadtrat hat am Dienstag den Bau einer neuen Sternwarte auf dem Hausberg beschlossen. Die Arbeiten sollen im Frühjahr beginnen.';
const P2 = 'Die alte Kuppel stammt aus den Fünfzigerjahren und ist undicht. Der Verein hofft, dass die neue Anlage in zwei Jahren öffnet.';
const settle = (value: string, footers: string[]) => settleOutlet({ value, source: 'read first' }, { footers, addresses: [] })?.value;

describe('nobel forms: an ad slot framed by its labels', () => {
  const page = (slot: string[]) => ['Neue Sternwarte für Musterstadt', '', P1, '', ...slot, '', P2].join('\n');

  it('GIVEN "Anzeige", the ad and "Anzeige Ende" THEN the whole slot goes', () => {
    const ad = ['Anzeige', 'Öffentlicher Vortrag «Sterne über der Stadt» – Freitag, 20. Oktober, 19 Uhr, Aula. Eintritt frei, Anmeldung unter sternfreunde-muster.ch', 'Anzeige Ende'];
    expect(cleanArticle(page(ad)).paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN an opening label with no closing one, or the word in a story sentence THEN the story stays', () => {
    expect(cleanArticle(page(['Anzeige'])).paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    const story = 'Der Verein gab eine Anzeige in der Zeitung auf, um Helfer zu finden. Anzeige Ende September: Mehr als vierzig Menschen meldeten sich.';
    expect(cleanArticle(page([story])).paragraphs.map((p) => p.text)).toEqual([P1, story, P2]);
  });
});

describe('nobel forms: a name before the date', () => {
  const page = (dateLine: string) => ['Neue Sternwarte für Musterstadt', '', dateLine, '', P1, '', P2].join('\n');

  it('GIVEN "Erika Muster, Mittwoch, 4. Oktober 2023, 06:30 Uhr" THEN Erika Muster is the author and the day the date', () => {
    const { meta } = cleanArticle(page('Erika Muster, Mittwoch, 4. Oktober 2023, 06:30 Uhr'));
    expect([meta.author?.value, meta.date?.value]).toEqual(['Erika Muster', '2023-10-04']);
  });

  it.each(['Berlin, Mittwoch, 4. Oktober 2023, 06:30 Uhr', 'Frankfurt am Main, 4. Oktober 2023', 'Mittwoch, 4. Oktober 2023, 06:30 Uhr'])(
    'GIVEN the dateline "%s" THEN no author is made up',
    (line) => expect(cleanArticle(page(line)).meta.author).toBeUndefined(),
  );
});

describe('nobel forms: an address spelling the footer name without umlauts', () => {
  it('GIVEN "maerkischerbote.de" and "© 2023 Beispiel Medien AG – Märkischer Bote" THEN the outlet is "Märkischer Bote"', () => {
    expect(settle('maerkischerbote.de', ['© 2023 Beispiel Medien AG – Märkischer Bote'])).toBe('Märkischer Bote');
  });

  it('GIVEN an address spelling only part of the name, or a name without umlauts THEN the address stays', () => {
    expect(settle('maerkische.de', ['© 2023 Beispiel Medien AG – Märkischer Bote'])).toBe('maerkische.de');
    expect(settle('muenchen.de', ['© 2023 Beispiel Medien AG – Münchner Bote'])).toBe('muenchen.de');
  });
});

describe('nobel forms: the logo and the sub-headline of an html page', () => {
  const page = (logo: string, under: string) => `<!doctype html><html><head><title>Neue Sternwarte | sternwelt.de</title></head><body>
<header><a class="logo" href="/">${logo}</a></header>
<main><article><h1>Neue Sternwarte</h1>${under}<p>${P1}</p><p>${P2}</p></article></main></body></html>`;

  it('GIVEN the <title> suffix "sternwelt.de" and the logo "sternwelt | Das Himmelsmagazin" THEN the outlet is "sternwelt"', () => {
    expect(readHtmlArticle(page('sternwelt | Das Himmelsmagazin', '')).meta.outlet?.value).toBe('sternwelt');
  });

  it('GIVEN a logo printing the address, or another name THEN the address stays', () => {
    expect(readHtmlArticle(page('sternwelt.de', '')).meta.outlet?.value).toBe('sternwelt.de');
    expect(readHtmlArticle(page('Himmelsverlag', '')).meta.outlet?.value).toBe('sternwelt.de');
  });

  it('GIVEN a headline-shaped line under the <h1> THEN it is no paragraph but the heading of the story under it (searchable, never quoted)', () => {
    const sub = '<p class="subline">Stadtrat gibt grünes Licht für den Neubau auf dem Hausberg</p>';
    const { paragraphs } = readHtmlArticle(page('sternwelt', sub));
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(paragraphs.map((p) => p.section)).toEqual(['Stadtrat gibt grünes Licht für den Neubau auf dem Hausberg', 'Stadtrat gibt grünes Licht für den Neubau auf dem Hausberg']);
  });

  it.each([
    ['a topic label of three words', '<p>Wissenschaft und Forschung</p>', 'Wissenschaft und Forschung'],
    ['a standfirst ending like a sentence', '<p class="lead">Der Hausberg bekommt nach siebzig Jahren eine neue Kuppel.</p>', 'Der Hausberg bekommt nach siebzig Jahren eine neue Kuppel.'],
  ])('GIVEN %s under the <h1> THEN it stays', (_, under, text) => {
    expect(readHtmlArticle(page('sternwelt', under)).paragraphs.map((p) => p.text)).toEqual([text, P1, P2]);
  });
});
