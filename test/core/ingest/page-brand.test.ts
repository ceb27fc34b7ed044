/**
 * Forms heizung's pages showed, on fixtures of our own: a site header confirmed by one navigation row, a wordmark
 * with its claim ("taz. die tageszeitung"), a logo spelling its acronym out, a role byline without "Von", an
 * agency credit path without "Foto:", a citation suggestion, the site's own teasers, app, payment, typo and rights
 * notices. Each rule once where it must fire and once on look-alike prose or names that must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason, isCreditOnly, isTeaserHeading } from '../../../src/core/corpus/boilerplate.js';
import { spelledOut } from '../../../src/core/corpus/acronym.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';
import { readByline } from '../../../src/core/corpus/byline.js';

const none = { repeated: new Set<string>() };
const P1 = 'Seit Dienstag ist die Fähre zwischen Glückstadt und Wischhafen wieder in Betrieb. Nach drei Wochen in der Werft fahren beide Schiffe wieder im Halbstundentakt über die Elbe.';
const P2 = 'Die Reederei rechnet in den Sommerferien mit Wartezeiten von bis zu zwei Stunden. Wer früh am Morgen fährt, kommt nach ihren Angaben meist ohne Stau über den Fluss.';
const P3 = 'Für Radfahrer gibt es einen eigenen Bereich an Deck. Die Tickets kosten so viel wie im vergangenen Jahr, teilte das Unternehmen mit.';
const NAV = 'Politik   Wirtschaft   Region   Sport   Kultur';

/** A copied page: header line, one navigation row, the head lines, three paragraphs, then the tail lines. */
const page = (header: string, head: string[], tail: string[] = []) => [header, NAV, '', ...head, '', P1, '', P2, '', P3, '', ...tail, '', '© Elbe Medien GmbH'].join('\n');

describe('the site header', () => {
  it('GIVEN the site name over one navigation row THEN it names the outlet and is no line of the text, so the headline under a kicker is the title', () => {
    const { meta, paragraphs } = readTextArticle(page('Elbe-Kurier', ['Plus', 'Fährverkehr', 'Fähre über die Elbe fährt wieder', '', '04.07.2023', 'Von Jana Petersen']), none);
    expect([meta.outlet?.value, meta.title?.value, meta.author?.value]).toEqual(['Elbe-Kurier', 'Fähre über die Elbe fährt wieder', 'Jana Petersen']);
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a wordmark with its claim after a full stop THEN the outlet is the wordmark; a name with an abbreviation stays whole', () => {
    expect(readTextArticle(page('elbe. die tageszeitung', ['Fähre über die Elbe fährt wieder']), none).meta.outlet?.value).toBe('elbe');
    expect(readTextArticle(page('St. Elbe Bote', ['Fähre über die Elbe fährt wieder']), none).meta.outlet?.value).toBe('St. Elbe Bote');
  });

  it('GIVEN skip links to the content and the navigation above a navigation row THEN neither is the site name', () => {
    const raw = ['Direkt zum Inhalt', 'Direkt zur Navigation', NAV, '', 'Fähre über die Elbe fährt wieder', '', P1, '', P2, '', '© Elbe Medien GmbH'].join('\n');
    expect(readTextArticle(raw, none).meta.outlet?.value).toBe('Elbe Medien');
  });

  it.each([
    ['LTO Legal Tribune Online', 'Legal Tribune Online'],
    ['NDR Norddeutscher Rundfunk', 'Norddeutscher Rundfunk'],
    ['NDR Info', 'NDR Info'],
    ['FAZ Sonntagszeitung', 'FAZ Sonntagszeitung'],
    ['Legal Tribune Online', 'Legal Tribune Online'],
  ])('GIVEN the logo "%s" THEN the outlet is "%s"', (name, outlet) => expect(spelledOut(name)).toBe(outlet));
});

describe('a role byline without "Von"', () => {
  it.each([
    ['FOCUS-online-Redakteurin Katrin Weidemann', 'Katrin Weidemann'],
    ['Korrespondent Max Roth', 'Max Roth'],
    ['SZ-Korrespondentin Lea Ohm', 'Lea Ohm'],
  ])('GIVEN "%s" THEN the author is %s', (line, author) => expect(readByline(line)?.author).toBe(author));

  it.each(['Redakteurin Katrin Weidemann sagte, die Fähre sei pünktlich.', 'Korrespondenten berichten aus Berlin', 'Elbe-Redakteurin gesucht'])(
    'GIVEN "%s" THEN it is no byline',
    (line) => expect(readByline(line)).toBeNull(),
  );

  it('GIVEN it under the date line THEN it is the author and no section heading of the text', () => {
    const { meta, paragraphs } = readTextArticle(page('Elbe-Kurier', ['Fähre über die Elbe fährt wieder', '', 'Dienstag, 04.07.2023, 13:48', 'Elbe-Kurier-Redakteurin Jana Petersen']), none);
    expect(meta.author?.value).toBe('Jana Petersen');
    expect(paragraphs.map((p) => p.section)).toEqual([null, null, null]);
  });
});

describe('credits, citations and the site\'s own notices', () => {
  it('GIVEN a caption over an agency credit path without "Foto:" THEN both go; a paragraph over such a credit stays', () => {
    expect(isCreditOnly('Getty Images/iStockphoto/Marten Hoyer')).toBe(true);
    expect(isCreditOnly('dpa-Korrespondentin Lea Ohm berichtet aus Hamburg.')).toBe(false);
    const boxed = readTextArticle(page('Elbe-Kurier', ['Fähre über die Elbe fährt wieder', '', 'Die Fähre am Anleger in Glückstadt.', 'picture alliance/dpa/Lea Ohm']), none);
    expect(boxed.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    // A paragraph of three sentences is no caption (an image box's caption runs to two at most).
    const long = `${P2} Der Fahrplan gilt bis Ende September.`;
    const raw = ['Fähre über die Elbe fährt wieder', '', P1, '', long, 'Getty Images/iStockphoto/Marten Hoyer', '', P3].join('\n');
    expect(readTextArticle(raw, none).paragraphs.map((p) => p.text)).toEqual([P1, long, P3]);
  });

  it('GIVEN a citation suggestion and the site\'s own teasers at the end THEN heading and lines go', () => {
    const tail = ['Zitiervorschlag', 'Jana Petersen, Fähre fährt wieder. In: Elbe-Kurier, 04.07.2023, https://www.elbe-kurier.de/a/123/', '', 'Mehr auf elbe-kurier.de:', 'Neue Brücke in Planung', 'Hafen wird ausgebaut'];
    const { paragraphs } = readTextArticle(page('Elbe-Kurier', ['Fähre über die Elbe fährt wieder'], tail), none);
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it.each([['Mehr auf LTO.de:', true], ['Mehr bei tagesschau.de', true], ['Zitiervorschlag', true], ['Mehr auf dem Land', false], ['Mehr auf Deck', false]])(
    'GIVEN "%s" THEN it heads a teaser or citation block: %s',
    (line, heading) => expect(isTeaserHeading(line)).toBe(heading),
  );

  it.each([
    'Wir benutzen Cookies und vergleichbare Technologien für Statistik und Sicherheit, nicht für personalisierte Werbung. OK | Mehr Infos',
    'Alle wichtigen Nachrichten aus der Region direkt aufs Handy: Jetzt die Elbe-App herunterladen.',
    'Jetzt die Stadtblatt-App herunterladen und Push-Nachrichten aktivieren.',
    'Guter Journalismus kostet Geld. Möglich machen das Menschen, die freiwillig zahlen. Machen Sie mit: Jetzt unterstützen!',
    'Sie haben einen Tippfehler gefunden? Melden Sie ihn uns.',
    'Fotos sowie Grafiken unterliegen dem Schutz des Urheberrechts.',
    'Fotocredits:',
  ])('GIVEN the notice "%s" THEN it is furniture', (line) => expect(boilerplateReason(line, none)).not.toBeNull());

  it.each([
    'Die Stadt rät allen Einwohnern, jetzt die Warn-App herunterzuladen, bevor die Sturmflut kommt.',
    'Die Stadt rät: Jetzt die Warn-App herunterladen und die Hinweise der Feuerwehr befolgen.',
    'Der Verein hofft, dass viele Menschen die Tafel jetzt unterstützen, sagte die Vorsitzende am Montag.',
    'Wer einen Tippfehler im Antrag gefunden hat, muss ihn beim Amt melden, erklärte die Behörde.',
    'Auch Fotos aus sozialen Netzwerken unterliegen dem Urheberrecht, betonte die Anwältin vor Gericht.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());
});
