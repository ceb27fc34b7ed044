/**
 * One outlet, one name (outlet-name.ts), on names of our own: an acronym only when its letters open the first and
 * last words of the long name; a broadcaster's short name from its address (a paper keeps its printed title); a product's name gives way to its publisher's,
 * and so does a broadcaster's news brand to the acronym its footer names.
 */
import { describe, expect, it } from 'vitest';
import { isAcronymOf } from '../../../src/core/corpus/acronym.js';
import { brandOfAddress, settleOutlet } from '../../../src/core/corpus/outlet-name.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const settle = (value: string, footers: string[], addresses: string[] = []) => settleOutlet({ value, source: 'read first' }, { footers, addresses })?.value;

describe('outlet names', () => {
  it.each([
    ['WDR', 'Westdeutscher Rundfunk'],
    ['HAZ', 'Hannoversche Allgemeine Zeitung'],
    ['SN', 'Salzburger Nachrichten'],
  ])('GIVEN "%s" and "%s" THEN one is the acronym of the other', (short, long) => expect(isAcronymOf(short, long)).toBe(true));

  it.each([
    ['ZEIT', 'Zeitverlag Gerd Bucerius'], // the last letter does not open the last word
    ['BR24', 'Bayerischer Rundfunk'], // digits: a brand, not an acronym
    ['DER', 'Deutscher Rundfunk'], // an article set in capitals
    ['wdr', 'Westdeutscher Rundfunk'], // lowercase: a word, not an acronym
    ['WDR', 'Westdeutscher'], // one word is no expansion
    ['AB', 'Augsburger Allgemeine Zeitung Bote'], // more words than letters
  ])('GIVEN "%s" and "%s" THEN neither abbreviates the other', (short, long) => expect(isAcronymOf(short, long)).toBe(false));

  it.each([
    ['the footer\'s legal name, the site\'s address its acronym', 'Westdeutscher Rundfunk', ['© Westdeutscher Rundfunk 2023'], ['WDR.de'], 'WDR'],
    ['a regional edition, the address the acronym', 'WDR Köln', ['© 2023 Westdeutscher Rundfunk'], ['WDR.de'], 'WDR'],
    ['a radio\'s legal name, the address its acronym', 'NRR.de', ['© Norddeutsches Regional-Radio GmbH'], [], 'NRR'],
    ['a paper\'s title in the footer, the site\'s address its acronym', 'FK.de', ['© Förde Kurier / Nordmedia Verlag GmbH, Kiel 2023'], [], 'Förde Kurier'],
    ['a paper\'s title read first, the address its acronym', 'Förde Kurier', ['© 2023 Förde Kurier GmbH'], ['FK.de'], 'Förde Kurier'],
    ['a product named by an acronym, no such address', 'HAZ Online', ['Copyright © Hannoversche Allgemeine Zeitung 2023'], [], 'Hannoversche Allgemeine Zeitung'],
    ['an address the footer\'s name begins with', 'welt-tv.de', ['Alle Rechte vorbehalten. © welt-tv Fernsehen GmbH 2023'], [], 'welt-tv'],
    ['a name whose address begins the footer', 'Kurier Online', ['© Kurier Online GmbH'], ['kurier.de'], 'Kurier Online'],
    ['an address the footer prints as an address', 'heute.de', ['© ZDF / heute.de'], [], 'heute.de'],
    ['a brand with digits', 'BR24', ['© Bayerischer Rundfunk'], ['br24.de'], 'BR24'],
    ['an outlet whose footer names another company', 'Weser-Bote', ['© 2023 Verlagsgruppe Nord'], [], 'Weser-Bote'],
    ['no footer', 'HAZ Online', [], [], 'HAZ Online'],
    ['a broadcaster\'s news brand, the footer its acronym', 'SWR Aktuell', ['© SWR 2023'], [], 'SWR'],
    ['a news brand in capitals, the footer its acronym', 'NDR INFO', ['© NDR 2023'], [], 'NDR'],
    ['a brand with digits, the footer its acronym', 'BR24', ['© BR 2023'], [], 'BR24'],
    ['a paper of its own after the acronym', 'NZZ am Sonntag', ['© NZZ 2023'], [], 'NZZ am Sonntag'],
    ['a logo\'s letters before the name the footer prints', 'NP Nordpost Kiel', ['© Nordpost Kiel 2023 – Nordpost Digital GmbH'], [], 'Nordpost Kiel'],
    ['a logo\'s letters that are not the name\'s', 'XY Nordpost Kiel', ['© Nordpost Kiel 2023'], [], 'XY Nordpost Kiel'],
    ['letters before a name the footer does not print', 'NP Nordpost Kiel', ['© Medienhaus Nord GmbH'], [], 'NP Nordpost Kiel'],
    ['a name longer than the footer\'s, no acronym', 'Frankfurter Allgemeine Zeitung', ['© Frankfurter Allgemeine 2023'], [], 'Frankfurter Allgemeine Zeitung'],
  ])('GIVEN %s THEN the outlet is named once', (_, found, footers, addresses, outlet) => expect(settle(found, footers, addresses)).toBe(outlet));

  it.each([
    ['an address gluing words the footer prints apart', 'NeueWelle.de', ['© 2024 NeueWelle.de | Neue Welle Verlags-Gesellschaft mbH'], null, 'Neue Welle'],
    ['a glued address whose words the page never prints apart', 'NeueWelle.de', ['© 2024 Medienhaus Nord GmbH'], null, 'NeueWelle.de'],
    ['a one-word address whose publisher tag is the address', 'Kurzweil.de', ['© 1997–2023 Kurzweil Media GmbH, Berlin.'], 'Kurzweil.de', 'Kurzweil.de'],
    ['a one-word address whose publisher tag is the company', 'Kurzweil.de', ['© 1997–2023 Kurzweil Media GmbH, Berlin.'], 'Kurzweil Media GmbH', 'Kurzweil'],
  ])('GIVEN %s THEN the outlet is named as a reader would', (_, found, footers, publisher, outlet) => {
    expect(settleOutlet({ value: found, source: 'read first' }, { footers, addresses: [], publisher })?.value).toBe(outlet);
  });

  it('GIVEN a copied page with its address in the menu row and its legal name in the footer THEN the outlet is the short name, saying why', () => {
    const page = `Zum Inhalt springen
WDR.de   Nachrichten   Sport   Wetter   Verkehr
Startseite > Nachrichten > Köln

Neue Brücke über den Rhein freigegeben

Die neue Rheinbrücke zwischen Köln und Leverkusen ist seit Montag für den Verkehr freigegeben. Nach sieben Jahren Bauzeit rollen die ersten Lastwagen über die Brücke, die Staus sollen nun kürzer werden.

Die Baukosten lagen am Ende bei rund 500 Millionen Euro, deutlich mehr als geplant. Das Land will die Gründe dafür in einem Bericht aufarbeiten lassen, der im Herbst vorliegen soll.

Impressum   Datenschutz   Kontakt
© Westdeutscher Rundfunk 2023`;
    const outlet = readTextArticle(page, none).meta.outlet;
    expect(outlet?.value).toBe('WDR');
    expect(outlet?.source).toMatch(/^text: footer "© Westdeutscher Rundfunk 2023"; the site's address/);
  });

  it.each([
    ['an address whose name is the page\'s brand', 'kompass.de', 'Kompass', 'Kompass'],
    ['an address the page names otherwise', 'kompass.de', 'Kompass Mediengruppe', 'kompass.de'],
    ['a section address', 'nord.kompass.de', 'nord', 'nord.kompass.de'],
    ['a name that is no address', 'Kompass Online', 'Kompass', 'Kompass Online'],
  ])('GIVEN %s THEN the outlet is named as a reader would', (_, site, publisher, outlet) => {
    expect(brandOfAddress({ value: site, source: 'og:site_name' }, [{ name: publisher, where: 'JSON-LD publisher.name' }]).value).toBe(outlet);
  });
});
