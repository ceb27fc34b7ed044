/**
 * Forms first seen on wolf's pages, written here as fixtures of our own (a story about beavers flooding meadows): an
 * event calendar's entry under the Swiss label "Agenda:", a classified ad from the site's market, the outlet's
 * messenger channel offered to the reader, and a fact box of a labelled figure with its source. Each where it must
 * go, and on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Im Auetal haben Biber in diesem Winter drei Dämme gebaut. Seitdem stehen mehrere Wiesen unter Wasser, und die Landwirte können ihre Flächen nicht mehr mähen.';
const P2 = 'Die Untere Naturschutzbehörde prüft nun, ob einzelne Dämme abgetragen werden dürfen. Der Biber ist streng geschützt, jeder Eingriff braucht eine Genehmigung.';
const P3 = 'Eine Entscheidung soll bis zum Sommer fallen. Bis dahin will der Kreis die betroffenen Landwirte für den Ernteausfall entschädigen.';
const texts = (box: string) => readTextArticle(`Biber setzen Wiesen unter Wasser\n\n${P1}\n\n${box}\n\n${P2}\n\n${P3}\n\nImpressum   Datenschutz   Kontakt`, none).paragraphs.map((p) => p.text);
const reason = (text: string) => boilerplateReason(text, none);

describe('one-line offers and widgets between the paragraphs', () => {
  it.each([
    ['an event calendar\'s entry under "Agenda:"', 'Agenda: Bibertag am Naturzentrum, Auetal, 12. April 2025, 10.00 bis 15.00 Uhr – Anmeldung bis 5. April'],
    ['a classified ad with its offer', 'Marktplatz: Weidezaungerät, kaum gebraucht, 12 Volt, zu verkaufen – Inserat ansehen'],
    ['a classified ad with the link to it', 'Kleinanzeigen: Heu in Kleinballen, 200 Stück, Auetal – Angebot ansehen'],
    ['the outlet\'s messenger channel', 'Jetzt unseren WhatsApp-Kanal abonnieren und nichts mehr aus dem Auetal verpassen!'],
  ])('GIVEN %s THEN the line classifier drops it and it is no paragraph', (_, line) => {
    expect(reason(line)).not.toBeNull();
    expect(texts(line)).toEqual([P1, P2, P3]);
  });

  it.each([
    'Die Agenda der Gemeinde sieht für den 12. April um 10 Uhr eine Begehung vor.',
    'Auf dem Marktplatz boten Händler Weidezaungeräte zu verkaufen an, sagte ein Besucher.',
    'Die Gemeinde hat einen WhatsApp-Kanal eingerichtet, den schon 2000 Menschen abonniert haben.',
  ])('GIVEN the story\'s own sentence "%s" THEN it stays', (line) => {
    expect(reason(line)).toBeNull();
    expect(texts(line)).toEqual([P1, line, P2, P3]);
  });
});

describe('a fact box of labelled figures with their source', () => {
  const page = (box: string) => `<!doctype html><html><head><title>Biber setzen Wiesen unter Wasser</title></head><body><main><article><h1>Biber setzen Wiesen unter Wasser</h1>
<p>${P1}</p><div class="factbox">${box}</div><p>${P2}</p><p>${P3}</p></article></main></body></html>`;
  const paragraphs = (box: string) => readHtmlArticle(page(box)).paragraphs;

  it('GIVEN "Biber in Zahlen" over "Gemeldete Biberreviere in Hessen 2024: 1.240" and "Quelle: …" THEN the box is no passage and heads nothing', () => {
    const read = paragraphs('<h3>Biber in Zahlen</h3><p>Gemeldete Biberreviere in Hessen 2024: 1.240</p><p>Quelle: Landesamt für Naturschutz, Bericht 2024</p>');
    expect(read.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(read.map((p) => p.section)).toEqual([null, null, null]);
  });

  it('GIVEN the figure told in a sentence in that box THEN the sentence stays', () => {
    const sentence = 'Im Jahr 2024 meldeten die Behörden in Hessen 1.240 Biberreviere.';
    expect(paragraphs(`<h3>Biber in Zahlen</h3><p>${sentence}</p><p>Quelle: Landesamt für Naturschutz, Bericht 2024</p>`).map((p) => p.text)).toContain(sentence);
  });
});
