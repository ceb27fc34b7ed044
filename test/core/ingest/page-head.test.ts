/**
 * What pages set around the headline, on fixtures of our own: a player's download row, a consent banner, an
 * author's name alone beside the date line, the gender-neutral "Autor/in:" label, German datelines with short years
 * and single-digit days. Each rule once where it must fire and once on prose that looks alike and must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { isDateLine } from '../../../src/core/corpus/dates.js';
import { isPersonName } from '../../../src/core/corpus/lone-byline.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';
import { readByline } from '../../../src/core/corpus/byline.js';

const none = { repeated: new Set<string>() };
const P1 = 'Seit Dienstag ist die Fähre zwischen Glückstadt und Wischhafen wieder in Betrieb. Nach drei Wochen in der Werft fahren beide Schiffe wieder im Halbstundentakt über die Elbe.';
const P2 = 'Die Reederei rechnet in den Sommerferien mit Wartezeiten von bis zu zwei Stunden. Wer früh am Morgen fährt, kommt nach ihren Angaben meist ohne Stau über den Fluss.';

describe('furniture above the story', () => {
  it.each([
    ['player download row', ['Audio herunterladen (3,1 MB | MP3)', 'Video herunterladen (48 MB)', 'Podcast herunterladen', 'Download (2,4 MB, MP3)']],
    ['consent banner', [
      'Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu. Zustimmen | Mehr Optionen',
      'Wir und unsere 212 Partner verarbeiten Daten und greifen auf Informationen auf Ihrem Endgerät zu.',
      'Mit Ihrer Erlaubnis verbessern wir unser Angebot. Akzeptieren | Ablehnen',
      'Zustimmen | Einstellungen',
    ]],
  ])('GIVEN a %s THEN each line is furniture', (_, lines) => {
    for (const line of lines) expect([line, boilerplateReason(line, none)]).toEqual([line, expect.any(String)]);
  });

  it.each([
    'Die Aufnahme ist 3,1 MB groß und lässt sich als MP3 herunterladen, teilte der Sender mit.',
    'Meta und seine Partner speichern Informationen über Nutzer auf deren Geräten, kritisierte die Datenschutzbehörde.',
    '„Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu“, heißt es in dem Banner, das die Verbraucherschützer beanstanden.',
    'Wir und unsere Partner im Verein sammeln seit Jahren Spenden für das Tierheim, sagte die Vorsitzende.',
    'Die Nutzer könnten zustimmen oder ablehnen, sagte die Datenschützerin am Montag.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());

  it('GIVEN a consent banner first and a download row under the byline THEN the headline is the title and neither is a paragraph', () => {
    const raw = ['Elbe-Kurier', 'Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu. Zustimmen | Mehr Optionen', '',
      'Fähre über die Elbe fährt wieder', '', 'Stand: 4.7.2023, 08:15 Uhr', 'Autor/in: Jana Petersen', 'Audio herunterladen (2,2 MB | MP3)', '', P1, '', P2].join('\n');
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect([meta.title?.value, meta.date?.value, meta.author?.value]).toEqual(['Fähre über die Elbe fährt wieder', '2023-07-04', 'Jana Petersen']);
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});

describe('author labels and bylines without "Von"', () => {
  it.each([
    ['Autor/in: Jana Petersen', 'Jana Petersen'],
    ['Autor*in: Jana Petersen', 'Jana Petersen'],
    ['Autor:in: Jana Petersen', 'Jana Petersen'],
    ['Autorinnen: Jana Petersen und Lea Ohm', 'Jana Petersen, Lea Ohm'],
  ])('GIVEN the label "%s" THEN the author is %s', (line, author) => expect(readByline(line)?.author).toBe(author));

  it.each([['Georg Lechner', true], ['Anna-Lena von Berg', true], ['Der Preis der Sonne', false], ['SWR Aktuell', false], ['Hamburg Wirtschaft', true], ['Georg', false]])(
    'GIVEN "%s" THEN it has a person\'s name shape: %s',
    (text, name) => expect(isPersonName(text)).toBe(name),
  );

  const page = (head: string[]) => ['Nordsee-Bote', 'Politik   Wirtschaft   Region   Sport', '', ...head, '', P1, '', P2].join('\n');

  it('GIVEN an author\'s name alone beside the date line under the headline THEN it is the author, not the title', () => {
    const { meta, paragraphs } = readTextArticle(page(['Kommentar', 'Warum die Fähre mehr kosten darf', '', 'Jana Petersen', '04.07.2023, 06:00']), none);
    expect([meta.title?.value, meta.author?.value, meta.author?.source]).toEqual(['Warum die Fähre mehr kosten darf', 'Jana Petersen', 'text: author\'s name "Jana Petersen" beside the date line']);
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN the author\'s name after the date and a bar ("04.07.2023 - 06:00 Uhr | Jana Petersen") THEN it is the author', () => {
    const { meta, paragraphs } = readTextArticle(page(['Warum die Fähre mehr kosten darf', '', '4. Juli 2023 - 06:00 Uhr | Jana Petersen']), none);
    expect([meta.date?.value, meta.author?.value]).toEqual(['2023-07-04', 'Jana Petersen']);
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN a place after the date and a bar ("4. Juli 2023 | Cuxhaven") THEN no author is made up', () => {
    expect(readTextArticle(page(['Warum die Fähre mehr kosten darf', '', '4. Juli 2023 | Cuxhaven']), none).meta.author).toBeUndefined();
  });

  it('GIVEN a portrait whose headline is a name over its date line THEN the name stays the title', () => {
    const { meta } = readTextArticle(page(['Porträt', 'Jana Petersen', '04.07.2023, 06:00']), none);
    expect([meta.title?.value, meta.author]).toEqual(['Jana Petersen', undefined]);
  });

  it('GIVEN a name alone as a subheading in the story THEN it stays in the text and names no author', () => {
    const raw = page(['Drei Kapitäne erzählen vom Sommer', '', '04.07.2023, 06:00', '', P1, '', 'Jana Petersen', 'Sie fährt seit zwölf Jahren über die Elbe und kennt jede Sandbank zwischen den beiden Anlegern, sagt sie.']);
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect(meta.author).toBeUndefined();
    expect(paragraphs.find((p) => p.text.startsWith('Sie fährt seit'))?.section).toBe('Jana Petersen');
  });
});

describe('German datelines', () => {
  it.each([
    ['Stand: 24.7.2023, 19:05 Uhr', '2023-07-24'],
    ['25.07.23, 11:48 Uhr', '2023-07-25'],
    ['Stand: 4.7.23', '2023-07-04'],
    ['26.07.2023, 05:00', '2023-07-26'],
  ])('GIVEN "%s" THEN it is a date line for %s', (line, iso) => expect(isDateLine(line)?.iso).toBe(iso));

  it('GIVEN a story\'s "Stand der Dinge" with a date THEN it is no date line', () => {
    expect(isDateLine('Stand der Dinge am 24.7.2023: Die Fähre fährt, aber nur im Stundentakt.')).toBeNull();
    expect(isDateLine('Stand der Dinge ist, dass die Werft am 24.7.2023 fertig sein will.')).toBeNull();
  });
});
