/**
 * Forms first seen on loewin's pages, written here as fixtures of our own: an app offer naming the app after it ("die
 * App der …") or in the "du" imperative ("Hol dir die …-App:"), a call for the reader's own pictures with an e-mail
 * address, a traffic widget's reading, and a copyright footer naming the company, then the paper (or an initialism
 * whose closing period belongs to the name). Each where it must fire and on prose that looks alike and must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { footerOutlet } from '../../../src/core/corpus/names.js';
import { spelledOut } from '../../../src/core/corpus/acronym.js';
import { settleOutlet } from '../../../src/core/corpus/outlet-name.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };

describe('loewin forms of page furniture', () => {
  it.each([
    'Jetzt die App der Kreiszeitung herunterladen und keine Nachricht verpassen.',
    'Hol dir die K.Z.-App: Alle News aus der Stadt direkt aufs Handy – jetzt kostenlos laden.',
    'Haben Sie das Tier gesehen? Schicken Sie Ihre Fotos und Videos an leserreporter@kurier-beispiel.de oder per WhatsApp.',
    'Verkehrslage Sachsen: A4 zwischen Dreieck Nossen und Wilsdruff 3 km Stau · Stand 08:40 Uhr',
    'Staumeldungen: B96 Ortsdurchfahrt Zossen 2 km stockender Verkehr',
  ])('GIVEN "%s" THEN it is furniture', (line) => expect(boilerplateReason(line, none)).toEqual(expect.any(String)));

  it.each([
    'Die Polizei rät, die App der Stadt herunterzuladen, um Warnungen rechtzeitig zu erhalten.',
    'Er holte sich die Warn-App erst, als die Sirenen schon heulten, erzählt der Rentner.',
    'Der Sprecher bat: „Schicken Sie Ihre Fotos bitte nicht an uns, sondern an die Polizei.“',
    'Verkehr: Auf der A10 staute sich der Verkehr am Morgen auf vier Kilometern.',
    'Auf der A4 bildete sich ein 3 km langer Stau, teilte die Polizei um 08:40 Uhr mit.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());

  it.each([
    ['© Beispiel Multimedia GmbH & Co KG 2023 · Kreiszeitung Nord', 'Kreiszeitung Nord'],
    ['© 2023 Nordmedien GmbH & Co. KG – Märkischer Bote', 'Märkischer Bote'],
    ['© K.Z. Muster GmbH 2023. Alle Rechte vorbehalten.', 'K.Z.'],
    ['© 2023 Handelsblatt GmbH – Alle Rechte vorbehalten', 'Handelsblatt'],
    ['© 2023 Kreiszeitung. Alle Rechte vorbehalten.', 'Kreiszeitung'],
  ])('GIVEN the footer "%s" THEN the outlet is %s', (line, outlet) => expect(footerOutlet(line)).toBe(outlet));
});

describe('loewin forms of the headline', () => {
  const P1 = 'Im Stadtwald hat am Donnerstag eine ungewöhnliche Suche begonnen. Die Polizei geht davon aus, dass sich ein großes Tier in den Wäldern aufhält.';
  const P2 = 'Zwei Männer hatten die Szene gefilmt und sofort den Notruf gewählt. Kurz darauf waren die ersten Streifenwagen vor Ort, sagte ein Sprecher.';
  const read = (lines: string[]) => readTextArticle(lines.join('\n'), none);

  it('GIVEN a box title straight over its bullets THEN the headline above it is the title', () => {
    const { meta } = read(['Großeinsatz im Stadtwald', 'Polizei sucht mit Hubschraubern nach einem Raubtier', '', 'Von Jana Petersen', '20.07.2023, 07:12 Uhr', '',
      'Das Wichtigste in Kürze', '• Ein Video zeigt ein großes Tier.', '• Die Polizei sucht mit Drohnen.', '', P1, '', P2]);
    expect(meta.title?.value).toBe('Polizei sucht mit Hubschraubern nach einem Raubtier');
  });

  it('GIVEN the headline alone over a bullet summary, a blank line between THEN it stays the title', () => {
    const { meta } = read(['Polizei sucht mit Hubschraubern nach einem Raubtier', '', '• Ein Video zeigt ein großes Tier.', '• Die Polizei sucht mit Drohnen.', '', P1, '', P2]);
    expect(meta.title?.value).toBe('Polizei sucht mit Hubschraubern nach einem Raubtier');
  });

  it('GIVEN a gallery line counting its pictures under the byline THEN it is no title and no paragraph', () => {
    const { meta, paragraphs } = read(['Jagd auf die Raubkatze: Hubschrauber und Drohnen im Einsatz', '', 'Von Jana Petersen', '20.07.2023, 16:41 Uhr', '',
      'Bildergalerie (12 Bilder): So läuft die Suche', '', P1, '', P2]);
    expect(meta.title?.value).toBe('Jagd auf die Raubkatze: Hubschrauber und Drohnen im Einsatz');
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN prose about a gallery THEN it stays', () => {
    expect(boilerplateReason('Die Bildergalerie (12 Bilder) des Museums zeigt die Stadt, wie sie vor hundert Jahren aussah.', none)).toBeNull();
  });
});

describe('loewin forms of the outlet name', () => {
  const settle = (value: string, footers: string[]) => settleOutlet({ value, source: 'read first' }, { footers, addresses: [] })?.value;

  it('GIVEN an address whose letters reach into the compound of the footer\'s paper THEN the paper is the outlet', () => {
    expect(settle('NOZ.de', ['© 2023 Nordmedien GmbH & Co. KG – Neue Ostzeitung'])).toBe('Neue Ostzeitung');
  });

  it('GIVEN an address whose letters do not spell the footer\'s paper THEN it stays', () => {
    expect(settle('NOZ.de', ['© 2023 Nordmedien GmbH & Co. KG – Neue Westzeitung'])).toBe('NOZ.de');
  });
});

describe('loewin form of the logo', () => {
  it.each([
    ['HAZ Hannoversche Allgemeine', 'Hannoversche Allgemeine'],
    ['LTO Legal Tribune Online', 'Legal Tribune Online'],
    ['NDR Info Hamburg', 'NDR Info Hamburg'],
    ['WAZ Westfalen', 'WAZ Westfalen'],
    ['MAZ Berlin Aktuell', 'MAZ Berlin Aktuell'],
    ['LVZ Leipziger Verkehrsbetriebe', 'LVZ Leipziger Verkehrsbetriebe'],
    ['HAZ Hannoversche Allgemeine Zeitung', 'Hannoversche Allgemeine Zeitung'],
  ])('GIVEN the logo "%s" THEN the name is %s', (logo, name) => expect(spelledOut(logo)).toBe(name));
});

describe('loewin form of the byline', () => {
  const P1 = 'Es gibt Geschichten, die sind zu schön, um wahr zu sein, und man erzählt sie trotzdem. Die Suche im Wald gehört dazu.';
  const P2 = 'Man muss den Behörden zugutehalten, dass sie in einer schwierigen Lage waren. Ein Video zeigte ein grosses Tier am Waldrand.';
  const read = (lines: string[]) => readTextArticle(lines.join('\n'), none);

  it('GIVEN "Name, Job Desk" beside the date line under a standfirst THEN the name is the author and the line no section', () => {
    const { meta, paragraphs } = read(['Das Tier, das keines war', '', 'Zwei Tage lang wurde eine Raubkatze gejagt. Gefunden wurde ein Wildschwein.', '',
      'Lea Brunner, Redaktorin Gesellschaft', '21.07.2023, 16:05 Uhr', '', P1, '', P2]);
    expect(meta.author?.value).toBe('Lea Brunner');
    expect(paragraphs.every((p) => p.section === null)).toBe(true);
  });

  it.each([
    ['a job that is no newsroom\'s', 'Lea Brunner, Sprecherin Polizei'],
    ['no date line beside it', 'Lea Brunner, Redaktorin Gesellschaft'],
  ])('GIVEN %s THEN no author is read', (_, line) => {
    const date = line.includes('Sprecherin') ? ['21.07.2023, 16:05 Uhr'] : [''];
    const { meta } = read(['Das Tier, das keines war', '', line, ...date, '', P1, '', P2]);
    expect(meta.author?.value).toBeUndefined();
  });
});
