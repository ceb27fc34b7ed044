/**
 * Byline forms seen on landtagswahl's pages, as general rules: "VON A am 10. Oktober 2023" (the "Von" in capitals,
 * "am" before the day), a label byline after the story with the author's place ("Text: A, München"), and a byline
 * above the story that holds the day ("Würzburg · Von A · 09.10.2023 · 18:05 Uhr") dating a page without a date tag.
 * Each rule once where it must fire and once on look-alike text that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';
import { readByline } from '../../../src/core/corpus/byline.js';

const none = { repeated: new Set<string>() };
const STORY = [
  'Der Stadtrat hat am Dienstag den Umbau des Busbahnhofs beschlossen. Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, der Verkehr wird so lange umgeleitet.',
  'Die Kosten liegen nach Angaben der Verwaltung bei knapp zwölf Millionen Euro. Der Freistaat übernimmt davon gut die Hälfte, den Rest tragen Stadt und Landkreis gemeinsam.',
];

describe('a byline in capitals, "am" before its day', () => {
  it('GIVEN "VON Kai Weidenhammer am 10. Oktober 2023" THEN the author and the day are read', () => {
    expect(readByline('VON Kai Weidenhammer am 10. Oktober 2023')).toEqual({ author: 'Kai Weidenhammer', date: '2023-10-10' });
    expect(readByline('Von Kai Weidenhammer am 10. Oktober 2023')).toEqual({ author: 'Kai Weidenhammer', date: '2023-10-10' });
  });

  it('GIVEN a sentence that starts alike, or words in capitals that are no name THEN it is no byline', () => {
    expect(readByline('Von Kai Weidenhammer am 10. Oktober 2023 war nichts mehr zu hören.')).toBeNull();
    expect(readByline('VON DER LEYEN AM 10. OKTOBER 2023')).toBeNull();
  });

  it('GIVEN the byline box of a saved page ("VON <span itemprop=author>…</span> am <span>…</span>") THEN it names the author', () => {
    const html = `<!doctype html><html><head><title>Umbau beschlossen | Stadtblick</title></head><body><main><article><h1>Umbau beschlossen</h1>
<div class="author-line">VON <span itemprop="author">Kai Weidenhammer</span> am <span itemprop="dateCreated">10. Oktober 2023</span></div>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
    const { meta } = readHtmlArticle(html);
    expect(meta.author?.value).toBe('Kai Weidenhammer');
    expect(meta.date?.value).toBe('2023-10-10');
  });
});

describe('a label byline after the story, with the author\'s place', () => {
  const page = (tail: string) => ['Stadtblick', '', 'Busbahnhof wird umgebaut', '12.03.2023, 06:00', '', ...STORY.flatMap((p) => [p, '']), tail, '', '© Stadtblick 2023'].join('\n');

  it('GIVEN "Text: Clemens Hackl, München" under the last paragraph THEN Clemens Hackl is the author and the line is no passage', () => {
    const read = readTextArticle(page('Text: Clemens Hackl, München'), none);
    expect(read.meta.author?.value).toBe('Clemens Hackl');
    expect(read.paragraphs.map((p) => p.text).join(' ')).not.toContain('Clemens Hackl');
  });

  it('GIVEN a line "Text: …" that is a sentence THEN nobody is made the author', () => {
    const read = readTextArticle(page('Text: Der Stadtrat, München, veröffentlicht den Plan im Internet.'), none);
    expect(read.meta.author).toBeUndefined();
  });
});

describe('a byline above the story that holds the day', () => {
  const page = (meta: string, later = '') => `<!doctype html><html><head><title>Busbahnhof wird umgebaut | Stadtblick</title></head><body><main><article>
<h1>Busbahnhof wird umgebaut</h1><div class="meta">${meta}</div>
<p>${STORY[0]}</p><p>${STORY[1]}</p>${later}</article></main></body></html>`;

  it('GIVEN "Würzburg · Von Lukas Brennecke · 09.10.2023 · 18:05 Uhr" and no date tag THEN the page is dated 9 October 2023', () => {
    const { meta, paragraphs } = readHtmlArticle(page('Würzburg · Von Lukas Brennecke · 09.10.2023 · 18:05 Uhr'));
    expect(meta.date?.value).toBe('2023-10-09');
    expect(meta.author?.value).toBe('Lukas Brennecke');
    expect(paragraphs.map((p) => p.text).join(' ')).not.toContain('Brennecke');
  });

  it('GIVEN a byline without a day, and a dated byline only under the story THEN no date is made up', () => {
    const { meta } = readHtmlArticle(page('Würzburg · Von Lukas Brennecke', '<p class="comment">Von Anna Roth · 11.10.2023</p>'));
    expect(meta.date).toBeUndefined();
    expect(meta.author?.value).toBe('Lukas Brennecke');
  });
});
