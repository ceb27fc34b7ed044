/**
 * The day in the page's own address (url-date.ts): the last resort for a page with no date tag, date line or stamp
 * (tauchboot's Thüringer Allgemeine page, whose only date is in its canonical address). Where it fires and where not.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { urlDate } from '../../../src/core/corpus/readers/url-date.js';

const P = 'Vier Tage lang hat die halbe Stadt auf die Baustelle gestarrt, auf der die Stunden bis zur Freigabe der Brücke abliefen. Am Ende stand fest, dass der Termin nie zu halten gewesen war.';
const page = (head: string, body = '') =>
  `<html><head><title>Die Brücke | Lokalblick</title>${head}</head><body><main><article><h1>Die Brücke</h1>${body}<p>${P}</p><p>${P.replace('Stadt', 'Region')}</p><p>${P.replace('Tage', 'Wochen')}</p></article></main></body></html>`;

describe('the day in the page\'s own address', () => {
  it.each([
    ['https://www.lokalblick.de/2023/06/23/meinung/kommentar-bruecke.html', '2023-06-23'],
    ['https://www.lokalblick.de/politik/2023-06-23-bruecke-freigegeben.html', '2023-06-23'],
    ['https://lokalblick.de/2024/02/29/', '2024-02-29'],
  ])('GIVEN "%s" THEN the day is %s', (url, day) => expect(urlDate(url)?.value).toBe(day));

  it.each([
    ['https://www.lokalblick.de/2023/06/meinung/kommentar.html'], // an archive's month folder, no day
    ['https://www.lokalblick.de/2023/02/30/bruecke.html'], // no such day
    ['https://www.lokalblick.de/suche?von=2023/06/23'], // a query, not the path
    ['https://www.lokalblick.de/artikel/12023061234.html'], // digits of an id
    ['https://www.lokalblick.de/2023/06-23/bruecke.html'], // two separators
    ['/2023/06/23/bruecke.html'], // not an absolute address
  ])('GIVEN "%s" THEN no day is read', (url) => expect(urlDate(url)).toBeNull());

  it('GIVEN a page dated only by its canonical address THEN that day dates it, saying so', () => {
    const date = readHtmlArticle(page('<link rel="canonical" href="https://www.lokalblick.de/2023/06/23/meinung/bruecke.html">')).meta.date;
    expect(date).toEqual({ value: '2023-06-23', source: expect.stringContaining('own address') });
  });
  it('GIVEN a date tag and a dated address THEN the tag wins', () => {
    const head = '<meta property="article:published_time" content="2023-06-24T08:00:00+02:00"><meta property="og:url" content="https://www.lokalblick.de/2023/06/23/bruecke.html">';
    expect(readHtmlArticle(page(head)).meta.date?.value).toBe('2023-06-24');
  });
  it('GIVEN a link to another article with a dated address THEN the page stays undated', () => {
    const body = '<p><a href="https://www.lokalblick.de/2023/06/20/bruecke-gesperrt.html">Die Brücke war gesperrt</a></p>';
    expect(readHtmlArticle(page('<link rel="canonical" href="https://www.lokalblick.de/meinung/bruecke.html">', body)).meta.date).toBeUndefined();
  });
});
