/**
 * Forms first seen on louvre's pages, written here as fixtures of our own (a story about a town museum's break-in):
 * a live ticker's header, a map placeholder still loading, a podcast promo calling the reader to listen, a quiz
 * teaser, a speed-camera widget, a reader poll whose vote count and button follow a dash, an app offer with the
 * separable verb's particle after the app, a broadcast note in the perfect, a summary box the story retells and the
 * author's box under "Zur Person:" between paragraphs. Each where it must go, and on
 * look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { dropAuthorBio } from '../../../src/core/corpus/author-bio.js';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'In das Stadtmuseum von Hallerbach ist in der Nacht zum Dienstag eingebrochen worden. Die Täter hebelten ein Fenster im Erdgeschoss auf und nahmen zwei Silberleuchter aus dem 18. Jahrhundert mit.';
const P2 = 'Die Polizei sucht Zeugen, die in der Nacht verdächtige Fahrzeuge in der Altstadt bemerkt haben. Der Wert der Leuchter wird auf rund 40.000 Euro geschätzt, teilte die Stadt mit.';
const P3 = 'Das Museum bleibt bis auf Weiteres geschlossen. Die Stadt will nun prüfen, ob die Alarmanlage modernisiert werden muss.';
const texts = (box: string) => readTextArticle(`Einbruch ins Stadtmuseum\n\n${P1}\n\n${box}\n\n${P2}\n\n${P3}\n\nImpressum   Datenschutz   Kontakt`, none).paragraphs.map((p) => p.text);
const reason = (text: string) => boilerplateReason(text, none);

describe('one-line widgets between the paragraphs', () => {
  it.each([
    ['a live ticker\'s header', 'LIVE +++ Einbruch im Stadtmuseum: Alle Entwicklungen im Überblick +++ zuletzt aktualisiert 09:12 Uhr +++ Jetzt Ticker öffnen'],
    ['a map placeholder still loading', 'Interaktive Karte: So flohen die Täter durch die Altstadt – Karte wird geladen … Zum Aktivieren klicken. Dabei werden Daten an OpenStreetMap übertragen.'],
    ['a podcast promo', 'Podcast «Hallerbach hört zu»: Was macht eigentlich eine Museumsaufsicht? Jetzt reinhören auf Spotify und Apple Podcasts'],
    ['a quiz teaser', 'Quiz: Wie gut kennen Sie die Schätze Ihrer Stadt? Zehn Fragen – jetzt mitraten!'],
    ['a speed-camera widget', 'Blitzer heute in der Region Hallerbach: B 27 bei Oberau, Hallerbach Bahnhofstraße, Lindenfeld Ortsdurchfahrt'],
    ['a reader poll with its count and button after dashes', 'Umfrage: Sollten Museen mehr Geld für Sicherheit ausgeben? ○ Ja, unbedingt ○ Nein, das reicht ○ Weiss nicht – 1243 Stimmen – Abstimmen'],
    ['an app offer with the particle after the app', 'Laden Sie die HK-App herunter und verpassen Sie keine Nachricht aus Hallerbach und der Region.'],
    ['a broadcast note in the perfect', 'Über dieses Thema hat auch die Welle Hallerbach am 14.10.2025 in den Nachrichten berichtet.'],
  ])('GIVEN %s THEN it is no paragraph', (_, line) => {
    expect(texts(line)).toEqual([P1, P2, P3]);
  });

  it.each([
    'Der Liveticker der Polizei meldete am Morgen, die Fahndung laufe auf Hochtouren.',
    'Die Fracht wird geladen, während die Polizei den Transporter durchsucht.',
    'Im Podcast des Museums hatte der Direktor schon im Frühjahr vor Einbrüchen gewarnt.',
    'Blitzer und Radarkontrollen gab es in der Altstadt bisher nicht, sagte ein Sprecher der Stadt.',
    'Darüber hat die Lokalzeitung bereits im Sommer ausführlich berichtet, ohne dass die Stadt reagierte.',
    'Die Stadt rät, die Warn-App herunterzuladen.',
  ])('GIVEN the story\'s own sentence "%s" THEN it stays', (line) => {
    expect(reason(line)).toBeNull();
    expect(texts(line)).toEqual([P1, line, P2, P3]);
  });
});

describe('a summary box over the story', () => {
  const box = 'Das Wichtigste in Kürze\n• Einbrecher nehmen zwei Silberleuchter aus dem Stadtmuseum mit\n• Die Polizei sucht Zeugen in der Altstadt';
  it('GIVEN "Das Wichtigste in Kürze" over points the story retells THEN title and points are no paragraph, in a text or a saved page', () => {
    expect(texts(box)).toEqual([P1, P2, P3]);
    const html = `<!doctype html><html><head><title>Einbruch ins Stadtmuseum | Kreisblatt</title></head><body><main><article><h1>Einbruch ins Stadtmuseum</h1>
<div class="box"><h2>Das Wichtigste in Kürze</h2><ul><li>Einbrecher nehmen zwei Silberleuchter aus dem Stadtmuseum mit</li><li>Die Polizei sucht Zeugen in der Altstadt</li></ul></div>
<p>${P1}</p><p>${P2}</p><p>${P3}</p></article></main></body></html>`;
    expect(readHtmlArticle(html).paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it('GIVEN such a box with facts the story does not give THEN its points stay', () => {
    const facts = 'Das Wichtigste in Kürze\n• Öffnungszeiten künftig dienstags bis sonntags\n• Eintritt erhöht sich im Frühjahr';
    expect(texts(facts).join(' ')).toContain('Öffnungszeiten künftig');
  });
});

describe('the author\'s box between paragraphs', () => {
  const page = (box: string) => `Einbruch ins Stadtmuseum\n\nVon Jana Morbach\n\n${P1}\n\n${box}\n\n${P2}\n\n${P3}\n\nImpressum   Datenschutz   Kontakt`;
  it('GIVEN "Zur Person:" with the byline\'s author and her desk THEN it is no paragraph', () => {
    const raw = page('Zur Person: Jana Morbach leitet das Kulturressort des Kreisblatts. Sie hat in Marburg Kunstgeschichte studiert.');
    const article = readTextArticle(raw, none);
    expect(article.meta.author?.value).toBe('Jana Morbach');
    expect(dropAuthorBio(article.paragraphs, article.meta.author?.value).map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it('GIVEN "Zur Person:" about someone in the story THEN it stays', () => {
    const line = 'Zur Person: Karl Wendt leitet das Stadtmuseum seit 2019. Zuvor war er Kurator in Kassel.';
    const article = readTextArticle(page(line), none);
    expect(dropAuthorBio(article.paragraphs, article.meta.author?.value).map((p) => p.text)).toContain(line);
  });
});
