/** The .html reader on pages of our own: metadata from tags, text without furniture, broken markup, no scripts run. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { tempDir } from '../../support/fixtures.js';

const BODY = `
<p>Der Landtag in Hannover hat am Mittwoch das neue Schulgesetz verabschiedet. Künftig sollen alle Grundschulen bis 2028 einen Ganztagsbetrieb anbieten, kündigte die Kultusministerin an.</p>
<p class="caption">Schülerinnen in einer Grundschule in Hannover. Foto: Julian Stratenschulte/dpa</p>
<h2>Streit um die Kosten</h2>
<p>Die Kommunen fürchten hohe Kosten. Der Städtetag rechnet mit mehr als 500 Millionen Euro für neue Räume und Personal, die das Land nur zum Teil übernehmen will.</p>
<p>Lesen Sie auch: Lehrermangel in Niedersachsen – was die Schulen jetzt tun</p>
<ul><li>Ganztag an allen Grundschulen bis 2028</li><li>Mehr Geld für Schulsozialarbeit</li></ul>
<p>Die Opposition stimmte gegen das Gesetz. Es sei unterfinanziert und komme zu spät, sagte ihr bildungspolitischer Sprecher in der Debatte.</p>`;

const GRAPH = `<!doctype html><html><head><title>Landtag beschließt Ganztag - Weser-Bote</title>
<meta property="article:author" content="https://www.weser-bote.de/autoren/ole-janssen">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Weser-Bote Online"},
{"@type":"NewsArticle","headline":"Landtag beschließt Ganztag für alle Grundschulen","datePublished":"2024-09-18T16:05:00+02:00",
"author":[{"@type":"Person","name":"Ole Janssen"},{"@type":"Person","name":"Frauke Meyer"}],"publisher":{"@type":"Organization","name":"Weser-Bote"}}]}</script>
<script>document.addEventListener('DOMContentLoaded', () => { document.body.innerHTML = '<p>HACKED by a script that must never run.</p>'; });</script>
</head><body onload="document.body.innerHTML='HACKED'"><div class="share-bar"><a>Teilen</a><a>Drucken</a></div>
<main><article><h1>Landtag beschließt Ganztag</h1>${BODY}
<div class="newsletter-box"><p>Melden Sie sich jetzt für unseren Newsletter an und verpassen Sie keine Nachricht mehr aus Niedersachsen.</p></div>
</article></main><footer><p>© 2024 Weser-Bote Verlag GmbH</p></footer></body></html>`;

describe('html reader', () => {
  it('GIVEN a JSON-LD @graph and no Open Graph tags THEN headline, publisher, date and both authors come from JSON-LD', () => {
    const { meta } = readHtmlArticle(GRAPH);
    expect(meta).toEqual({
      title: { value: 'Landtag beschließt Ganztag für alle Grundschulen', source: 'page: JSON-LD headline' },
      outlet: { value: 'Weser-Bote', source: 'page: JSON-LD publisher.name' },
      date: { value: '2024-09-18', source: 'page: JSON-LD datePublished' },
      author: { value: 'Ole Janssen, Frauke Meyer', source: 'page: JSON-LD author' },
    });
  });

  it('GIVEN the page THEN paragraphs are the article text, with sections, lists joined, and no furniture; no script ran', () => {
    const { paragraphs } = readHtmlArticle(GRAPH);
    expect(paragraphs).toEqual([
      { text: expect.stringMatching(/^Der Landtag in Hannover hat am Mittwoch/), section: null },
      { text: expect.stringMatching(/^Die Kommunen fürchten hohe Kosten\./), section: 'Streit um die Kosten' },
      { text: 'Ganztag an allen Grundschulen bis 2028 Mehr Geld für Schulsozialarbeit', section: 'Streit um die Kosten' },
      { text: expect.stringMatching(/^Die Opposition stimmte gegen das Gesetz\./), section: 'Streit um die Kosten' },
    ]);
    expect(JSON.stringify(paragraphs)).not.toMatch(/HACKED|Foto:|Lesen Sie auch|Newsletter|Teilen|©/);
  });

  it('GIVEN only a <title> with a suffix, an <h1> and a <time> THEN those are used, and say so', () => {
    const page = `<html><head><title>Neue Brücke für Minden | Mindener Tageblatt</title><link rel="canonical" href="https://www.mt.de/lokales/bruecke.html"></head>
      <body><h1>Neue Brücke eröffnet</h1><div class="byline">Von Jan Hendrik Vogt</div><time datetime="2024-02-01T09:00">1. Februar</time>${BODY}</body></html>`;
    const { meta, paragraphs } = readHtmlArticle(page);
    expect(meta).toEqual({
      title: { value: 'Neue Brücke eröffnet', source: 'page: <h1>' },
      outlet: { value: 'Mindener Tageblatt', source: 'page: <title> suffix "Mindener Tageblatt"' },
      date: { value: '2024-02-01', source: 'page: <time datetime>' },
      author: { value: 'Jan Hendrik Vogt', source: 'page: byline "Von Jan Hendrik Vogt"' },
    });
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['Ein Kommentar von Leonie Brandt', 'Leonie Brandt'],
    ['Eine Analyse von Jan Hendrik Vogt und Ole Janssen', 'Jan Hendrik Vogt, Ole Janssen'],
    ['Jan Hendrik Vogt', 'Jan Hendrik Vogt'],
  ])('GIVEN a byline box "%s" THEN the author is %s', (box, author) => {
    const page = `<html><head><title>Brücke | Tageblatt</title></head><body><h1>Neue Brücke eröffnet</h1><div class="byline">${box}</div>${BODY}</body></html>`;
    expect(readHtmlArticle(page).meta.author?.value).toBe(author);
  });

  it('GIVEN teasers in plain markup (no telling classes) THEN link lists, read-also links and a caption with its credit go', () => {
    const page = `<html><head><title>Fähre | Inselbote</title></head><body><article><h1>Fähre fällt aus</h1>
      <p>Die Fähre zwischen Norddeich und Norderney fällt wegen eines Maschinenschadens bis mindestens Freitag aus. Die Reederei setzt Ersatzschiffe ein, die aber seltener fahren.</p>
      <p>Die Fähre „Frisia IV“ im Hafen von Norddeich.</p><p>Foto: Lars Penning/dpa</p>
      <p><strong>Lesen Sie auch:</strong> <a href="/a">Neue Fähre für Juist: Baustart im Herbst</a></p>
      <p>Urlauber sollten mehr Zeit einplanen, rät die Reederei. Am Wochenende werde es an den Anlegern voraussichtlich voll, vor allem am Samstagvormittag.</p>
      <h3>Mehr zum Thema</h3><ul><li><a href="/b">Inselverkehr: Was Pendler wissen müssen</a></li><li><a href="/c">Reederei investiert in neue Schiffe</a></li></ul>
      <p><a href="/d">Alle Nachrichten aus Ostfriesland</a></p></article></body></html>`;
    expect(readHtmlArticle(page).paragraphs.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Die Fähre zwischen Norddeich und Norderney/),
      expect.stringMatching(/^Urlauber sollten mehr Zeit einplanen/),
    ]);
  });

  it('GIVEN og:title with the site name in it and an organisation as JSON-LD author THEN both are left out', () => {
    const page = `<html><head><meta property="og:site_name" content="DER SPIEGEL"><meta property="og:title" content="Hitze in Rom - DER SPIEGEL">
      <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"DER SPIEGEL"},{"@type":"Person","name":"Julia Merlot"}]}</script></head>
      <body><article>${BODY}</article></body></html>`;
    expect(readHtmlArticle(page).meta).toMatchObject({ title: { value: 'Hitze in Rom' }, outlet: { value: 'Der Spiegel' }, author: { value: 'Julia Merlot', source: 'page: JSON-LD author' } });
  });

  it('GIVEN a <title> with several parts THEN the last is the outlet, the rest the title', () => {
    const page = `<html><head><title>Streik - und kein Ende - Nachrichten - WDR</title></head><body>${BODY}</body></html>`;
    expect(readHtmlArticle(page).meta).toMatchObject({ title: { value: 'Streik - und kein Ende - Nachrichten' }, outlet: { value: 'WDR' } });
  });

  it('GIVEN itemprop and name= tags only THEN date, author and publisher are still found', () => {
    const page = `<html><head><title>Schulstart</title><meta name="publisher" content="Lausitzer Landbote"><meta itemprop="datePublished" content="2024-08-26">
      <meta name="author" content="Von Paula Krause"></head><body><div class="logo"><h1>Lausitzer Landbote</h1></div><main><h1>Schulstart mit Lehrermangel</h1>${BODY}</main></body></html>`;
    expect(readHtmlArticle(page).meta).toEqual({
      title: { value: 'Schulstart mit Lehrermangel', source: 'page: <h1>' },
      outlet: { value: 'Lausitzer Landbote', source: 'page: publisher' },
      date: { value: '2024-08-26', source: 'page: datepublished' },
      author: { value: 'Paula Krause', source: 'page: author' },
    });
  });

  it('GIVEN the article body inside an element whose class sounds like furniture THEN the body is kept', () => {
    const long = Array.from({ length: 4 }, (_, i) => `<p>Absatz ${i + 1}: Der Gemeinderat hat nach langer Debatte beschlossen, das alte Hallenbad zu sanieren statt es abzureißen. Die Kosten von rund zwölf Millionen Euro sollen über zehn Jahre verteilt werden, teilte die Verwaltung mit, und der Betrieb soll während der Arbeiten weitergehen.</p>`).join('');
    const page = `<html><head><title>Hallenbad | Dorfbote</title></head><body><div class="article-meta-content">${long}</div><div class="meta">12.05.2024</div></body></html>`;
    expect(readHtmlArticle(page).paragraphs).toHaveLength(4);
  });

  it('GIVEN broken markup THEN the text is still read', () => {
    const broken = `<html><head><title>Kaputt</title><body><div><p>Der Stadtrat von Kassel hat am Abend einen neuen Haushalt beschlossen, der zum ersten Mal seit Jahren ohne neue Schulden auskommt.
      <p>Die Fraktionen stritten bis kurz vor Mitternacht über die Kosten für den Nahverkehr, am Ende stimmte eine knappe Mehrheit zu.</div></span><p>Der Kämmerer zeigte sich erleichtert, warnte aber vor steigenden Zinsen in den kommenden Jahren und vor neuen Aufgaben des Landes.`;
    const texts = readHtmlArticle(broken).paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toMatch(/^Der Kämmerer zeigte sich erleichtert/);
  });
});

describe('loading html files', () => {
  it('GIVEN .html, .htm, an empty page and an oversized file THEN the pages load, the others are named once each', async () => {
    const dir = tempDir('corpus-html-');
    writeFileSync(join(dir, 'a.html'), GRAPH);
    writeFileSync(join(dir, 'b.HTM'), GRAPH.replace('Landtag beschließt Ganztag für alle Grundschulen', 'Ganztag kommt'));
    writeFileSync(join(dir, 'c.html'), '<html><body><nav><a href="/">Start</a></nav></body></html>');
    writeFileSync(join(dir, 'd.html'), `<html><body><p>${'x'.repeat(6 * 1024 * 1024)}</p></body></html>`);
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => [a.meta.id, a.meta.title])).toEqual([
      ['a', 'Landtag beschließt Ganztag für alle Grundschulen'],
      ['b', 'Ganztag kommt'],
    ]);
    expect(problems).toEqual([
      { file: 'd.html', reason: expect.stringMatching(/^too large \(6\.0 MB; the limit is 5 MB\)$/) },
      { file: 'c.html', reason: 'nothing left after removing boilerplate' },
    ]);
  });
});

describe('hostile pages', () => {
  it('GIVEN a page of thousands of nested furniture blocks THEN it is refused at once with its shape, not read for minutes', () => {
    const depth = 5_000;
    const html = `<html><body>${'<div class="share"><p>Teilen Sie diesen Artikel mit Freunden und Bekannten.</p>'.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`;
    const read = readHtmlArticle(html); // 2 MB of this shape kept the event loop busy for 184 s before the limit
    expect(read.paragraphs).toEqual([]);
    expect(read.refused).toMatch(/too complex .* nested \d+ deep/);
  });

  it('GIVEN an ordinary page THEN the shape limits leave it alone', () => {
    const html = `<html><head><title>Titel | Blatt</title></head><body><article><h1>Titel</h1>${'<p>Ein ganz gewöhnlicher Absatz mit genug Wörtern, damit er als Text zählt und gelesen wird.</p>'.repeat(40)}</article></body></html>`;
    const read = readHtmlArticle(html);
    expect(read.refused).toBeUndefined();
    expect(read.paragraphs.length).toBeGreaterThan(0);
  });
});

describe('html reader, a page with no metadata tags', () => {
  const page = (footer: string) => `<!doctype html><html><head><title>Neue Schleuse für den Nord-Ostsee-Kanal</title></head><body>
<header><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav></header>
<main><article><h1>Neue Schleuse für den Nord-Ostsee-Kanal</h1><p>Von Jan Petersen, Kiel</p><p>Freitag, 04.08.2023, 10:15 Uhr</p>
<p>Der Bund hat am Donnerstag den Bau einer neuen Schleusenkammer in Kiel-Holtenau freigegeben. Die Arbeiten sollen im kommenden Frühjahr beginnen und rund sechs Jahre dauern.</p>
<p>Die alten Kammern stammen noch aus der Kaiserzeit und sind marode. Immer wieder mussten sie für Reparaturen gesperrt werden, was den Schiffsverkehr behinderte.</p>
</article></main>${footer}</body></html>`;

  it('GIVEN a © line in the footer, an unlabelled byline and date line THEN they give outlet, author and date, each saying where it came from', () => {
    const read = readHtmlArticle(page('<footer><ul><li><a href="/impressum">Impressum</a></li></ul><p>© 2023 Kieler Morgenpost</p></footer>'));
    expect(read.meta).toMatchObject({
      outlet: { value: 'Kieler Morgenpost', source: 'page: footer "© 2023 Kieler Morgenpost"' },
      author: { value: 'Jan Petersen', source: 'page: byline "Von Jan Petersen, Kiel" in the text' },
      date: { value: '2023-08-04', source: 'page: date line "Freitag, 04.08.2023, 10:15 Uhr" in the text' },
    });
    expect(read.paragraphs).toHaveLength(2);
  });

  it('GIVEN a footer whose © names only an agency THEN no outlet is made up', () => {
    // The same agencies as the text reader's footer rule: KNA, epd and picture agencies too, not just the four wire services.
    for (const footer of ['© dpa', '© KNA 2023', '© epd', '© picture alliance 2023']) expect([footer, readHtmlArticle(page(`<footer><p>${footer}</p></footer>`)).meta.outlet]).toEqual([footer, undefined]);
  });
});
