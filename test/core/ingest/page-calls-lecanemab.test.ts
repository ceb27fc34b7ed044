/**
 * Forms first seen on lecanemab's pages, written here as fixtures of our own (a story about a rural clinic's new
 * stroke unit): a masthead setting its acronym beside its name, a saved page whose only logo is the header's link to
 * the front page, a reader poll on one line, a read-aloud note with its length, a teaser closed by its button, and a
 * box that names itself a box, a finder widget and a numbered contents box with no headings below it. Each where it must go (or name the outlet), and on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { dropContents } from '../../../src/core/corpus/contents.js';
import { normaliseText, plainLines } from '../../../src/core/corpus/lines.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';
import { isFinderWidget, isPollLine } from '../../../src/core/corpus/widget-rows.js';

const none = { repeated: new Set<string>() };
const P1 = 'Die Kreisklinik in Hallerbach hat am Montag ihre neue Schlaganfallstation eröffnet. Vier Betten stehen dort rund um die Uhr bereit, betreut von einem eigenen Team aus Neurologen und Pflegekräften.';
const P2 = 'Bisher mussten Patienten aus dem Landkreis bis nach Marburg gebracht werden, was oft mehr als eine Stunde dauerte. Bei einem Schlaganfall zählt jede Minute, sagt Chefarzt Dr. Lukas Brenner.';
const P3 = 'Die Station hat rund 1,2 Millionen Euro gekostet. Den größten Teil trägt das Land, den Rest der Kreis, teilte die Klinik mit.';
const texts = (box: string) => readTextArticle(`Schlaganfallstation eröffnet\n\n${P1}\n\n${box}\n\n${P2}\n\n${P3}\n\nImpressum   Datenschutz   Kontakt`, none).paragraphs.map((p) => p.text);
const reason = (text: string) => boilerplateReason(text, none);

describe('a masthead setting its acronym beside its name', () => {
  const page = (header: string) => ['Direkt zum Inhalt', header, 'Politik Wirtschaft Region Kultur Service', '', 'Schlaganfallstation eröffnet', '', P1, '', P2, '', P3, '', '© 2025 Mittelland Medien GmbH'].join('\n');

  it.each([
    ['HK – Hallerbacher Kurier', 'Hallerbacher Kurier'],
    ['Hallerbacher Kurier | HK', 'Hallerbacher Kurier'],
    ['LWZ – Lahntaler Wochenzeitung', 'Lahntaler Wochenzeitung'],
  ])('GIVEN the header "%s" over a menu of plain words THEN the outlet is "%s", not the footer\'s publisher', (header, outlet) => {
    expect(readTextArticle(page(header), none).meta.outlet?.value).toBe(outlet);
  });

  it('GIVEN a first line whose letters before the dash are no acronym of the words THEN it names no outlet, the footer does', () => {
    expect(readTextArticle(page('KW – Schlaganfall im Fokus'), none).meta.outlet?.value).toBe('Mittelland Medien');
  });
});

describe('a saved page whose logo is the header\'s link to the front page', () => {
  const html = (header: string) => `<!doctype html><html><head><title>Schlaganfallstation eröffnet | hallerbacher.de</title></head><body>
<header>${header}<nav><a href="/region">Region</a> <a href="/sport">Sport</a></nav></header><main><article><h1>Schlaganfallstation eröffnet</h1>
<p>${P1}</p><p>${P2}</p></article></main><footer>© 2025 hallerbacher.de · Hallerbacher Medien GmbH</footer></body></html>`;

  it('GIVEN a <title> suffix that is the site\'s address and the home link printing its name THEN the outlet is the name', () => {
    expect(readHtmlArticle(html('<a href="/">Hallerbacher</a>')).meta.outlet?.value).toBe('Hallerbacher');
    expect(readHtmlArticle(html('<a href="https://www.hallerbacher.de/">Hallerbacher</a>')).meta.outlet?.value).toBe('Hallerbacher');
  });

  it('GIVEN a home link printing another word, or a header link to a section THEN the address stays the outlet', () => {
    expect(readHtmlArticle(html('<a href="/">Startseite</a>')).meta.outlet?.value).toBe('hallerbacher.de');
    expect(readHtmlArticle(html('<a href="/hallerbacher">Hallerbacher</a>')).meta.outlet?.value).toBe('hallerbacher.de');
  });
});

describe('a reader poll on one line', () => {
  it.each([
    'Umfrage: Würden Sie für eine Behandlung in die Kreisstadt fahren? ○ Ja ○ Nein ○ Weiss nicht · 1204 Stimmen',
    'Sollte jede Kreisklinik eine Schlaganfallstation haben? ☐ Ja, unbedingt ☐ Nein ☐ Egal',
    'Umfrage: Haben Sie schon einmal den Notruf gewählt? Stimmen Sie ab!',
    'Frage des Tages: Fühlen Sie sich im Landkreis gut versorgt? Jetzt abstimmen',
  ])('GIVEN "%s" between paragraphs THEN it is no paragraph', (line) => {
    expect(isPollLine(line)).toBe(true);
    expect(texts(line)).toEqual([P1, P2, P3]);
  });

  it.each([
    'Umfrage: Zwei Drittel der Befragten fühlen sich im Landkreis gut versorgt.',
    'Die Frage der Umfrage lautete: Würden Sie für eine Behandlung in die Kreisstadt fahren? Die Mehrheit sagte Ja.',
    'Haben Sie schon einmal den Notruf gewählt? Stimmen Sie ab, forderte der Landrat die Kreisräte auf.',
  ])('GIVEN "%s", a story\'s sentence about a poll THEN it stays', (line) => {
    expect(isPollLine(line)).toBe(false);
    expect(texts(line)).toEqual([P1, line, P2, P3]);
  });
});

describe('a read-aloud note with its length', () => {
  it.each([
    '🔊 Artikel vorlesen lassen · gesprochen von einer KI-Stimme · 4 Min.',
    'Diesen Beitrag anhören · vorgelesen von einer künstlichen Stimme · 6 Min.',
  ])('GIVEN "%s" THEN it is a media player, not a paragraph', (line) => {
    expect(reason(line)).toBe('media player');
    expect(texts(line)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a story\'s sentence about reading aloud and minutes THEN it stays', () => {
    const line = 'Auf der Station lassen sich manche Patienten Zeitungsartikel von einer Pflegekraft vorlesen lassen, oft für 20 Minuten am Tag.';
    expect(reason(line)).toBeNull();
    expect(texts(line)).toEqual([P1, line, P2, P3]);
  });
});

describe('a teaser closed by its button', () => {
  it.each([
    'Kurier-Fortbildung: Zum Thema Schlaganfall gibt es ein Online-Seminar mit 3 Fortbildungspunkten – jetzt Seminar starten',
    'Gesundheitsforum am 12. März: Fragen Sie unsere Experten zum Thema Schlaganfall – jetzt kostenlos anmelden',
  ])('GIVEN "%s" THEN it is a prompt, not a paragraph', (line) => {
    expect(reason(line)).toBe('share, subscription or consent prompt');
    expect(texts(line)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a quoted appeal ending in its full stop THEN it stays', () => {
    const line = 'Brenner appelliert an alle, die Warnzeichen eines Schlaganfalls kennen zu lernen – jetzt handeln, nicht abwarten und sofort starten.';
    expect(reason(line)).toBeNull();
    expect(texts(line)).toEqual([P1, line, P2, P3]);
  });
});

describe('a box that names itself a box', () => {
  it('GIVEN "Infobox: …" between paragraphs THEN it is no paragraph', () => {
    const line = 'Infobox: Hier gibt es Hilfe – Die Schlaganfall-Hilfe berät Betroffene werktags von 8 bis 17 Uhr unter einer kostenlosen Nummer.';
    expect(texts(line)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a sentence about an information box THEN it stays', () => {
    const line = 'Die Infobox im Eingangsbereich der Klinik zeigt seit Montag an, wie lange Patienten in der Notaufnahme warten müssen.';
    expect(reason(line)).toBeNull();
    expect(texts(line)).toEqual([P1, line, P2, P3]);
  });
});

describe('a finder widget', () => {
  const line = 'Arztsuche: Neurologen in Ihrer Nähe finden – Postleitzahl eingeben und Termin anfragen';

  it('GIVEN a doctor finder between paragraphs THEN it is no paragraph and no section heading of the paragraphs under it', () => {
    expect(isFinderWidget(line)).toBe(true);
    const { paragraphs } = readTextArticle(`Schlaganfallstation eröffnet\n\n${P1}\n\n${line}\n\n${P2}\n\n${P3}`, none);
    expect(paragraphs.map((p) => [p.section, p.text])).toEqual([[null, P1], [null, P2], [null, P3]]);
  });

  it('GIVEN a story\'s sentence telling how the search works THEN it stays', () => {
    const sentence = 'Wer einen Termin sucht, muss auf der Seite der Kassenärztlichen Vereinigung nur seine Postleitzahl eingeben.';
    expect(isFinderWidget(sentence)).toBe(false);
    expect(texts(sentence)).toEqual([P1, sentence, P2, P3]);
  });
});

describe('a numbered contents box with no headings below it', () => {
  const raw = (box: string) => `Schlaganfallstation eröffnet\n\n${P1}\n\n${box}\n\n${P2}\n\n${P3}`;
  const read = (box: string) => readTextArticle(raw(box), none).paragraphs.map((p) => [p.section, p.text]);

  it('GIVEN "Inhalt" over entries numbered 1, 2, 3 THEN the box goes and its last entry heads no paragraph', () => {
    expect(read('Inhalt\n1. Die neue Station\n2. Wege ins Krankenhaus\n3. Kosten und Förderung')).toEqual([[null, P1], [null, P2], [null, P3]]);
  });

  it('GIVEN entries out of order, or long numbered points, under the title THEN dropContents leaves them to the other rules', () => {
    const dropped = (box: string) => {
      const drop = new Set<number>();
      dropContents(plainLines(normaliseText(raw(box))), drop);
      return drop.size;
    };
    expect(dropped('Inhalt\n1. Die neue Station\n2. Wege ins Krankenhaus')).toBe(3);
    expect(dropped('Inhalt\n2. Die neue Station\n1. Wege ins Krankenhaus')).toBe(0);
    expect(dropped('Inhalt\n1. Die Klinik hat vier neue Betten für Patienten mit einem Schlaganfall\n2. Die Fahrt nach Marburg entfällt für die meisten Patienten aus dem Kreis')).toBe(0);
  });
});
