/**
 * Boxes beside the article (boxes.ts) on page texts of our own: a comment section, a service box of hotlines and a
 * question-and-answer box go with their whole block; prose that names comments, numbers or questions stays, and so
 * does an explainer whose text is made of questions.
 */
import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const texts = (raw: string) => readTextArticle(raw, none).paragraphs.map((p) => p.text);

const P1 = 'Im Landkreis Celle sind seit Montag drei Schulen wegen eines Wasserschadens geschlossen. Die Schülerinnen und Schüler werden vorerst in Turnhallen und im Gemeindehaus unterrichtet.';
const P2 = 'Der Landrat kündigte an, die Reparaturen bis zu den Osterferien abzuschließen. Die Kosten schätzt die Verwaltung auf rund zwei Millionen Euro, die das Land zum Teil übernehmen soll.';
const page = (box: string) => `Schulen in Celle bleiben geschlossen\n\n${P1}\n\n${box}\n\n${P2}\n\nImpressum   Datenschutz   Kontakt`;

describe('boxes beside the article', () => {
  it('GIVEN a comments title THEN its block goes: the login prompt and the readers\' comments', () => {
    const got = texts(page('Kommentare (5)\nKommentieren ist nur für registrierte Leser möglich.\nDas hätte man doch schon im Herbst sehen können, wenn die Stadt die Dächer geprüft hätte.'));
    expect(got).toEqual([P1, P2]);
  });

  it('GIVEN a service box of hotlines THEN it goes', () => {
    // Lines long enough not to pass for headings: they would become paragraphs without the rule.
    const got = texts(page('Hilfe in der Nacht\nBereitschaftspraxen in der Nähe finden: Telefon 0800 44 55 100 (kostenlos aus allen Netzen) oder per SMS an 44 55 100\nZahnärztlicher Notdienst: Telefon 01805 986 700 (14 Cent pro Minute aus dem Festnetz).'));
    expect(got).toEqual([P1, P2]);
  });

  it('GIVEN a question-and-answer box between paragraphs THEN it goes', () => {
    const got = texts(page('Fragen und Antworten: Was Eltern jetzt wissen müssen\nWer betreut mein Kind? Die Schulen bieten eine Notbetreuung in der Turnhalle an.\nFällt Unterricht aus? Nein, er wird an anderen Orten erteilt.'));
    expect(got).toEqual([P1, P2]);
  });

  it('GIVEN prose that names comments, a hotline or a question THEN it stays', () => {
    const prose = [
      'Die Kommentare im Netz waren heftig, viele Eltern warfen der Stadt vor, die Schäden zu lange ignoriert zu haben.',
      'Wer Fragen hat, erreicht die Schulbehörde an Werktagen unter der Telefonnummer 05141 916 0, teilte der Landkreis mit.',
      'Warum hat niemand früher reagiert? Diese Frage stellen sich viele Eltern, seit die Schäden im Januar bekannt wurden.',
    ];
    for (const line of prose) expect(texts(page(line))).toEqual([P1, line, P2]);
  });

  it('GIVEN an explainer made of questions, with no prose around them THEN its questions stay', () => {
    const qa = ['Wer zahlt die Reparatur? Zunächst der Landkreis, später zum Teil das Land Niedersachsen.', 'Wann öffnen die Schulen wieder? Nach Angaben der Verwaltung frühestens nach den Osterferien.'];
    const got = texts(`Schulen in Celle bleiben geschlossen\n\nFragen und Antworten: Was Eltern jetzt wissen müssen\n${qa.join('\n')}\n\nImpressum   Datenschutz   Kontakt`);
    expect(got).toEqual(expect.arrayContaining(qa));
  });
});
