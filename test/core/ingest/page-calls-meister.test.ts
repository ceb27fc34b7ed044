/**
 * Forms first seen on meister's pages, written here as fixtures of our own: a betting ad's legal warning after the age
 * mark, an app offer to the reader as "Sie", a shop's ad under its own label, an author's box naming whom they write
 * for, and a reporter's byline naming where they report from ("Aus <Ort> berichtet <Name>"). Each where it must fire
 * and on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { dropAuthorBio } from '../../../src/core/corpus/author-bio.js';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { cleanArticle } from '../../../src/core/corpus/clean.js';
import { readByline } from '../../../src/core/corpus/byline.js';

const none = { repeated: new Set<string>() };
const P1 = 'Der FC Musterstadt hat am Sonntag zum ersten Mal die Meisterschaft der Musterliga gewonnen. Im letzten Heimspiel siegte die Mannschaft mit 3:0.';
const P2 = 'Nach dem Schlusspfiff feierten Tausende Fans auf dem Rasen. Die Polizei meldete eine friedliche Nacht in der Innenstadt.';
const paragraphs = (texts: string[]) => texts.map((text) => ({ text, section: null }));

describe('meister forms of furniture', () => {
  it.each([
    'Jetzt auf die Musterliga wetten – 18+ | Suchtgefahr | Glücksspiel kann süchtig machen',
    'Anzeige – Sportwetten: Jetzt Bonus sichern! 18+ | Glücksspiel kann süchtig machen',
    'Bestens informiert: Holen Sie sich die MUSTER-App für Android und iOS!',
    'Laden Sie sich die kostenlose Musterblatt-App herunter.',
    'Jetzt im Vereinsshop: das offizielle Pokal-Trikot – nur solange der Vorrat reicht!',
    'Jetzt im Onlineshop: der Jahreskalender 2025 mit allen Heimspielen',
  ])('GIVEN "%s" THEN it is furniture', (line) => expect(boilerplateReason(line, none)).toEqual(expect.any(String)));

  it.each([
    'Der Warnhinweis „Glücksspiel kann süchtig machen“ ist auf jeder Wettanzeige Pflicht, sagte die Sprecherin der Landesstelle.',
    'Wetten dürfen nur Menschen ab 18 Jahren abschließen, die Suchtgefahr sei aber auch bei Erwachsenen hoch, warnte der Verband.',
    'Die Polizei riet den Fans, sich die Warn-App auf das Handy zu holen, um über Sperrungen informiert zu werden.',
    'Im Fanshop am Stadion bildeten sich lange Schlangen, das Meister-Shirt war nach einer Stunde ausverkauft.',
    'Jetzt im Fanshop gibt es das Trikot für 90 Euro, sagte ein Sprecher des Vereins am Montag.',
  ])('GIVEN "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());

  it('GIVEN a betting ad over the kicker and headline THEN the headline is the title and the ad no paragraph', () => {
    const page = ['Jetzt auf die Musterliga wetten – 18+ | Suchtgefahr | Glücksspiel kann süchtig machen', 'Musterliga', 'Musterstadt erstmals Meister', '', P1, '', P2].join('\n');
    const { paragraphs: got, meta } = cleanArticle(page);
    expect(meta.title?.value).toBe('Musterstadt erstmals Meister');
    expect(got.map((p) => p.text)).toEqual([P1, P2]);
  });
});

describe('meister forms of the author box', () => {
  const story = paragraphs([P1, P2]);

  it('GIVEN the byline author writing for a publication, after the story THEN the box goes', () => {
    const box = 'Erika Muster schreibt für MUSTERBLATT über die Musterliga. Folgen Sie ihr auf X: @emuster';
    expect(dropAuthorBio([...story, ...paragraphs([box])], 'Erika Muster')).toEqual(story);
    expect(dropAuthorBio([...story, ...paragraphs(['Erika Muster schreibt seit 2019 für die Musterstädter Zeitung.'])], 'Erika Muster')).toEqual(story);
  });

  it('GIVEN the same words inside the story, or about someone else at its end THEN they stay', () => {
    const inside = paragraphs([P1, 'Erika Muster schreibt für das Vereinsmagazin, seit sie als Kind ins Stadion ging.', P2]);
    expect(dropAuthorBio(inside, 'Erika Muster')).toEqual(inside);
    const other = paragraphs([P1, P2, 'Max Beispiel schreibt für MUSTERBLATT über die Musterliga.']);
    expect(dropAuthorBio(other, 'Erika Muster')).toEqual(other);
  });
});

describe('meister forms of the byline', () => {
  it.each([
    ['Aus dem Musterstadion berichtet Erika Muster', 'Erika Muster'],
    ['Aus Kiew berichtet unser Korrespondent Max Beispiel', 'Max Beispiel'],
    ['Vom Parteitag berichten Erika Muster und Max Beispiel', 'Erika Muster, Max Beispiel'],
  ])('GIVEN "%s" THEN the author is %s', (line, author) => expect(readByline(line)?.author).toBe(author));

  it.each([
    'Aus Kiew berichtet unser Korrespondent, dass die Lage an der Front ernst sei.',
    'Aus Kiew berichtet Max Beispiel, dass die Front hält.',
    'Aus dem Stadion berichtet die Polizei von einer friedlichen Nacht.',
  ])('GIVEN the sentence "%s" THEN it is no byline', (line) => expect(readByline(line)).toBeNull());

  it('GIVEN the reporter\'s byline under the headline THEN the headline is the title and the reporter the author', () => {
    const page = ['Musterstadt erstmals Meister', 'Sonntag, 14. April 2024, 20:11 Uhr', 'Aus dem Musterstadion berichtet Erika Muster', '', P1, '', P2].join('\n');
    const { paragraphs: got, meta } = cleanArticle(page);
    expect(meta.title?.value).toBe('Musterstadt erstmals Meister');
    expect(meta.author?.value).toBe('Erika Muster');
    expect(got.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN "Aus Kiew berichtet unser Korrespondent, dass …" in the story THEN it stays a paragraph', () => {
    const line = 'Aus Kiew berichtet unser Korrespondent, dass die Lage an der Front ernst sei. Die Regierung rief zur Ruhe auf.';
    const { paragraphs: got } = cleanArticle(['Musterstadt erstmals Meister', '', P1, '', line, '', P2].join('\n'));
    expect(got.map((p) => p.text)).toEqual([P1, line, P2]);
  });
});
