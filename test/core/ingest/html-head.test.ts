/**
 * The .html reader on what pages of our own show around the headline: a site name that is only the site's
 * address beside the brand the page names itself, a date that only the visible dateline gives (its class marks
 * it as furniture) or only a stamp "Artikel vom …" below the story, and a <title> whose parts "»" separates. Each once where the rule fires and once where a look-alike must not change anything.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';

const STORY = `<p>Der Bund hat am Donnerstag den Bau einer neuen Schleusenkammer in Kiel-Holtenau freigegeben. Die Arbeiten sollen im kommenden Frühjahr beginnen und rund sechs Jahre dauern.</p>
<p>Die alten Kammern stammen noch aus der Kaiserzeit und sind marode. Immer wieder mussten sie für Reparaturen gesperrt werden, was den Schiffsverkehr behinderte.</p>`;

describe('html reader, a site name that is an address', () => {
  const page = (siteName: string, publisher: string) => `<!doctype html><html><head><title>Neue Schleuse für Kiel | ${siteName.toUpperCase()}</title>
<meta property="og:site_name" content="${siteName}"><meta property="article:published_time" content="2023-08-04T10:15:00+02:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Schleuse für Kiel","publisher":{"@type":"Organization","name":"${publisher}"}}</script>
</head><body><main><article><h1>Neue Schleuse für Kiel</h1>${STORY}</article></main><footer><p>© 2023 ${siteName} GmbH</p></footer></body></html>`;

  it('GIVEN og:site_name "kompass.de" and the JSON-LD publisher "Kompass" THEN the outlet is the brand, saying why', () => {
    expect(readHtmlArticle(page('kompass.de', 'Kompass')).meta.outlet).toEqual({
      value: 'Kompass',
      source: 'page: og:site_name "kompass.de", the address of the name the page gives itself in its JSON-LD publisher.name',
    });
  });

  it('GIVEN a publisher named otherwise than the address, or a section address THEN the site name stays', () => {
    expect(readHtmlArticle(page('kompass.de', 'Kompass Mediengruppe')).meta.outlet?.value).toBe('kompass.de');
    expect(readHtmlArticle(page('nord.kompass.de', 'nord')).meta.outlet?.value).toBe('nord.kompass.de');
  });
});

describe('html reader, a date only the visible dateline gives', () => {
  const page = (head: string, tail = '') => `<!doctype html><html><head><title>Neue Schleuse für Kiel | Kieler Morgenpost</title></head><body>
<div id="consent-layer"><p>Damit wir Ihnen unser Angebot kostenlos bereitstellen können, nutzen wir Cookies und verarbeiten Daten gemeinsam mit Partnern.</p></div>
<main><article><p class="kicker">Schifffahrt</p><h1>Neue Schleuse für Kiel</h1>
<p class="lead">Der Nord-Ostsee-Kanal bekommt eine fünfte Schleusenkammer. Reedereien hoffen auf weniger Wartezeit in Holtenau.</p>
${head}${STORY}${tail}</article></main></body></html>`;

  it.each([
    ['<p class="dateline">04.08.2023, 10:15 Uhr</p>', '2023-08-04'],
    ['<div class="meta"><span class="date">Stand: 4.8.2023</span></div>', '2023-08-04'],
    ['<p class="dateline">04.08.23, 10:15 Uhr</p>', '2023-08-04'],
  ])('GIVEN %s under the lead THEN it dates the page, saying so', (head, iso) => {
    const { meta, paragraphs } = readHtmlArticle(page(head));
    expect([meta.date?.value, meta.date?.source]).toEqual([iso, expect.stringMatching(/^page: date line ".+" above the story$/)]);
    expect(paragraphs.map((p) => p.text)).not.toContainEqual(expect.stringMatching(/^(Stand: )?0?4\.0?8\./));
  });

  it('GIVEN only a story sentence on the "Stand der Dinge" and a dated teaser under the story THEN no date is made up', () => {
    const stand = '<p>Stand der Dinge am 04.08.2023 ist, dass die Kammer frühestens im Jahr 2030 fertig wird, sagte ein Sprecher des Wasserstraßenamts.</p>';
    const teaser = '<p class="teaser-date">01.08.2023</p><p>Kiel: Neue Brücke über die Hörn</p>';
    expect(readHtmlArticle(page('', `${stand}${teaser}`)).meta.date).toBeUndefined();
  });
});

describe('html reader, a date stamp below the story', () => {
  const page = (tail: string) => `<!doctype html><html><head><title>Neue Schleuse für Kiel | Kieler Morgenpost</title></head><body>
<main><article><h1>Neue Schleuse für Kiel</h1><div class="entry">${STORY}</div>${tail}</article></main></body></html>`;

  it('GIVEN only "Artikel vom 04.08.2023 – 10:15 Uhr" after the last paragraph THEN it dates the page, saying so', () => {
    const { meta, paragraphs } = readHtmlArticle(page('<div class="stamp">Artikel vom 04.08.2023 – 10:15 Uhr</div>'));
    expect(meta.date).toEqual({ value: '2023-08-04', source: 'page: date stamp "Artikel vom 04.08.2023 – 10:15 Uhr"' });
    expect(paragraphs.map((p) => p.text)).not.toContainEqual(expect.stringContaining('Artikel vom'));
  });

  it('GIVEN only a print note "Dieser Artikel erschien zuerst in der Printausgabe vom 3. August 2023." THEN it dates the page', () => {
    const { meta } = readHtmlArticle(page('<p class="print-note">Dieser Artikel erschien zuerst in der Printausgabe vom 3. August 2023.</p>'));
    expect(meta.date).toEqual({ value: '2023-08-03', source: 'page: date stamp "Dieser Artikel erschien zuerst in der Printausgabe vom 3. August 2023."' });
  });

  it('GIVEN a story sentence about another paper\'s print edition of a day THEN no date is made up', () => {
    expect(readHtmlArticle(page('<p>Die Kieler Nachrichten berichteten in ihrer Printausgabe vom 1. August 2023 zuerst über die Pläne des Bundes.</p>')).meta.date).toBeUndefined();
  });

  it('GIVEN an unlabelled date or a story sentence about an article of that day below the story THEN no date is made up', () => {
    expect(readHtmlArticle(page('<div class="stamp">01.08.2023</div>')).meta.date).toBeUndefined();
    expect(readHtmlArticle(page('<p>Ein Artikel vom 01.08.2023 über die alte Brücke liegt seitdem im Archiv des Kanalamts.</p>')).meta.date).toBeUndefined();
  });
});

describe('html reader, a <title> whose parts "»" separates', () => {
  const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body>
<main><article><h1>Neue Schleuse für Kiel</h1>${STORY}</article></main><footer><p>© 2023 Kieler Kanal-Verlag GmbH</p></footer></body></html>`;

  it('GIVEN "Schifffahrt » Neue Schleuse für Kiel » Kanalblatt" THEN the last part names the outlet', () => {
    expect(readHtmlArticle(page('Schifffahrt » Neue Schleuse für Kiel » Kanalblatt')).meta.outlet).toEqual({ value: 'Kanalblatt', source: 'page: <title> suffix "Kanalblatt"' });
  });

  it('GIVEN a headline that itself carries "»" THEN the <title> has no suffix and the footer names the outlet', () => {
    const own = `<!doctype html><html><head><title>Von Kiel » nach Holtenau</title><meta property="og:title" content="Von Kiel » nach Holtenau"></head><body>
<main><article><h1>Von Kiel » nach Holtenau</h1>${STORY}</article></main><footer><p>© 2023 Kieler Kanal-Verlag GmbH</p></footer></body></html>`;
    expect(readHtmlArticle(own).meta.outlet?.value).not.toBe('nach Holtenau');
    expect(readHtmlArticle(own).meta.title?.value).toBe('Von Kiel » nach Holtenau');
  });
});

describe('html reader, an embedded post', () => {
  const page = (box: string) => `<!doctype html><html><head><title>Neue Schleuse für Kiel | Kieler Morgenpost</title></head><body>
<main><article><h1>Neue Schleuse für Kiel</h1><div class="entry">${STORY}${box}</div></article></main></body></html>`;

  it('GIVEN a post embedded in a box of class "embed embed-x" THEN neither its consent text nor the post is a paragraph', () => {
    const box = '<div class="embed embed-x"><p class="embed-consent">Der Inhalt wird von X bereitgestellt. <button>Inhalt laden</button></p><blockquote class="tweet"><p>Big ships wait for days at Holtenau. We need the new lock now.</p>— Canal Watch (@CanalWatch) August 3, 2023</blockquote></div>';
    expect(readHtmlArticle(page(box)).paragraphs.map((p) => p.text).join(' ')).not.toMatch(/Big ships|bereitgestellt/);
  });

  it('GIVEN a quote the story sets in a <blockquote> of its own THEN it stays', () => {
    const quote = '<blockquote><p>„Wir warten seit Jahren auf diese Schleuse, jetzt muss es schnell gehen“, sagte der Hafenkapitän am Donnerstag in Holtenau.</p></blockquote>';
    expect(readHtmlArticle(page(quote)).paragraphs.map((p) => p.text).join(' ')).toContain('Wir warten seit Jahren');
  });
});
