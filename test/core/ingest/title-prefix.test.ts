/**
 * A <title> that sets the site's name before the headline ("nd: <headline>") names the outlet when the footer names it
 * again, rather than the footer's company ("nd.Genossenschaft eG"). Where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';

const P = 'Man kann die Uhr danach stellen: Kaum stehen die Züge still, melden sich Verbände mit der Forderung, das Streikrecht einzuschränken. Die Liste ist lang, und sie wird mit jedem Streiktag länger.';
const page = (title: string, h1: string, footer: string) =>
  `<html><head><title>${title}</title></head><body><main><article><h1>${h1}</h1><p>${P}</p><p>${P.replace('Uhr', 'Zeit')}</p><p>${P.replace('lang', 'kurz')}</p></article></main><footer><p>${footer}</p></footer></body></html>`;

describe('a site name before the headline in <title>', () => {
  it('GIVEN "nd: <h1>" and a footer naming "nd" THEN the outlet is "nd", not the cooperative', () => {
    expect(readHtmlArticle(page('nd: Das Streikrecht gilt', 'Das Streikrecht gilt', '© nd.Genossenschaft eG 2024 · nd-aktuell.de')).meta.outlet?.value).toBe('nd');
  });
  it('GIVEN a rubric "Kommentar: <h1>" THEN the footer names the outlet', () => {
    expect(readHtmlArticle(page('Kommentar: Das Streikrecht gilt', 'Das Streikrecht gilt', '© Lokalblick Verlag GmbH 2024')).meta.outlet?.value).not.toBe('Kommentar');
  });
  it('GIVEN a prefix whose rest is not the headline THEN it is no site name', () => {
    expect(readHtmlArticle(page('nd: Streik', 'Das Streikrecht gilt', '© nd.Genossenschaft eG 2024 · nd-aktuell.de')).meta.outlet?.value).not.toBe('nd');
  });
});
