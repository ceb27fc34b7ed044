/**
 * Widgets landtagswahl's pages set into the story's column, as general rules (page-widgets.ts, boxes.ts): a table's
 * "Angaben ohne Gewähr" note, a link list whose entries open with an arrow (and its title), a reader poll, and reader
 * comments under "Lesermeinung". Each on page texts of our own where it must go, and on look-alike prose that stays.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Der Kreistag hat am Montag den neuen Haushalt beschlossen. Mit 41 zu 12 Stimmen fiel die Mehrheit deutlicher aus als erwartet, die Opposition stimmte geschlossen dagegen.';
const P2 = 'Der größte Posten bleibt die Sanierung der Schulen. Dafür sind im kommenden Jahr rund 18 Millionen Euro vorgesehen, fast doppelt so viel wie im laufenden Haushalt.';
const page = (box: string) => `Haushalt im Kreistag beschlossen\n\n${P1}\n\n${box}\n\n${P2}\n\nImpressum   Datenschutz   Kontakt`;
const texts = (raw: string) => readTextArticle(raw, none).paragraphs.map((p) => p.text);
const sections = (raw: string) => readTextArticle(raw, none).paragraphs.map((p) => p.section);

describe('a table\'s disclaimer', () => {
  it('GIVEN "Vorläufiges Ergebnis, Stand 22:00 Uhr. Angaben ohne Gewähr." under a table THEN it is no paragraph, in a text or a saved page', () => {
    expect(texts(page('Vorläufiges Ergebnis, Stand 22:00 Uhr. Angaben ohne Gewähr.'))).toEqual([P1, P2]);
    const html = `<!doctype html><html><head><title>Haushalt beschlossen | Kreisblatt</title></head><body><main><article><h1>Haushalt beschlossen</h1>
<p>${P1}</p><pre>CSU | 41\nSPD | 12</pre><p class="table-note">Quelle: Landratsamt. Angaben ohne Gewähr.</p><p>${P2}</p></article></main></body></html>`;
    expect(readHtmlArticle(html).paragraphs.map((p) => p.text).join(' ')).not.toContain('Gewähr');
  });

  it('GIVEN a sentence that says "Angaben ohne Gewähr" THEN it stays', () => {
    const line = 'Die Verwaltung veröffentlichte ihre Zahlen zunächst ausdrücklich als Angaben ohne Gewähr, weil noch Nachträge fehlten.';
    expect(texts(page(line))).toEqual([P1, line, P2]);
  });
});

describe('a link list whose entries open with an arrow', () => {
  it('GIVEN a title and four "› …" entries THEN none is a paragraph or a section', () => {
    const raw = page('Mehr zum Kreishaushalt 2024\n› Alle Zahlen aus den Gemeinden\n› Schulsanierung: Was jetzt gebaut wird\n› Der Kreistag im Liveblog zum Nachlesen\n› Was bedeutet der Haushalt für die Kreisumlage?');
    expect(texts(raw)).toEqual([P1, P2]);
    expect(sections(raw)).toEqual([null, null]);
  });

  it('GIVEN quotations in »…« on two lines, or one arrow line THEN they stay', () => {
    const quotes = '»Wir haben lange um jeden Posten gerungen und am Ende einen tragfähigen Kompromiss gefunden«, sagte der Landrat.\n»Das ist ein Haushalt für die Schulen und nicht für Prestigeprojekte im Kreishaus«, ergänzte die Kämmerin.';
    expect(texts(page(quotes))).toEqual([P1, ...quotes.split('\n'), P2]);
    const one = '› Der Kreistag tagt das nächste Mal im März, dann geht es um den Nahverkehrsplan und die neuen Buslinien im Süden.';
    expect(texts(page(one))).toEqual([P1, one, P2]);
  });
});

describe('a reader poll', () => {
  it('GIVEN "Umfrage", its question, answers to tick and the count of votes THEN the box goes and no paragraph after it is under its count', () => {
    const raw = page('Umfrage\nWie finden Sie den neuen Haushalt? Jetzt abstimmen\n( ) Gut so  ( ) Zu teuer  ( ) Egal\nBisher 1.284 Stimmen');
    expect(texts(raw)).toEqual([P1, P2]);
    expect(sections(raw)).toEqual([null, null]);
  });

  it('GIVEN a subheading "Umfrage" over the story\'s own report of a survey THEN the report stays', () => {
    const report = 'Eine Umfrage des Landkreises unter 1.200 Eltern ergab, dass drei von vier Familien die Sanierung der Schulen für vordringlich halten.';
    expect(texts(page(`Umfrage\n${report}`))).toContain(report);
  });
});

describe('reader comments under "Lesermeinung"', () => {
  it('GIVEN "Lesermeinung", two signed posts and the link to all of them THEN none is a paragraph or a section', () => {
    const raw = page('Lesermeinung\nFerdinand K., Linz: „Das ist kein Haushalt, das ist ein Denkzettel.“\nMarianne S.: „Interessant, wie ähnlich die Debatten bei uns inzwischen sind.“\nAlle 41 Lesermeinungen anzeigen | Eigene Meinung verfassen');
    expect(texts(raw)).toEqual([P1, P2]);
    expect(sections(raw)).toEqual([null, null]);
  });

  it('GIVEN a paragraph about readers\' opinions THEN it stays', () => {
    const line = 'Die Lesermeinungen, die die Redaktion nach dem ersten Bericht erreichten, gingen weit auseinander: Viele lobten die Schulsanierung.';
    expect(texts(page(line))).toEqual([P1, line, P2]);
  });
});
