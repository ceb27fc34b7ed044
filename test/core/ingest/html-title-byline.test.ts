/**
 * The .html reader on heads that twitter-card pages and plain pages print: a <title> whose only dash belongs to the
 * headline (no outlet suffix), a byline and date set in one box split by a line break, and a consent banner that
 * counts its partners. Each once where the rule fires and once on a look-alike that must not change.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';

const STORY = `<p>Der Bund hat am Donnerstag den Bau einer neuen Schleusenkammer in Kiel-Holtenau freigegeben. Die Arbeiten sollen im kommenden Frühjahr beginnen und rund sechs Jahre dauern.</p>
<p>Die alten Kammern stammen noch aus der Kaiserzeit und sind marode. Immer wieder mussten sie für Reparaturen gesperrt werden, was den Schiffsverkehr behinderte.</p>`;

describe('html reader, a <title> whose dash belongs to the headline', () => {
  const page = (title: string, twitter: string) => `<!doctype html><html><head><title>${title}</title>
<meta name="twitter:title" content="${twitter}"></head><body><main><article><h1>${twitter}</h1>${STORY}</article></main>
<footer><p>© Kieler Morgenpost Verlag GmbH 2023</p></footer></body></html>`;

  it('GIVEN <title> "Kommentar: Neue Schleuse – aber der Kanal wartet" and the same headline in twitter:title THEN no suffix is cut off and the footer names the outlet', () => {
    const { meta } = readHtmlArticle(page('Kommentar: Neue Schleuse – aber der Kanal wartet', 'Neue Schleuse – aber der Kanal wartet'));
    expect(meta.title?.value).toBe('Neue Schleuse – aber der Kanal wartet');
    expect(meta.outlet?.value).toBe('Kieler Morgenpost');
  });

  it('GIVEN <title> "Neue Schleuse – aber der Kanal wartet - Kieler Nachrichten" THEN the suffix is still the outlet', () => {
    const { meta } = readHtmlArticle(page('Neue Schleuse – aber der Kanal wartet - Kieler Nachrichten', 'Neue Schleuse – aber der Kanal wartet'));
    expect(meta.title?.value).toBe('Neue Schleuse – aber der Kanal wartet');
    expect(meta.outlet?.value).toBe('Kieler Nachrichten');
  });
});

describe('html reader, byline and date in one box split by a line break', () => {
  const page = (box: string, banner = '') => `<!doctype html><html><head><title>Neue Schleuse für Kiel | Kieler Morgenpost</title></head><body>
<div class="cookie-layer"><p>${banner || 'Wir nutzen Cookies.'}</p></div>
<main><div class="article"><h1>Neue Schleuse für Kiel</h1>
<p class="intro">Der Nord-Ostsee-Kanal bekommt eine fünfte Schleusenkammer. Reedereien hoffen auf weniger Wartezeit in Holtenau und Brunsbüttel.</p>
${box}${STORY}</div></main></body></html>`;

  it('GIVEN "Von A und B<br>4. August 2023 · 10:15 Uhr" in a box of class "meta" THEN both authors and the date are read', () => {
    const { meta, paragraphs } = readHtmlArticle(page('<p class="meta">Von Henrike Stahl und Florian Wendt<br>4. August 2023 · 10:15 Uhr</p>'));
    expect(meta.author?.value).toBe('Henrike Stahl, Florian Wendt');
    expect(meta.date?.value).toBe('2023-08-04');
    expect(paragraphs.some((p) => p.text.includes('Wendt'))).toBe(false);
  });

  it('GIVEN a byline box "A, Istanbul, und B<br>Di, 14.02.2023, 16.05 Uhr" of class "byline", no "Von" THEN both authors and the date are read', () => {
    const { meta } = readHtmlArticle(page('<div class="byline">Henrike Stahl, Istanbul, und Florian Wendt<br>Di, 14.02.2023, 16.05 Uhr</div>'));
    expect(meta.author?.value).toBe('Henrike Stahl, Florian Wendt');
    expect(meta.date?.value).toBe('2023-02-14');
  });

  it('GIVEN a consent banner "Wir und bis zu 142 Partner verarbeiten Ihre Daten …" above the box THEN the box is still above the story', () => {
    const banner = 'Wir und bis zu 142 Partner verarbeiten Ihre Daten, um Inhalte und Anzeigen zu personalisieren und die Nutzung auszuwerten. Sie können Ihre Auswahl jederzeit anpassen.';
    expect(readHtmlArticle(page('<p class="meta">Von Henrike Stahl<br>4. August 2023</p>', banner)).meta.date?.value).toBe('2023-08-04');
  });

  it('GIVEN a story sentence with a line break and no byline box THEN no author is made up', () => {
    const { meta } = readHtmlArticle(page('<p>Die Reedereien warten seit Jahren.<br>Von Henrike Stahl stammt der Plan nicht, sagte ein Sprecher am Donnerstag in Kiel.</p>'));
    expect(meta.author).toBeUndefined();
  });
});

describe('html reader, a heading over a list', () => {
  const page = (box: string) => `<!doctype html><html><head><title>Neue Schleuse für Kiel | Kieler Morgenpost</title></head><body><main><article>
<h1>Neue Schleuse für Kiel</h1>${box}${STORY}</article></main></body></html>`;

  it('GIVEN "Darum gehts" over summary points THEN the points are its section and the story after them has none', () => {
    const { paragraphs } = readHtmlArticle(page('<div class="summary"><h2>Darum gehts</h2><ul><li>Der Bund gibt die Schleuse frei.</li><li>Der Bau dauert sechs Jahre.</li></ul></div>'));
    expect(paragraphs.map((p) => p.section)).toEqual(['Darum gehts', null, null]);
  });

  it('GIVEN a heading over story paragraphs THEN they keep it as their section', () => {
    const { paragraphs } = readHtmlArticle(page('<h2>Der Beschluss</h2>'));
    expect(paragraphs.map((p) => p.section)).toEqual(['Der Beschluss', 'Der Beschluss']);
  });
});
