/**
 * Metadata forms first seen on wolf's pages, written here as fixtures of our own (a story about beavers flooding
 * meadows): the header's account buttons before the menu, the author's name alone under the teaser when the date line
 * stands above the headline, a kicker glued to the headline by copying, a JSON-LD publisher given only by its "@id",
 * and an image logo's brand over a footer naming the publishing house. Each with a look-alike keeping its old reading.
 */
import { describe, expect, it } from 'vitest';
import { outletCase } from '../../../src/core/corpus/names.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Im Auetal haben Biber in diesem Winter drei Dämme gebaut. Seitdem stehen mehrere Wiesen unter Wasser, und die Landwirte können ihre Flächen nicht mehr mähen.';
const P2 = 'Die Untere Naturschutzbehörde prüft nun, ob einzelne Dämme abgetragen werden dürfen. Der Biber ist streng geschützt, jeder Eingriff braucht eine Genehmigung.';
const TEASER = 'Die Nager stauen den Bach an drei Stellen. Landwirte fordern eine schnelle Lösung, Naturschützer mahnen zur Geduld.';
const read = (lines: string[]) => readTextArticle(lines.join('\n'), none).meta;

describe('the header\'s buttons before the menu', () => {
  const footer = '© 2025 Auebote – ein Produkt der Mittelland Medien AG';
  it('GIVEN "Menü / Suche / Login / Abonnieren" over the menu THEN "Login" is not the outlet, the footer names it', () => {
    const meta = read(['Menü', 'Suche', 'Login', 'Abonnieren', 'Politik', 'Region', 'Natur', 'Biber im Auetal', P1, P2, footer]);
    expect(meta.outlet?.value).toBe('Auebote');
  });

  it('GIVEN the site\'s name after those buttons THEN the header still names it', () => {
    expect(read(['Menü', 'Login', 'Auebote', 'Politik', 'Region', 'Natur', 'Biber im Auetal', P1, P2]).outlet?.value).toBe('Auebote');
  });
});

describe('the author\'s name alone under the teaser, the date line above the headline', () => {
  it('GIVEN date line, headline, teaser, name THEN the name is the author', () => {
    expect(read(['Natur / Biber', 'Freitag, 7. März 2025', 'Biber setzen Wiesen unter Wasser', TEASER, 'Lena Hochstrasser', P1, P2]).author?.value).toBe('Lena Hochstrasser');
  });

  it('GIVEN no date line above the headline THEN the name is not read as the author', () => {
    expect(read(['Natur / Biber', 'Biber setzen Wiesen unter Wasser', TEASER, 'Lena Hochstrasser', P1, P2]).author?.value).not.toBe('Lena Hochstrasser');
  });
});

describe('a kicker glued to the headline', () => {
  it('GIVEN "Biber im AuetalLandwirte fürchten um ihre Wiesen" THEN the title is the headline after the glue', () => {
    expect(read(['Natur › Biber', 'Biber im AuetalLandwirte fürchten um ihre Wiesen', P1, P2]).title?.value).toBe('Landwirte fürchten um ihre Wiesen');
  });

  it('GIVEN a brand written with an inner capital that the page prints again THEN the headline stays whole', () => {
    const body = 'Die neue BahnCard gilt ab Juni auch im Nahverkehr. Wer sie schon besitzt, muss nichts tun und bekommt den Rabatt automatisch.';
    expect(read(['Verkehr', 'Neue BahnCard gilt auch im Nahverkehr', body, P2]).title?.value).toBe('Neue BahnCard gilt auch im Nahverkehr');
  });
});

const page = (head: string, header: string, footer: string, extra = '') => `<!doctype html><html><head><title>Biber setzen Wiesen unter Wasser | auebote.com</title>${head}</head><body>
<header>${header}<nav><a href="/natur">Natur</a> <a href="/region">Region</a></nav></header><main><article><h1>Biber setzen Wiesen unter Wasser</h1><p>${P1}</p><p>${P2}</p></article>${extra}</main><footer><p>${footer}</p></footer></body></html>`;

describe('a JSON-LD publisher given by its "@id"', () => {
  const graph = (org: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[${org}{"@type":"NewsArticle","headline":"Biber setzen Wiesen unter Wasser","publisher":{"@id":"https://www.auebote.com/#org"}}]}</script>`;
  it('GIVEN the organisation node of that @id named "Aue Bote" THEN it is the outlet, not the <title>\'s address', () => {
    const org = '{"@type":"Organization","@id":"https://www.auebote.com/#org","name":"Aue Bote"},';
    expect(readHtmlArticle(page(graph(org), '', '© Mittelland Medien AG')).meta.outlet?.value).toBe('Aue Bote');
  });

  it('GIVEN no node of that @id THEN the <title>\'s suffix stays the outlet', () => {
    expect(readHtmlArticle(page(graph(''), '', '© Mittelland Medien AG')).meta.outlet?.value).toBe('auebote.com');
  });
});

describe('an image logo\'s brand over a footer naming the publishing house', () => {
  const logo = '<a href="/" class="brand"><img src="/logo.svg" alt="FELD UND FLUR"></a>';
  const footer = '© 2025 Agrar Zeitschriftenverlag GmbH &amp; Co. KG';
  const html = (extra: string) => page('', logo, footer, extra).replace(' | auebote.com', '');
  it('GIVEN <img alt="FELD UND FLUR"> and the site\'s address "feldundflur.de" on the page THEN the outlet is "Feld und Flur"', () => {
    expect(readHtmlArticle(html('<p class="report">Fehler entdeckt? Schreiben Sie an redaktion@feldundflur.de</p>')).meta.outlet?.value).toBe('Feld und Flur');
  });

  it('GIVEN nothing else on the page naming the brand THEN the footer\'s publisher stays the outlet', () => {
    expect(readHtmlArticle(html('')).meta.outlet?.value).toBe('Agrar Zeitschriftenverlag');
  });

  it('GIVEN a name in capitals with a linking word THEN the word is set in lower case', () => {
    expect(outletCase('BERLIN AM SONNTAG')).toBe('Berlin am Sonntag');
  });
});
