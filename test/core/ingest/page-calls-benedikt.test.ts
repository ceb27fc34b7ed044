/**
 * Forms first seen on benedikt's pages, written here as fixtures of our own: a kicker or breadcrumb ending in a ruler's
 * number ("… Benedikt XVI."), a byline sharing the story with an agency ("Von A und KNA"), a caption under its credit
 * in an image box, a skip link in other words, a running update note, an app promise and an e-paper offer in the
 * infinitive, a paywall badge ("DK Plus"). Each where it must fire and on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Am Donnerstagvormittag läuteten in der ganzen Region die Glocken. Viele Menschen hielten auf dem Marktplatz inne, als das Geläut einsetzte.';
const P2 = 'Am Abend war der Dom bis auf den letzten Platz besetzt. Der Bischof erinnerte in seiner Predigt an den Besuch des Kaisers vor vielen Jahren.';
const P3 = 'Ein Sprecher der Diözese sagte, man habe mit so vielen Menschen nicht gerechnet. Das Kondolenzbuch bleibt bis Sonntag im Dom ausgelegt.';
const read = (lines: string[]) => readTextArticle(lines.join('\n'), none);

describe('benedikt forms of the headline', () => {
  it('GIVEN a kicker ending in a ruler\'s number over the headline THEN the headline is the title and the kicker no paragraph', () => {
    const { meta, paragraphs } = read(['Zur Hauptnavigation springen', 'Plus', 'Trauer um Ludwig II.', 'Glocken läuten im ganzen Land für den König', '', P1, '', P2]);
    expect(meta.title?.value).toBe('Glocken läuten im ganzen Land für den König');
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN a short paragraph ending in a ruler\'s number under the headline THEN it stays a paragraph', () => {
    const short = 'Sein Nachfolger wurde Ludwig II.';
    const { meta, paragraphs } = read(['Glocken läuten im ganzen Land für den König', '', P1, '', short, '', P2]);
    expect(meta.title?.value).toBe('Glocken läuten im ganzen Land für den König');
    expect(paragraphs.map((p) => p.text)).toEqual([P1, short, P2]);
  });

  it.each(['Zur Hauptnavigation springen', 'Springe zum Hauptinhalt', 'Direkt zur Suche'])('GIVEN the skip link "%s" THEN it is furniture', (line) => {
    expect(boilerplateReason(line, none)).toEqual(expect.any(String));
  });

  it('GIVEN a sentence that starts like a skip link THEN it stays', () => {
    expect(boilerplateReason('Zur Hauptnavigation der Stadt gehört seit Jahren auch der Fluss.', none)).toBeNull();
  });
});

describe('benedikt forms of furniture', () => {
  it.each([
    'Allgäu › Kirche › Benedikt XVI.',
    'Hinweis der Redaktion: Dieser Text wird laufend ergänzt.',
    'Hinweis der Redaktion: Dieser Text wird laufend ergänzt. Fotos von den Gottesdiensten in Ihrer Pfarrei schicken Sie gerne an leserbilder@zeitung-beispiel.de.',
    'Dieser Artikel wird fortlaufend aktualisiert.',
    'Mit der KZ-App keine Nachricht aus der Region mehr verpassen. Jetzt herunterladen.',
    'Jetzt das KZ-ePaper lesen – schon ab 20 Uhr am Vorabend.',
    'DK Plus',
    'KZ+',
  ])('GIVEN "%s" THEN it is furniture', (line) => expect(boilerplateReason(line, none)).toEqual(expect.any(String)));

  it.each([
    'Dieser Text wird laufend ergänzt, sagte die Sprecherin des Archivs über die Chronik der Pfarrei.',
    'Hinweis der Redaktion: Dieser Text wird laufend ergänzt. Am Abend feierte der Bischof im Dom ein Requiem für den Verstorbenen.',
    'Mit der Warn-App soll künftig niemand mehr eine Unwetterwarnung verpassen, sagte der Minister.',
    'Das E-Paper lesen inzwischen mehr Abonnenten als die gedruckte Zeitung, teilte der Verlag mit.',
    'Hinweise senden Sie bitte an hinweise@polizei-beispiel.de, sagte der Sprecher der Polizei.',
    'Er war der Nachfolger von Johannes Paul II.',
    'Ein Plus von drei Prozent meldete das Bistum bei den Eintritten.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());
});

describe('benedikt forms of the byline and the caption', () => {
  it.each([
    ['Von Lea Brunner und KNA', 'Lea Brunner'],
    ['Von Lea Brunner mit dpa', 'Lea Brunner'],
    ['Von Lea Brunner und Max Roth', 'Lea Brunner, Max Roth'],
  ])('GIVEN the byline "%s" THEN the author is %s and the byline no section', (byline, author) => {
    const { meta, paragraphs } = read(['Glocken läuten im ganzen Land für den König', '', byline, 'Stand: 05.01.2023, 14:20 Uhr', '', P1, '', P2]);
    expect(meta.author?.value).toBe(author);
    expect(paragraphs.every((p) => p.section === null)).toBe(true);
  });

  it('GIVEN an image box with the credit over a one-sentence caption THEN both go and the story stays', () => {
    const { paragraphs } = read(['Glocken läuten im ganzen Land für den König', '', P1, '', 'Foto: KNA/Paolo Rinaldi', 'Das Geläut von St. Lorenz war am Vormittag weithin zu hören.', '', P2, '', '© Max Roth / Kreiszeitung', 'Gläubige vor dem Dom.', '', P3]);
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it.each([
    ['a paragraph of two sentences under the credit', ['Foto: KNA/Paolo Rinaldi', P2]],
    ['a paragraph after a blank line under the credit', ['Foto: KNA/Paolo Rinaldi', '', 'Das Geläut von St. Lorenz war am Vormittag weithin zu hören.']],
    ['a third line in the box', ['Foto: KNA/Paolo Rinaldi', 'Das Geläut von St. Lorenz war am Vormittag weithin zu hören.', 'Danach zogen die Gläubigen in einer Prozession zum Dom.']],
  ])('GIVEN %s THEN the story text stays', (_, box) => {
    const { paragraphs } = read(['Glocken läuten im ganzen Land für den König', '', P1, '', ...box, '', P3]);
    const kept = box.filter((l) => l !== '' && !l.startsWith('Foto:'));
    expect(paragraphs.map((p) => p.text)).toEqual([P1, ...kept, P3]);
  });
});
