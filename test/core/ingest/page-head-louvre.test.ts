/**
 * Metadata forms first seen on louvre's pages, written here as fixtures of our own (a story about a town museum's
 * break-in): an author's name alone under a paywall badge, a byline box of class "autor", a <title> suffix giving
 * the site's name and then its address, and a site-name tag giving the address the <title> repeats over a footer
 * printing the owner's legal name. Each with a look-alike that must keep its old reading.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'In das Stadtmuseum von Hallerbach ist in der Nacht zum Dienstag eingebrochen worden. Die Täter hebelten ein Fenster im Erdgeschoss auf und nahmen zwei Silberleuchter aus dem 18. Jahrhundert mit.';
const P2 = 'Die Polizei sucht Zeugen, die in der Nacht verdächtige Fahrzeuge in der Altstadt bemerkt haben. Der Wert der Leuchter wird auf rund 40.000 Euro geschätzt, teilte die Stadt mit.';

describe('an author\'s name alone under a paywall badge', () => {
  const page = (badge: string) => ['Direkt zum Inhalt', 'Hallerbacher Tagblatt', 'Region', 'Kultur', 'Sport', 'Home / Region / Kultur', 'Einbruch ins Stadtmuseum', 'Nach dem Einbruch ins Stadtmuseum fragen sich auch andere Häuser der Region, wie gut sie geschützt sind. Versicherer rechnen mit strengeren Auflagen.', badge, 'Jana Morbach', '14.10.2025, 06.00 Uhr', P1, '', P2].join('\n');

  it.each(['Abo+', 'HT+', 'HT Plus'])('GIVEN the badge "%s" between the teaser and the name THEN the name is the author and heads no section', (badge) => {
    const article = readTextArticle(page(badge), none);
    expect(article.meta.author?.value).toBe('Jana Morbach');
    expect(article.paragraphs.map((p) => p.section)).not.toContain('Jana Morbach');
  });

  it('GIVEN a sentence rather than a badge there THEN the name is not read as the author', () => {
    expect(readTextArticle(page('Mehr dazu lesen Sie morgen in der Zeitung.'), none).meta.author?.value).not.toBe('Jana Morbach');
  });
});

const html = (title: string, head: string, byline: string, footer: string) => `<!doctype html><html><head><title>${title}</title>${head}</head><body>
<main><article><h1>Einbruch ins Stadtmuseum</h1>${byline}<p>${P1}</p><p>${P2}</p></article></main><footer><p>${footer}</p></footer></body></html>`;

describe('a byline box of class "autor"', () => {
  it('GIVEN <div class="autor">Von A · Montag, 13.10.2025 · 18:40 Uhr</div> THEN A is the author', () => {
    const page = html('Einbruch ins Stadtmuseum | Hallerbacher Kurier', '', '<div class="autor">Von Tobias Reinwald · Montag, 13.10.2025 · 18:40 Uhr</div>', '© Hallerbacher Kurier 2025');
    expect(readHtmlArticle(page).meta.author?.value).toBe('Tobias Reinwald');
  });
});

describe('a <title> suffix giving the site\'s name, then its address', () => {
  const footer = '© Nordhessischer Kurier GmbH &amp; Co. KG 2025 – Alle Rechte vorbehalten';
  it('GIVEN "… | Nordhessischer Kurier - kurier.de" THEN the outlet is the name, not the address', () => {
    expect(readHtmlArticle(html('Zwei Leuchter gestohlen | Nordhessischer Kurier - kurier.de', '', '', footer)).meta.outlet?.value).toBe('Nordhessischer Kurier');
  });

  it('GIVEN a name the address does not spell before it THEN the address stays the suffix', () => {
    expect(readHtmlArticle(html('Zwei Leuchter gestohlen | Polizei Hallerbach - kurier.de', '', '', '')).meta.outlet?.value).toBe('kurier.de');
  });
});

describe('a site-name tag giving the address the <title> repeats', () => {
  const footer = '© Hessischer Rundfunk 2025 · Impressum';
  it('GIVEN og:site_name "HR.de", "… | HR.de" and the footer\'s legal name THEN the outlet stays "HR.de"', () => {
    const page = html('Einbruch ins Stadtmuseum | HR.de', '<meta property="og:site_name" content="HR.de">', '', footer);
    expect(readHtmlArticle(page).meta.outlet?.value).toBe('HR.de');
  });

  it('GIVEN the same tag under a <title> with another suffix THEN the address\'s letters name the broadcaster as before', () => {
    const page = html('Einbruch ins Stadtmuseum | Nachrichten', '<meta property="og:site_name" content="HR.de">', '', footer);
    expect(readHtmlArticle(page).meta.outlet?.value).toBe('HR');
  });
});
