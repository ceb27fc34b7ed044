/**
 * What a long copied story prints about itself: a table of contents whose entries come back as section headings, a
 * correction note about an earlier version of the text, and the author's note saying which desk they run. Each rule
 * once where it must fire and once on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { dropAuthorBio } from '../../../src/core/corpus/author-bio.js';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Der Bund hat am Donnerstag den Bau einer neuen Schleusenkammer in Kiel-Holtenau freigegeben. Die Arbeiten sollen im kommenden Frühjahr beginnen und rund sechs Jahre dauern.';
const P2 = 'Die alten Kammern stammen noch aus der Kaiserzeit und sind marode. Immer wieder mussten sie für Reparaturen gesperrt werden, was den Schiffsverkehr behinderte.';
const P3 = 'Reedereien rechnen mit kürzeren Wartezeiten, sobald die fünfte Kammer in Betrieb ist. Bis dahin bleibt der Kanal ein Nadelöhr für den Verkehr zwischen Nord- und Ostsee.';

describe('a table of contents', () => {
  const page = (contents: string[], headings: [string, string]) =>
    ['Kieler Morgenpost', 'Kiel   Region   Sport   Kultur', '', 'Neue Schleuse für Kiel', '', 'Von Jana Petersen', '', ...contents, '', headings[0], P1, '', P2, '', headings[1], P3].join('\n');

  it('GIVEN "Inhaltsverzeichnis" and entries the story prints again as headings THEN the list goes, the headline is the title and the first heading its section', () => {
    const { meta, paragraphs } = readTextArticle(page(['Inhaltsverzeichnis', '1. Der Beschluss', '2. Was Reedereien erwarten'], ['Der Beschluss', 'Was Reedereien erwarten']), none);
    expect(meta.title?.value).toBe('Neue Schleuse für Kiel');
    expect(paragraphs.map((p) => [p.section, p.text])).toEqual([['Der Beschluss', P1], ['Der Beschluss', P2], ['Was Reedereien erwarten', P3]]);
  });

  it('GIVEN a list under "Inhaltsverzeichnis" whose entries do not all come back THEN it reads as the same list under another title', () => {
    const entries = ['1. Was der Bund am Donnerstag beschlossen hat', '2. Was die Reedereien jetzt erwarten'];
    const headings: [string, string] = ['Was der Bund am Donnerstag beschlossen hat', 'Was Reedereien erwarten'];
    const under = (title: string) => readTextArticle(page([title, ...entries], headings), none);
    const [contents, other] = [under('Inhaltsverzeichnis'), under('Im Überblick')];
    expect(contents.meta.title).toEqual(other.meta.title);
    expect(contents.paragraphs.map((p) => p.section)).toEqual(other.paragraphs.map((p) => p.section));
  });
});

describe('a correction note', () => {
  it.each([
    'Korrektur: In einer früheren Version dieses Artikels hieß es, die Schleuse sei 1895 eröffnet worden. Richtig ist 1914.',
    'In einer früheren Fassung dieses Textes stand ein falsches Baujahr. Wir haben den Fehler korrigiert.',
    'Korrektur: In einer früheren Version hieß es, die Schleuse sei aus Stahl. Richtig ist, dass nur die Tore aus Stahl sind.',
  ])('GIVEN "%s" THEN it is furniture', (line) => expect(boilerplateReason(line, none)).not.toBeNull());

  it.each([
    'In einer früheren Version des Gesetzes war die Schleuse gar nicht vorgesehen, sagte der Minister am Donnerstag in Kiel.',
    'In einer früheren Version hieß es noch, der Bund trage die Kosten der Schleuse allein, sagte der Minister in Kiel.',
    'Korrektur: In einer früheren Version des Plans sah das Land eine zweite Schleusenkammer vor, die nun gestrichen ist.',
    'Die Korrektur der Baukosten um 80 Millionen Euro nach oben sorgte im Landtag für Streit zwischen Regierung und Opposition.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());
});

describe('the author\'s note naming the desk they run', () => {
  const bio = 'Jana Petersen leitet das Ressort Politik der Kieler Morgenpost und berichtet seit Jahren über den Kanal.';
  const paragraphs = (texts: string[]) => texts.map((text) => ({ text, section: null }));

  it('GIVEN the byline author\'s "leitet das Ressort …" note after the last paragraph THEN it goes', () => {
    expect(dropAuthorBio(paragraphs([P1, P2, bio]), 'Jana Petersen').map((p) => p.text)).toEqual([P1, P2]);
    expect(dropAuthorBio(paragraphs([P1, P2, 'Jana Petersen leitet die Lokalredaktion in Kiel.']), 'Jana Petersen').map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN someone in the story who leads a desk or a project THEN the paragraph stays', () => {
    const other = 'Jana Petersen leitet das Projekt seit 2019 und will bis zur Eröffnung bleiben.';
    expect(dropAuthorBio(paragraphs([P1, P2, other]), 'Jana Petersen')).toHaveLength(3);
    expect(dropAuthorBio(paragraphs([P1, P2, bio]), 'Lea Ohm')).toHaveLength(3);
  });
});
