/**
 * Forms cannabis's pages showed, on fixtures of our own: a print view's title naming the site, a medical reviewer's
 * credit, a reference list, a health page's disclaimer, a labelled podcast box with its running time, an embed
 * placeholder asking the reader's consent, a follow call in the "du" form, an app offer promising nothing is
 * missed, and an HTML kicker in a "rubric" box. Each rule once where it must fire and once on look-alike prose.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';

const none = { repeated: new Set<string>() };
const P1 = 'Seit Dienstag ist die Fähre zwischen Glückstadt und Wischhafen wieder in Betrieb. Nach drei Wochen in der Werft fahren beide Schiffe wieder im Halbstundentakt über die Elbe.';
const P2 = 'Die Reederei rechnet in den Sommerferien mit Wartezeiten von bis zu zwei Stunden. Wer früh am Morgen fährt, kommt nach ihren Angaben meist ohne Stau über den Fluss.';
const P3 = 'Für Radfahrer gibt es einen eigenen Bereich an Deck. Die Tickets kosten so viel wie im vergangenen Jahr, teilte das Unternehmen mit.';

/** A print view: its title, the page address, its buttons, then the page as printed, with a publisher's footer. */
const printed = (title: string, logo: string) =>
  [title, 'https://www.elbe-ratgeber.de/reise/faehre-123.html', 'Seite drucken | Fenster schließen', '', logo, 'Reise > Elbe', '', 'Fähre über die Elbe fährt wieder', '', P1, '', P2, '', P3, '', '© Nordverlag GmbH & Co. KG 2023 | Impressum'].join('\n');

describe('a print view', () => {
  it.each([
    ['Druckversion – Elbe Ratgeber', 'Elbe Ratgeber'],
    ['Elbe Ratgeber – Druckversion', 'Elbe Ratgeber'],
  ])('GIVEN the title "%s" with the name printed again under it THEN the outlet is the site, not the footer\'s publisher, and the text is the story', (title, outlet) => {
    const { meta, paragraphs } = readTextArticle(printed(title, 'Elbe Ratgeber'), none);
    expect([meta.outlet?.value, meta.title?.value]).toEqual([outlet, 'Fähre über die Elbe fährt wieder']);
    expect(paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a print title whose name the page never prints again THEN it names nothing (it may be a headline) and the footer names the outlet', () => {
    expect(readTextArticle(printed('Druckversion – Fähre fährt wieder', 'Reiseteil'), none).meta.outlet?.value).toBe('Nordverlag');
  });
});

describe('a service page\'s furniture, line by line', () => {
  it.each([
    ['a reviewer credit', ['Medizinisch geprüft von Dr. med. Ulrich Saalfeld, Facharzt für Psychiatrie', 'Fachlich geprüft von Jana Petersen, Apothekerin']],
    ['a reference list', ['Quellen: Umweltbundesamt: Bericht zur Wasserqualität, 12.05.2023; Robert Koch-Institut: Ratgeber Legionellen', 'Verwendete Quellen: Statistisches Bundesamt']],
    ['a health disclaimer', [
      'Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine Hinweise und darf nicht zur Selbstdiagnose oder -behandlung verwendet werden. Er kann einen Arztbesuch nicht ersetzen.',
      'Die Informationen in diesem Artikel ersetzen keine ärztliche Beratung.',
    ]],
    ['a labelled podcast box with its running time', ['Podcast: „Gesund leben“ – Folge 12: Wie schädlich ist Zucker wirklich? (31 Min.)', 'Video: Warum die Fähre wieder fährt (3:12 min)']],
    ['an embed placeholder asking consent', ['Zum Abspielen des Podcasts müssen Sie externe Inhalte zulassen.', 'Zum Anhören müssen Sie Inhalte von Drittanbietern zulassen.', 'Um das Video abzuspielen, müssen Sie Cookies akzeptieren.']],
    ['a follow call to "du"', ['Folge elbe-kurier auf Instagram, TikTok und WhatsApp – für die wichtigsten News des Tages.', 'Folge uns auf Instagram!']],
    ['an app offer promising nothing is missed', ['Jetzt die Elbe-App herunterladen und keine Nachricht aus der Region verpassen.', 'Jetzt die kostenlose Kurier-App herunterladen und nichts mehr verpassen!']],
  ])('GIVEN %s THEN each line is furniture', (_, lines) => {
    for (const line of lines) expect([line, boilerplateReason(line, none)]).toEqual([line, expect.any(String)]);
  });

  it.each([
    'Medizinisch geprüft von der Ethikkommission wurde das Verfahren nie, sagte die Anwältin.',
    'Quellen zufolge will die Regierung das Gesetz im Herbst vorlegen, berichtete die Zeitung.',
    'Der Artikel 3 des Gesetzes ersetzt die bisherige Regel zur ärztlichen Beratung nicht, sagte der Minister.',
    'Dieser Artikel des Grundgesetzes wird in der Debatte oft zitiert, sagte die Richterin am Montag.',
    'Podcast: Die Zahl der Hörer ist im vergangenen Jahr um ein Drittel gestiegen (Stand: 2023).',
    'Die Folge dauerte 28 Minuten (28 Min.) und lief am Abend im Radio, sagte der Sprecher des Senders.',
    'Zum Abspielen der Musik im Park müssen Vereine eine Genehmigung der Stadt einholen, sagte die Sprecherin.',
    'Die Schule muss externe Inhalte im Unterricht nicht zulassen, entschied das Gericht am Dienstag.',
    'Folge der Hetze auf Facebook war ein Angriff auf das Büro des Abgeordneten in der Altstadt.',
    'Die Stadt rät: Jetzt die Warn-App herunterladen und die Hinweise der Feuerwehr befolgen.',
    'Wer die Warn-App jetzt herunterlädt, wird keine Nachricht der Feuerwehr mehr verpassen, sagte der Sprecher.',
  ])('GIVEN prose "%s" THEN it stays', (line) => expect(boilerplateReason(line, none)).toBeNull());
});

describe('an HTML kicker box', () => {
  it.each(['rubric', 'article-rubrik'])('GIVEN the section label in a "%s" box above the headline THEN it is no paragraph', (cls) => {
    const html = `<!doctype html><html><head><title>Fähre fährt wieder | Elbe-Kurier</title></head><body><article><p class="${cls}">Reise</p><h1>Fähre über die Elbe fährt wieder</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    expect(readHtmlArticle(html).paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
});
