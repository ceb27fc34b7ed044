/** The small general readers: dates, bylines, outlet names, the line classifier, glued tails, decoding. */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { cutGluedTail } from '../../../src/core/corpus/glued.js';
import { findDate, isDateLine, normaliseDate } from '../../../src/core/corpus/dates.js';
import { decodeText } from '../../../src/core/corpus/decode.js';
import { outletCase, outletFromCredit } from '../../../src/core/corpus/names.js';
import { readByline } from '../../../src/core/corpus/byline.js';

describe('dates', () => {
  it.each([
    ['12.05.2023', '2023-05-12'],
    ['12. Mai 2023', '2023-05-12'],
    ['Freitag, 12. Mai 2023, 14:32 Uhr', '2023-05-12'],
    ['Stand: 12.05.2023 14:32 Uhr', '2023-05-12'],
    ['Aktualisiert am 3. März 2024', '2024-03-03'],
    ['28 Jul 2023', '2023-07-28'],
    ['Veröffentlicht: 2023-05-12', '2023-05-12'],
  ])('GIVEN the line "%s" THEN it is a date line for %s', (line, iso) => {
    expect(isDateLine(line)?.iso).toBe(iso);
  });

  it('GIVEN a sentence with a date in it THEN it is not a date line, though the date is found', () => {
    const sentence = 'Am 12. Mai 2023 verurteilte das Gericht den Angeklagten zu drei Jahren Haft.';
    expect(isDateLine(sentence)).toBeNull();
    expect(findDate(sentence)?.iso).toBe('2023-05-12');
  });

  it('GIVEN impossible or partial dates THEN nothing is invented', () => {
    expect(findDate('31.02.2023')).toBeNull();
    expect(findDate('bis zum 27. Juli')).toBeNull();
    expect(normaliseDate('2023-07')).toBe('2023-07');
    expect(normaliseDate('nächste Woche')).toBeNull();
  });

  it('GIVEN a UTC timestamp late in the evening THEN the date is the German one', () => {
    expect(normaliseDate('2023-05-12T23:30:00Z')).toBe('2023-05-13');
    expect(normaliseDate('2023-05-12T23:30:00+02:00')).toBe('2023-05-12');
  });
});

describe('bylines', () => {
  it.each([
    ['Von Lea Hartmann, München', 'Lea Hartmann'],
    ['Von Martina Feldhaus, BR', 'Martina Feldhaus'],
    ['Von Anna Beispiel und Jonas Muster', 'Anna Beispiel, Jonas Muster'],
    ['von Anna Beispiel, Jonas Muster und Eva Schmidt', 'Anna Beispiel, Jonas Muster, Eva Schmidt'],
    ['Autorin: Maria von Berg', 'Maria von Berg'],
    ['Ein Kommentar von Dr. Eva Schmidt', 'Dr. Eva Schmidt'],
    ['Von unserem Korrespondenten Jan Hendrik Vogt, Brüssel', 'Jan Hendrik Vogt'],
    ['Von Max Muster 12.05.2023 - 14:32 Uhr', 'Max Muster'],
    ['Von Max Muster/dpa', 'Max Muster'],
    ['Text: Sarah Beispiel | Fotos: Jan Muster', 'Sarah Beispiel'],
    ['Von Fabienne Muster, Istanbul, und Pascal Beispiel', 'Fabienne Muster, Pascal Beispiel'],
    ['Von Anna Beispiel, Jonas Muster und Eva Schmidt, Berlin', 'Anna Beispiel, Jonas Muster, Eva Schmidt'],
    ['Text: Sarah Beispiel / Bilder: Jan Muster', 'Sarah Beispiel'],
  ])('GIVEN "%s" THEN the author is %s', (line, author) => {
    expect(readByline(line)?.author).toBe(author);
  });

  it('GIVEN a byline with a date THEN both are read', () => {
    expect(readByline('Von Katharina Seidel · 13.02.2023 – 17:42 Uhr')).toEqual({ author: 'Katharina Seidel', date: '2023-02-13' });
  });

  it('GIVEN a label line whose second part is no picture credit THEN it is no byline', () => {
    expect(readByline('Text: Sarah Beispiel | Kommentare: 12')).toBeNull();
    expect(readByline('Fotos: Jan Muster')).toBeNull();
  });

  it.each(['Von Montag an gilt die neue Regel.', 'Von der Leyen kündigte neue Sanktionen an, sagte ein Sprecher.', 'Vom Gericht gab es keine Stellungnahme'])(
    'GIVEN the sentence "%s" THEN it is no byline',
    (line) => expect(readByline(line)).toBeNull(),
  );
});

describe('outlet names', () => {
  it.each([
    ['© Süddeutsche Zeitung GmbH, München', 'Süddeutsche Zeitung'],
    ['© Augsburger Allgemeine 2023 – Presse-Druck- und Verlags-GmbH', 'Augsburger Allgemeine'],
    ['© 2023 Handelsblatt GmbH. Ein Unternehmen der Handelsblatt Media Group.', 'Handelsblatt'],
    ['(c) Rheinische Rundschau 2024', 'Rheinische Rundschau'],
    ['Copyright © 2023 Main-Post GmbH', 'Main-Post'],
    ['© ARD-aktuell / tagesschau.de', 'tagesschau.de'],
  ])('GIVEN the footer "%s" THEN the outlet is %s', (line, outlet) => {
    expect(outletFromCredit(line)).toBe(outlet);
  });

  it('GIVEN names in capitals THEN long words are set in title case, acronyms stay', () => {
    expect(outletCase('DER STANDARD')).toBe('Der Standard');
    expect(outletCase('ZEIT ONLINE')).toBe('Zeit Online');
    expect(outletCase('BR24')).toBe('BR24');
    expect(outletCase('NZZ')).toBe('NZZ');
    expect(outletCase('taz')).toBe('taz');
    expect(outletCase('MDR AKTUELL')).toBe('MDR Aktuell');
    expect(outletCase('WELT')).toBe('Welt');
    expect(outletCase('ORF')).toBe('ORF');
  });
});

describe('line classifier', () => {
  const none = { repeated: new Set<string>() };
  it.each([
    'Foto: Max Muster',
    'Bild: BR/Lukas Brenner',
    '© picture alliance / dpa | Oliver Berg',
    'Die frühere Zentrale in Aschheim. Foto: Sven Hoppe/dpa (Archivbild)',
    'Neue Straßenbahnlinie: Baustart im Herbst mehr',
    'Kita-Plätze: Stadt sucht Erzieherinnen 01:45 min',
    'Lesen Sie auch: Verkehrswende in Köln',
    'Das könnte Sie auch interessieren',
    'Artikel teilen: Facebook | WhatsApp | E-Mail',
    'Impressum | Datenschutz | Kontakt',
    'Wir verwenden Cookies und ähnliche Technologien, um unser Angebot zu verbessern.',
    'Jetzt den Newsletter abonnieren',
    'Kommentare (12)',
    'Schlagwörter: Wirecard, Markus Braun',
    'Mit Material von dpa',
    'Diskutieren Sie mit! Melden Sie sich an, um Kommentare zu schreiben.',
    'Über dieses Thema berichtete BR24 am 07. Dezember 2023 um 06:00 Uhr.',
    'Dieser Artikel ist exklusiv für Abonnenten. Jetzt weiterlesen',
    'DER STANDARD setzt Cookies ein. Sie können Ihre Zustimmung jederzeit widerrufen.',
    'Lesedauer: 4 Min.',
    'Externer Inhalt: Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.',
  ])('GIVEN furniture "%s" THEN it is classified as boilerplate', (line) => {
    expect(boilerplateReason(line, none)).not.toBeNull();
  });

  it.each([
    'Das Foto zeigt den Angeklagten beim Betreten des Saals, sagte die Sprecherin des Gerichts am Montag.',
    'Nach Angaben der Polizei wurden 14 Menschen verletzt, zwei davon schwer.',
    'Mehr als 300 Menschen kamen am Samstag zur Kundgebung vor dem Rathaus.',
    'Zum Thema Sicherheit äußerte sich der Minister nicht.',
    'Auch interessant ist, dass der Zeuge zu diesem Punkt schwieg.',
    'Er sagte: „Das ist nicht mehr als ein Zeichen.“',
    'Der Paragraf 3 (c) des Gesetzes regelt die Haftung der Betreiber.',
    'Die Anklage wirft ihm Betrug in 14 Fällen vor (Az. 4 KLs 401 Js 1234/20).',
    'Der Streamingdienst hat inzwischen 200 Millionen Abonnenten weltweit.',
    'Die Laufzeit des Vertrags beträgt zehn Jahre, teilte das Unternehmen mit.',
    'Die Stadt sucht neue Partner für das Projekt, sagte der Bürgermeister am Montag',
  ])('GIVEN prose "%s" THEN it is kept', (line) => {
    expect(boilerplateReason(line, none)).toBeNull();
  });

  it('GIVEN furniture glued to the end of a paragraph THEN only the furniture is cut', () => {
    const text = 'Fragen will Braun erst später beantworten, sagte sein Anwalt am Montag vor dem Gericht.';
    expect(cutGluedTail(`${text} Lesen Sie auch: Wirecard-Pleite: Die Chronik`)).toBe(text);
    expect(cutGluedTail(`${text} (Jakob Pichler, 2.3.2023)`)).toBe(text);
    expect(cutGluedTail(`${text} (dpa)`)).toBe(text);
    expect(cutGluedTail(`${text} Foto: dpa`)).toBe(text);
    expect(cutGluedTail(text)).toBe(text);
  });
});

describe('decoding', () => {
  const text = 'Schoigu besuchte Pjöngjang für drei Tage.';
  it('GIVEN UTF-16 with a byte-order mark THEN it is decoded', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16(); // a copy: swap16 works in place
    expect(decodeText(le)).toEqual({ ok: true, value: text });
    expect(decodeText(be)).toEqual({ ok: true, value: text });
  });

  it('GIVEN UTF-16 without a byte-order mark THEN the message says UTF-16, not just binary', () => {
    expect(decodeText(Buffer.from(text, 'utf16le'))).toEqual({ ok: false, reason: expect.stringMatching(/UTF-16 without a byte-order mark; save it as UTF-8/) });
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]))).toEqual({ ok: false, reason: expect.stringMatching(/^binary/) });
  });

  it('GIVEN a Latin-1 page that declares its charset THEN it is decoded; the same bytes as .txt are reported', () => {
    const page = Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>${text}</p></body></html>`, 'latin1');
    expect(decodeText(page, { html: true })).toEqual({ ok: true, value: expect.stringContaining(text) });
    expect(decodeText(page)).toEqual({ ok: false, reason: expect.stringMatching(/not valid UTF-8/) });
  });

  it('GIVEN UTF-8 with a byte-order mark THEN the mark is dropped', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ ok: true, value: text });
  });
});
