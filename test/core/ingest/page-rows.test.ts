/**
 * Rules from the wm2023 dossier's misses, on fixtures of our own: a navigation row is not a headline, a section
 * address ("sport.RTV.at") names the outlet its © footer names, live-ticker entries go as a block, a newsletter
 * offer goes — each where it must fire and on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/corpus/clean.js';
import { plainLines } from '../../../src/core/corpus/lines.js';
import { isNavigationRow } from '../../../src/core/corpus/page-rows.js';
import { isNewsletterOffer } from '../../../src/core/corpus/channel-offers.js';

const PARAGRAPH_1 = 'Die Handballerinnen aus Graz haben am Samstag das Pokalfinale in Wien gewonnen und damit den ersten Titel seit zwölf Jahren gefeiert.';
const PARAGRAPH_2 = 'Vor 3.200 Zuschauern in der Stadthalle lag die Mannschaft zur Pause noch mit drei Toren zurück, ehe sie die Partie in der Schlussphase drehte.';

/** A copied page: header rows, headline, two paragraphs, then whatever `tail` adds. */
const page = (head: string[], tail: string[]) => [...head, '', 'Grazerinnen holen den Pokal', '', PARAGRAPH_1, '', PARAGRAPH_2, '', ...tail].join('\n');

describe('navigation rows', () => {
  it('GIVEN a row of sections copied with wide gaps THEN it is navigation; the same words in one headline are not', () => {
    const [row] = plainLines('Handball   Fußball   Ski alpin   Ergebnisse & Tabellen');
    expect(row!.text).toBe('Handball Fußball Ski alpin Ergebnisse & Tabellen');
    expect(isNavigationRow(row!)).toBe(true);
    expect(isNavigationRow(plainLines('Handball, Fußball und Ski alpin: Das Sportwochenende im Überblick')[0]!)).toBe(false);
    // Double spaces inside prose: its parts end like sentences.
    expect(isNavigationRow(plainLines('Das Spiel war aus.  Die Fans blieben.  Niemand ging nach Hause.')[0]!)).toBe(false);
  });

  it('GIVEN a row naming two site addresses THEN it is navigation, even squashed; a headline naming one site is not', () => {
    expect(isNavigationRow({ text: 'sport.RTV.at news.RTV.at Mediathek Radio RTV.at-Startseite' })).toBe(true);
    expect(isNavigationRow({ text: 'Kritik an sport.RTV.at nach dem Pokalfinale wächst' })).toBe(false);
  });

  it('GIVEN such a row above the headline THEN the headline is the title and the row is no paragraph', () => {
    const { paragraphs, meta } = cleanArticle(page(['Zum Inhalt springen', 'sport.RTV.at   news.RTV.at   Mediathek   Radio   RTV.at-Startseite'], []));
    expect(meta.title?.value).toBe('Grazerinnen holen den Pokal');
    expect(paragraphs.map((p) => p.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('GIVEN a "Links:" label over link lines THEN neither is a paragraph', () => {
    const { paragraphs } = cleanArticle(page([], ['Links:', 'Handballbund (handball.at)', 'Stadthalle Wien (stadthalle.com)']));
    expect(paragraphs.map((p) => p.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });
});

describe('the outlet behind a section address', () => {
  it('GIVEN a sign-off naming "sport.RTV.at" and a footer "RTV.at © 2023" THEN the outlet is RTV', () => {
    const { meta } = cleanArticle(page([], ['red, sport.RTV.at/Agenturen', '', 'Impressum · Datenschutz · Kontakt', 'RTV.at © 2023']));
    expect(meta.outlet?.value).toBe('RTV');
    expect(meta.outlet?.source).toMatch(/footer "RTV\.at © 2023"/);
  });

  it('GIVEN the same sign-off but no footer naming RTV THEN the address stays the outlet', () => {
    const { meta } = cleanArticle(page([], ['red, sport.RTV.at/Agenturen', '', 'Impressum · Datenschutz · Kontakt']));
    expect(meta.outlet?.value).toBe('sport.RTV.at');
  });

  it('GIVEN a sign-off naming a site without a section THEN the address stays, footer or not', () => {
    const { meta } = cleanArticle(page([], ['red, RTV.at/Agenturen', '', 'RTV.at © 2023']));
    expect(meta.outlet?.value).toBe('RTV.at');
  });
});

describe('live-ticker excerpts', () => {
  const ticker = ['Aus dem Live-Ticker', '17:52 Uhr – Schlusspfiff in Wien! Graz ist Pokalsieger.', '17:40 Uhr – Graz führt erstmals.', '17:31 Uhr – Auszeit für Graz.', 'Den ganzen Ticker zum Nachlesen'];

  it('GIVEN timestamped entries under an article THEN the block goes, title and link with it', () => {
    const { paragraphs } = cleanArticle(page([], ticker));
    expect(paragraphs.map((p) => p.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('GIVEN a paragraph naming the time, or one paragraph opening with it THEN it stays', () => {
    const named = 'Um 17:52 Uhr pfiff die Schiedsrichterin ab, und auf den Rängen lagen sich die Grazer Fans in den Armen.';
    const opening = '17:52 Uhr – die Schiedsrichterin pfeift ab, und in der Stadthalle bricht ein Jubel los, wie ihn Graz lange nicht erlebt hat.';
    const { paragraphs } = cleanArticle(page([], [named, '', opening]));
    expect(paragraphs.map((p) => p.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2, named, opening]);
  });
});

describe('newsletter offers', () => {
  const offer = 'Der Grazer-Newsletter – jeden Morgen die wichtigsten Nachrichten aus Ihrer Stadt. Jetzt kostenlos anmelden!';

  it('GIVEN an offer naming the newsletter, its schedule and its reader THEN it goes', () => {
    expect(isNewsletterOffer(offer)).toBe(true);
    expect(isNewsletterOffer('Unser Sport-Newsletter erscheint wöchentlich – jetzt anmelden und nichts verpassen. Jetzt abonnieren!')).toBe(true);
    expect(cleanArticle(page([], [offer])).paragraphs.map((p) => p.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('GIVEN reporting that mentions a newsletter and its schedule THEN it stays', () => {
    const reported = 'Der Verein verschickt seither jeden Morgen einen Newsletter an seine 400 Mitglieder, sagte die Sprecherin.';
    const herNewsletter = 'Ihr Newsletter erscheint jeden Freitag und erreicht inzwischen mehr als 2.000 Eltern im Bezirk.';
    expect(isNewsletterOffer(reported)).toBe(false);
    expect(isNewsletterOffer(herNewsletter)).toBe(false);
    expect(cleanArticle(page([], [reported, '', herNewsletter])).paragraphs.map((p) => p.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2, reported, herNewsletter]);
  });
});
