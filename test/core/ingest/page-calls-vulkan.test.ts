/**
 * Forms first seen on vulkan's pages, written here as fixtures of our own: a header's bare logo acronym over the
 * paper the footer prints, a site whose footer names its publishing house, a byline closing with the day
 * ("Von A · 18.01.2024"), a row of labelled phone numbers, a pointer to an address with "Angaben ohne Gewähr", and a
 * reader's comment under its label. Each where it must fire and on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { cleanArticle } from '../../../src/core/corpus/clean.js';
import { settleOutlet } from '../../../src/core/corpus/outlet-name.js';
import { readByline } from '../../../src/core/corpus/byline.js';

const none = { repeated: new Set<string>() };
const settle = (value: string, footers: string[], addresses: string[] = []) => settleOutlet({ value, source: 'read first' }, { footers, addresses })?.value;
const P1 = 'In der Nacht zu Freitag ist ein Teil der Mühlenbrücke in den Fluss gestürzt. Verletzt wurde nach Angaben der Feuerwehr niemand.';
const P2 = 'Die Stadt ließ die übrigen Teile der Brücke sperren. Fachleute sollen in den kommenden Tagen prüfen, wie es zu dem Einsturz kommen konnte.';
/** A copied page: headline, two paragraphs, then whatever `tail` adds. */
const page = (tail: string[]) => ['Brücke in den Fluss gestürzt', '', P1, '', P2, '', ...tail].join('\n');

describe('vulkan forms of the outlet', () => {
  it('GIVEN a bare logo acronym and the paper the footer prints THEN the paper is the outlet, its letters in the compound or not', () => {
    expect(settle('MVZ', ['© Musterstädter Volkszeitung 2024 | medienhaus muster'])).toBe('Musterstädter Volkszeitung');
    expect(settle('MAZ', ['© Musterstädter Allgemeine Zeitung 2024'])).toBe('Musterstädter Allgemeine Zeitung');
  });

  it('GIVEN a broadcaster, a publisher printing its letters itself, or letters of another name THEN the acronym stays', () => {
    expect(settle('MDR', ['© Musterdeutscher Rundfunk 2024'])).toBe('MDR');
    expect(settle('MND', ['© MND MusterNetzwerk Deutschland GmbH 2024'])).toBe('MND');
    expect(settle('MVZ', ['© Musterstädter Verkehrsbetriebe 2024'])).toBe('MVZ');
  });

  it('GIVEN a site named by its address over a footer naming its publishing house THEN the address stays the name', () => {
    expect(settle('Muster.de', ['© Muster der Technik Verlagsgesellschaft mbH, Heidelberg'])).toBe('Muster.de');
    // A company that is no publishing house: the site's short name, as "n-tv.de" + "n-tv Nachrichtenfernsehen" gives "n-tv".
    expect(settle('muster-tv.de', ['© muster-tv Nachrichtenfernsehen GmbH'])).toBe('muster-tv');
  });
});

describe('vulkan forms of the byline', () => {
  it('GIVEN a byline closing with the day THEN it names the author and dates the page', () => {
    expect(readByline('Von Anna-Lena Muster · 18.01.2024')).toEqual({ author: 'Anna-Lena Muster', date: '2024-01-18' });
  });

  it('GIVEN a sentence opening with "Von" THEN it is no byline, a date or not', () => {
    expect(readByline('Von Ausflügen zum Vulkan raten die Behörden ab.')).toBeNull();
    expect(readByline('Von Januar bis März galt die Sperrung.')).toBeNull();
  });
});

describe('vulkan forms of furniture', () => {
  it.each([
    'Notruf in Musterland: 112 · Deutsche Botschaft Musterstadt: +354 530 1100 · Bürgerservice Auswärtiges Amt: +49 30 1817-2000',
    'Leserkommentar von Erika M.: „Man mag sich gar nicht vorstellen, wie es ist, das eigene Haus zu verlieren.“',
    'Leserbrief von Max Muster K.: „Die Brücke war seit Jahren marode.“',
  ])('GIVEN "%s" THEN it is furniture', (line) => expect(boilerplateReason(line, none)).toEqual(expect.any(String)));

  it('GIVEN a pointer to an address closed by "Angaben ohne Gewähr" THEN it goes', () => {
    expect(cleanArticle(page(['Aktuelle Hinweise des Zivilschutzes unter safetravel.example.de – Angaben ohne Gewähr.'])).paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it.each([
    'Wer in Not gerät, erreicht den Notruf unter 112, die Botschaft ist unter +354 530 1100 erreichbar.',
    'Die Hotline des Bürgeramts: Montag bis Freitag von 8 bis 16 Uhr unter 0800 123 456 erreichbar.',
    'Eine Leserin, Erika M., schrieb der Redaktion: „Man mag sich gar nicht vorstellen, wie es ist.“',
    'In einem Leserkommentar von Erika M. heißt es, die Brücke sei seit Jahren marode gewesen.',
  ])('GIVEN "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());

  it('GIVEN a sentence saying figures came without guarantee THEN it stays', () => {
    const line = 'Die Behörde veröffentlichte die Werte unter zivilschutz.example.de und machte alle Angaben ohne Gewähr.';
    expect(cleanArticle(page([line])).paragraphs.map((p) => p.text)).toEqual([P1, P2, line]);
  });
});
