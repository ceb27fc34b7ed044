/**
 * Rules found on bahnstreik (round 14), on fixtures of our own: a page's "article updated" note, a header menu printed
 * on one line with bars, and a logo acronym that takes a letter from inside a compound ("LVZ" of "…Volkszeitung").
 * Each rule once where it must fire and once on look-alike prose or names that must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason, isCreditOnly } from '../../../src/core/corpus/boilerplate.js';
import { spelledOut } from '../../../src/core/corpus/acronym.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Am Hauptbahnhof blieben die Anzeigetafeln am Morgen fast leer, nur wenige Regionalzüge fuhren nach Plan in die Stadt.';
const P2 = 'Die Verkehrsbetriebe setzten zusätzliche Straßenbahnen ein, konnten den Ausfall der S-Bahn aber nicht ganz auffangen.';

describe('an update note', () => {
  it.each(['Dieser Artikel wurde aktualisiert.', 'Dieser Artikel wurde am 11.01.2024 um 20:05 Uhr aktualisiert.', 'Der Beitrag wurde zuletzt am 3. März 2023 geändert'])(
    'GIVEN "%s" THEN it is furniture',
    (line) => expect(boilerplateReason(line, none)).toBe('update notice'),
  );
  it.each([
    'Der Artikel wurde aktualisiert, nachdem die Bahn ihren Notfahrplan geändert hatte.',
    'Der Text wurde am Montag von der Redaktion geändert, teilte der Verlag mit.',
    'Dieser Fahrplan wurde am 11.01.2024 aktualisiert.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());
});

describe('a site header over a barred menu row', () => {
  const page = (menu: string) => ['Zum Inhalt springen', 'LVZ Leipziger Volkszeitung', menu, '', 'Volle Straßenbahnen am Streiktag', '', P1, '', P2].join('\n');
  it('GIVEN "Leipzig | Region | Sachsen | Sport | Mehr" under the name THEN the name is the outlet, spelled out', () => {
    expect(readTextArticle(page('Leipzig | Region | Sachsen | Sport | Mehr'), none).meta.outlet?.value).toBe('Leipziger Volkszeitung');
  });
  it('GIVEN a sentence with bars under the name THEN it is no menu and the line is no outlet', () => {
    expect(readTextArticle(page('Der Streik dauert an | Die Bahn fährt einen Notfahrplan. | Pendler warten'), none).meta.outlet?.value).not.toBe('Leipziger Volkszeitung');
  });
});

describe('a logo acronym with a letter from a compound', () => {
  it('GIVEN "LVZ Leipziger Volkszeitung" THEN the words are the name', () => expect(spelledOut('LVZ Leipziger Volkszeitung')).toBe('Leipziger Volkszeitung'));
  it.each(['ZDF Heute Journal', 'ABC Leipziger Volkszeitung', 'LVZ Leipziger Verkehrsbetriebe'])('GIVEN "%s" THEN it stays', (name) => expect(spelledOut(name)).toBe(name));
});

describe('a caption line with its credit in brackets', () => {
  it('GIVEN "Bild: <sentence>. (credit)" under byline and date THEN the headline above stays the title', () => {
    const raw = ['Donaublatt', 'Linz | Wirtschaft | Sport | Kultur', '', 'Bahnstreik in Deutschland', 'Drei Tage Stillstand bei der Güterbahn', '10.01.2024 um 05:30', 'Von Anna Muster',
      'Bild: Ein Güterzug steht am Grenzbahnhof still. (APA/dpa/Name)', '', P1, '', P2, '', '© Donaublatt 2024'].join('\n');
    expect(readTextArticle(raw, none).meta.title?.value).toBe('Drei Tage Stillstand bei der Güterbahn');
  });
  it.each(['Foto: Anna Muster/dpa', '(Foto: picture alliance/dpa)', 'Bild: APA/dpa (Archiv)'])('GIVEN a bare credit "%s" THEN it is credit only', (line) => expect(isCreditOnly(line)).toBe(true));
  it('GIVEN a caption sentence with its credit THEN it is no bare credit', () => expect(isCreditOnly('Bild: Ein Güterzug steht still. (APA/dpa)')).toBe(false));
});
