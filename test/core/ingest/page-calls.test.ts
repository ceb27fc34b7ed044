/**
 * What a page says to its reader around the story, in forms first seen on sturmflut's pages and written here as fixtures
 * of our own: an alert banner over the page ending in its link, an app offer ("…-App laden", the app's name as a
 * label), a paywall's "Noch kein Abo?", a call to send pictures or letters to an e-mail address, a correction note
 * under "Hinweis der Redaktion:", a donation box's account line with its IBAN (erdbeben's NW page), a trial offer "Jetzt 4 Wochen gratis testen: …" and the
 * "Anzeige Ende" label closing an ad slot (tauchboot's WN page). Each once where it must fire and once on prose that looks alike and must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Der Sturm drückte das Wasser in der Nacht weit in die Bucht. Am Hafen standen die Straßen knietief unter Wasser, mehrere Keller liefen voll.';
const P2 = 'Die Feuerwehr war bis zum Morgen im Einsatz. Verletzt wurde nach Angaben der Polizei niemand, die Schäden lassen sich noch nicht beziffern.';

describe('calls a page makes to its reader', () => {
  it.each([
    ['alert banner ending in its link', ['Unwetterwarnung: Der Wetterdienst warnt bis Sonntag vor Orkanböen an der Küste. Zur aktuellen Warnlage', 'Eilmeldung: Der Kanal ist nach einem Unfall gesperrt. Zum Liveblog']],
    ['app offer', ['Keine Eilmeldung verpassen: Jetzt die Kurier-App laden und Push-Nachrichten aktivieren.', 'Die Kurier-App: Alle News aus der Region direkt auf Ihr Handy. Jetzt kostenlos laden!', 'Stadtanzeiger-App: Nachrichten aus Ihrer Region immer dabei. Jetzt im App Store.']],
    ['paywall question', ['Sie lesen gerade einen Plus-Artikel. Noch kein Abo? Jetzt 4 Wochen für 1 Euro testen.']],
    ['call for the reader\'s material', ['Haben Sie Fotos vom Unwetter? Schicken Sie uns Ihre Bilder an leser@kurier-beispiel.de – wir zeigen eine Auswahl.', 'Schreiben Sie uns Ihre Meinung: leserbriefe@kurier-beispiel.de']],
    ['donation box\'s account line', ['Spendenkonto „Leser helfen – Hochwasser“: Förde Sparkasse, IBAN DE12 2105 0170 0012 3456 78, Verwendungszweck „Sturmflut“. Spenden bis 300 Euro gelten ohne Quittung.', 'Bankverbindung: Kieler Tafel e.V., IBAN: DE89 2105 0170 0098 7654 32']],
    ['correction note under its label', ['Hinweis der Redaktion: In einer früheren Fassung dieses Textes hieß es, die Fähre habe den Betrieb eingestellt. Wir haben die Stelle korrigiert.']],
    ['trial offer in the imperative', ['Jetzt 4 Wochen gratis testen: Die Kurier-Digitalausgabe mit allen Lokalteilen.', 'Alle Artikel aus der Region. Jetzt einen Monat für 1 Euro lesen!']],
    ['label closing an ad slot', ['Anzeige Ende', '– Werbung Ende –', 'Ende der Anzeige']],
  ])('GIVEN the %s THEN each line is furniture', (_, lines) => {
    for (const line of lines) expect([line, boilerplateReason(line, none)]).toEqual([line, expect.any(String)]);
  });

  it.each([
    'Fazit des Tages: Der Kanal bleibt bis Montag gesperrt. Zum Glück gibt es eine Umleitung über Rendsburg.',
    'Die Stadt rät allen Anwohnern, die Warn-App zu laden und Push-Nachrichten zu aktivieren.',
    'Die Corona-Warn-App: Was sie kann und was nicht',
    'Die Nina-App: Seit 2015 verschickt der Bund über sie Warnungen vor Unwettern und Hochwasser.',
    '„Noch kein Abo, aber bald“, sagte der Verleger über seine Pläne für das Digitalangebot.',
    'Kunden können das neue Ticket jetzt vier Wochen gratis testen, teilte der Verkehrsverbund mit.',
    'Jetzt zwei Wochen lang gratis testen zu dürfen, hält die Verbraucherzentrale für einen Lockvogel.',
    'Anzeige Ende Mai: Der Verein sucht neue Mitglieder für die Saison.',
    'Das Ende der Anzeige kam überraschend: Der Händler zog seine Kampagne nach zwei Tagen zurück.',
    'Der Verein bittet: Schicken Sie uns keine Spenden mehr per Post, sondern überweisen Sie.',
    'Hinweise nimmt die Polizei unter hinweise@polizei-beispiel.de entgegen, teilte ein Sprecher mit.',
    'Die Polizei warnt: Betrüger nennen in Anrufen die IBAN DE12 2105 0170 0012 3456 78 als angebliches Spendenkonto der Stadt.',
    'Das Spendenkonto des Vereins bei der Förde Sparkasse wurde am Montag gesperrt, weil Betrüger eine falsche IBAN verbreiteten.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());

  it('GIVEN an alert banner above the site name THEN the headline is the title and the banner no paragraph', () => {
    const raw = ['Zum Inhalt springen', 'Unwetterwarnung: Der Wetterdienst warnt bis Sonntag vor Orkanböen an der Küste. Zur aktuellen Warnlage',
      'Förde-Kurier', 'Lokales   Region   Sport   Ratgeber   Abo', '', 'Sturmflut an der Förde', 'Höchster Pegel seit hundert Jahren', '',
      'Von Jana Petersen', '21. Oktober 2023, 09:14 Uhr', '', P1, '', P2, '', '© 2023 Förde-Kurier'].join('\n');
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect(meta.title?.value).toBe('Höchster Pegel seit hundert Jahren');
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});
