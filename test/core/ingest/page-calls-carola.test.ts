/**
 * Forms first seen on carola's pages, written here as fixtures of our own: a brand in lower case after its letters
 * behind the company in the footer ("… GmbH 2024 · ABC nachrichten"), ticker entries framed in plus signs, a video's
 * caption under "Im Video:", an agency credit in lower case, a paywall question about a plus offer, a newsletter
 * labelled by its own name, an app offer with a capital "Dir", a "Transparenzhinweis:" disclosure, a squashed share row. Each where it must
 * fire and on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { cleanArticle } from '../../../src/core/corpus/clean.js';
import { titleAfterHolder } from '../../../src/core/corpus/footer-title.js';
import { footerOutlet } from '../../../src/core/corpus/names.js';
import { isNewsletterOffer } from '../../../src/core/corpus/channel-offers.js';

const none = { repeated: new Set<string>() };
const P1 = 'In der Nacht zu Freitag ist ein Teil der Mühlenbrücke in den Fluss gestürzt. Verletzt wurde nach Angaben der Feuerwehr niemand.';
const P2 = 'Die Stadt ließ die übrigen Teile der Brücke sperren. Fachleute sollen in den kommenden Tagen prüfen, wie es zu dem Einsturz kommen konnte.';

/** A copied page: headline, two paragraphs, then whatever `tail` adds. */
const page = (tail: string[]) => ['Brücke in den Fluss gestürzt', '', P1, '', P2, '', ...tail].join('\n');

describe('carola forms of the outlet', () => {
  it('GIVEN a brand in lower case after its letters behind the company THEN the footer names the brand', () => {
    expect(titleAfterHolder('© ABC Verlag GmbH 2024 · ABC nachrichten')).toBe('ABC nachrichten');
    expect(footerOutlet('© ABC Verlag GmbH 2024 · ABC nachrichten')).toBe('ABC nachrichten');
  });

  it('GIVEN lower-case words after a name that is no acronym, or a rights notice THEN no title is read after the company', () => {
    expect(titleAfterHolder('© Muster Verlag GmbH 2024 · Muster nachrichten')).toBeNull();
    expect(titleAfterHolder('© ABC Verlag GmbH 2024 · ABC alle rechte vorbehalten')).toBeNull();
  });
});

describe('carola forms of furniture', () => {
  it('GIVEN a liveblog excerpt of entries framed in plus signs under the story THEN the excerpt, its title and link go', () => {
    const ticker = ['Aus unserem Liveblog', '+++ 16:32 Uhr: Stadtwerke melden erste Straßen wieder am Netz +++', '+++ 11:05 Uhr: Schiffsverkehr auf dem Fluss gestoppt +++', 'Zum Liveblog: Alle Entwicklungen zur Brücke'];
    expect(cleanArticle(page(ticker)).paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN a paragraph naming a time THEN it stays beside the excerpt', () => {
    const named = 'Um 11:05 Uhr stoppte das Wasserstraßenamt den Schiffsverkehr, die Ausflugsdampfer blieben an ihren Anlegestellen.';
    expect(cleanArticle(page([named])).paragraphs.map((p) => p.text)).toEqual([P1, P2, named]);
  });

  it.each([
    'Im Video: Drohnenaufnahmen zeigen die zerstörte Brücke am Morgen.',
    'mit Material von dpa und AFP',
    'Artikel teilen Facebook LinkedIn E-Mail',
    'Mit Material der Nachrichtenagenturen dpa und AFP',
    'Sie haben noch kein KZ+? Jetzt einen Monat für 0,99 € testen und alle Artikel lesen.',
    'Noch kein KZ Plus? Hier geht es zu unseren Angeboten.',
    'Der KZ-Newsletter am Morgen: Die wichtigsten Nachrichten aus der Region, jeden Werktag um 6 Uhr.',
    'Hol Dir die KZ-App und verpasse keine Eilmeldung aus der Stadt mehr!',
    'Transparenzhinweis: Die zitierte Gutachterin ist Mitglied des Verbands, der diese Zeitschrift herausgibt.',
  ])('GIVEN "%s" THEN it is furniture', (line) => expect(boilerplateReason(line, none)).toEqual(expect.any(String)));

  it.each([
    'Im Video sieht man, wie der Brückenzug kurz nach drei Uhr in den Fluss stürzt.',
    'Mit Material aus dem Baumarkt hatten Anwohner die Absperrung notdürftig verstärkt, sagte ein Polizeisprecher.',
    'Mit Material aus Polen bauten sie die Behelfsbrücke.',
    'Teilen wollten die Anwohner ihre Aufnahmen nicht, auch nicht auf Facebook.',
    'Der Newsletter des Vereins erscheint jeden Freitag und erreicht inzwischen mehr als 2.000 Mitglieder.',
    'Hol dir keine Erkältung, rief die Mutter ihrem Sohn nach, als er zur kalten Dusche ging.',
    'Hinweise zur Ursache gebe es bislang keine, sagte der Sprecher der Stadt am Abend.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());

  it('GIVEN a newsletter labelled by its own name without a schedule, or reported with one THEN it is no offer', () => {
    expect(isNewsletterOffer('Der KZ-Newsletter: Seit März verschickt die Redaktion ihn an 5.000 Leser.')).toBe(false);
    expect(isNewsletterOffer('Der Verein verschickt seinen Newsletter jeden Werktag um 6 Uhr an 400 Mitglieder.')).toBe(false);
  });
});
