/**
 * Furniture around an article that names its author and its publisher: a byline "Name | Outlet", the author's note
 * under the story, the site's publisher network, the comments section's state. Each rule once where it must fire and
 * once on look-alike prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { dropAuthorBio } from '../../../src/core/corpus/author-bio.js';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const story = [
  'Seit Montag können Fahrgäste das Ticket in den Apps der Verkehrsverbünde bestellen, gültig ist es aber erst ab Mai.',
  'Der Andrang war schon in den ersten Stunden groß, die App reagierte am Vormittag zeitweise nur schleppend.',
];
const page = (byline: string) => ['Lokalblick', 'Nachrichten   Politik   Sport', '', 'Großer Andrang zum Verkaufsstart', '', byline, '', ...story.flatMap((p) => [p, '']), '© Lokalblick 2023'].join('\n');
const paragraphs = (texts: string[]) => texts.map((text) => ({ text, section: null }));

describe('a byline "Name | Outlet"', () => {
  it('GIVEN the outlet the page names THEN the name is the author and the line goes', () => {
    const read = readTextArticle(page('Katrin Beispiel | Lokalblick'), none);
    expect(read.meta.author?.value).toBe('Katrin Beispiel');
    expect(read.paragraphs.map((p) => p.text).join(' ')).not.toContain('Katrin Beispiel');
  });

  it('GIVEN an agency on the right THEN the name is the author too', () => {
    expect(readTextArticle(page('Jonas Muster | dpa'), none).meta.author?.value).toBe('Jonas Muster');
  });

  it('GIVEN a name and something other than the outlet THEN it is no byline', () => {
    expect(readTextArticle(page('Frankfurter Hauptbahnhof | Gleis 9'), none).meta.author).toBeUndefined();
  });
});

describe("the author's note under the story", () => {
  const note = 'Anna Beispiel ist Redakteurin im Ressort Wirtschaft der Lokalzeitung.';

  it('GIVEN the byline author\'s note after the last paragraph THEN it goes, and a short prompt after it does not save it', () => {
    const got = dropAuthorBio(paragraphs([...story, note, 'Laden Sie unsere App herunter.']), 'Anna Beispiel');
    expect(got.map((p) => p.text)).toEqual([...story, 'Laden Sie unsere App herunter.']);
    expect(dropAuthorBio(paragraphs([...story, 'Jonas Muster arbeitet als freier Journalist in Köln.']), 'Anna Beispiel, Jonas Muster')).toHaveLength(2);
  });

  it('GIVEN the same sentence inside the story THEN it stays', () => {
    const inside = paragraphs([story[0]!, note, story[1]!]);
    expect(dropAuthorBio(inside, 'Anna Beispiel')).toEqual(inside);
  });

  it('GIVEN a note on someone who is not the byline author THEN it stays', () => {
    const other = paragraphs([...story, 'Eva Schmidt ist Redakteurin bei der Lokalzeitung und hat den Fall aufgedeckt.']);
    expect(dropAuthorBio(other, 'Anna Beispiel')).toEqual(other);
    expect(dropAuthorBio(other, null)).toEqual(other);
  });
});

describe('publisher network and comments state', () => {
  it.each(['fr.de ist Teil des IPPEN.MEDIA-Netzwerks', 'www.beispiel-zeitung.de gehört zur Mediengruppe Muster', 'Die Kommentarfunktion ist für diesen Artikel geschlossen.', 'Kommentare zum Thema: Die Kommentarfunktion ist für diesen Artikel geschlossen.', 'Die Kommentare für diesen Beitrag sind deaktiviert.'])(
    'GIVEN "%s" THEN it is furniture',
    (line) => expect(boilerplateReason(line, none)).not.toBeNull(),
  );

  it.each([
    'Die Frankfurter Rundschau ist Teil des Ippen-Netzwerks, das mehr als 80 Titel herausgibt.',
    'Der Verlag hat die Kommentarfunktion auf seiner Website im Frühjahr geschlossen, weil die Moderation zu teuer wurde.',
    'Die Kommentare unter dem Video des Ministers waren so heftig, dass der Sender sie schließlich deaktiviert hat.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());
});
