/**
 * Forms first seen on esc's pages, written here as fixtures of our own: a headline asking a question above a teaser,
 * the author's name and date line under that teaser, and a labelled TV tip after the story. Each where it must fire
 * and on look-alikes that must stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/corpus/clean.js';

const TEASER = 'Zum ersten Mal seit Jahren bekommt die Stadt ein eigenes Freibad. Nach dem Beschluss beginnt der Streit ums Geld.';
const P1 = 'Der Stadtrat hat am Dienstag den Bau eines neuen Freibads am Flussufer beschlossen. Die Arbeiten sollen im Frühjahr beginnen.';
const P2 = 'Das alte Bad stammt aus den Sechzigerjahren und ist undicht. Der Verein hofft, dass die neue Anlage in zwei Jahren öffnet.';
const P3 = 'Die Kosten schätzt die Verwaltung auf zwölf Millionen Euro. Einen Teil soll das Land tragen, den Rest die Stadt selbst.';

describe('esc forms: byline and date under a teaser, below a headline that asks a question', () => {
  const page = (headline: string, head: string[]) => ['Musterstädter Zeitung', '', headline, '', TEASER, '', ...head, '', P1, '', P2, '', P3].join('\n');

  it('GIVEN "… – wer zahlt das Bad?" over a teaser, then "Erika Muster" and "12.05.2024, 05.00 Uhr" THEN both are read and leave the text', () => {
    const { meta, paragraphs } = cleanArticle(page('Musterstadt baut ein Freibad – und alle fragen: Wer zahlt das Bad?', ['Erika Muster', '12.05.2024, 05.00 Uhr']));
    expect([meta.author?.value, meta.date?.value]).toEqual(['Erika Muster', '2024-05-12']);
    expect(paragraphs.map((p) => p.text)).not.toContain('Erika Muster');
    expect(paragraphs.every((p) => p.section === undefined || p.section === null || p.section === '')).toBe(true);
  });

  it('GIVEN the same head under a headline without a question THEN it is read as well', () => {
    const { meta } = cleanArticle(page('Musterstadt baut ein Freibad am Flussufer', ['Erika Muster', '12.05.2024, 05.00 Uhr']));
    expect([meta.author?.value, meta.date?.value]).toEqual(['Erika Muster', '2024-05-12']);
  });

  it('GIVEN a question among the story\'s lines and a name with a date further down THEN the head does not reach them', () => {
    const question = 'Wer soll das alles bezahlen, fragen sich viele Musterstädter seit dem Beschluss?';
    const raw = ['Musterstadt baut ein Freibad am Flussufer', '', TEASER, '', P1, '', question, '', P2, '', 'Erika Muster', '12.05.2024, 05.00 Uhr', '', P3].join('\n');
    const { meta, paragraphs } = cleanArticle(raw);
    expect(paragraphs.flatMap((p) => [p.text, p.section])).toContain(question);
    expect([meta.author, meta.date]).toEqual([undefined, undefined]);
  });

  it('GIVEN a name beside a date under a teaser with no headline above it THEN no author is made up', () => {
    const raw = [TEASER, '', 'Erika Muster', '12.05.2024, 05.00 Uhr', '', P1, '', P2].join('\n');
    expect(cleanArticle(raw).meta.author).toBeUndefined();
  });
});

describe('esc forms: a labelled TV tip after the story', () => {
  const page = (line: string) => ['Musterstadt baut ein Freibad am Flussufer', '', P1, '', P2, '', P3, '', line].join('\n');
  const texts = (line: string) => cleanArticle(page(line)).paragraphs.map((p) => p.text);

  it.each(['TV-Tipp: Das Erste, 21 Uhr – „Sommer im Freibad“ läuft im Frühjahr', 'Fernsehtipp: Arte, 20.15 Uhr – „Wasser für alle“', 'Programmhinweis: Der Film läuft am Sonntag um 22 Uhr im Dritten.'])(
    'GIVEN "%s" THEN it goes',
    (line) => expect(texts(line)).toEqual([P1, P2, P3]),
  );

  it.each([
    'Das Erste zeigt am Samstag um 21 Uhr eine Dokumentation über den Bau des Freibads, die Stadt lädt zum Public Viewing ein.',
    'Ihr TV-Tipp für das Wochenende sei die Übertragung aus dem Stadion gewesen, sagte die Sprecherin der Stadt am Montag.',
  ])('GIVEN the story\'s own sentence "%s" THEN it stays', (line) => expect(texts(line)).toEqual([P1, P2, P3, line]));
});
