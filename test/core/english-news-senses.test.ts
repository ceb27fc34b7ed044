import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';

const withVocabulary = (...texts: string[]) => createAnalyzer(buildVocabulary(texts));

describe('English nouns: the news sense before Ding\'s general one (issue 8)', () => {
  it('GIVEN "state" in a question THEN Staat is searched at full weight, not only Zustand', () => {
    // Ding: "state" → Zustand, Stand, Staat …: the corpus has all three, so Zustand was the question's own word and
    // Staat only a half-weight extra.
    const news = withVocabulary('Die Kathedrale gehört dem französischen Staat. Der Zustand des Dachs ist schlecht. Der Stand der Arbeiten.');
    const words = news.analyzeQuery!('Does the cathedral belong to the French state?');
    const staat = news.analyze('Staat')[0]!;
    const state = words.find((w) => w.terms.some((t) => t.term === staat))!;
    expect(state.terms[0]!.term).toBe(staat);
    expect(state.terms[0]!.weight).toBe(1);
  }, 30_000);

  it('GIVEN "union" in a question THEN Gewerkschaft is searched first, not Vereinigung', () => {
    // Ding: "union" → Vereinigung, gewerkschaftlich, Verband, Nordstaaten, Gewerkschaft ….
    const news = withVocabulary('Die Gewerkschaft Verdi kritisiert die Übernahme. Die Vereinigung der Händler schweigt. Der Verband auch.');
    const words = news.analyzeQuery!('What is the union saying about the takeover?');
    const gewerkschaft = news.analyze('Gewerkschaft')[0]!;
    expect(words.some((w) => w.terms[0]?.term === gewerkschaft && w.terms[0]!.weight === 1)).toBe(true);
  }, 30_000);

  it('GIVEN "file" in a question THEN Datei is searched at full weight, not Reihe', () => {
    // Ding: "file" → Reihe, feilen, einreichen, Akte … Datei not among the first: the corpus has Reihe too.
    const news = withVocabulary('Die Administratoren müssen eine Datei löschen. Eine Reihe von Rechnern stürzte ab.');
    const words = news.analyzeQuery!('Which file do admins have to delete?');
    const datei = news.analyze('Datei')[0]!;
    expect(words.some((w) => w.terms[0]?.term === datei && w.terms[0]!.weight === 1)).toBe(true);
  }, 30_000);

  it('GIVEN "trial" in a question about a drug THEN Studie is searched when the corpus has no Prozess', () => {
    // Ding: "trial" → Versuch, Prüfung, Hauptverhandlung …; a clinical trial is a Studie in German news.
    const news = withVocabulary('In der Studie verlangsamte das Mittel den Abbau. Eine Prüfung der Behörde folgt.');
    const words = news.analyzeQuery!('What did the trial show?');
    const studie = news.analyze('Studie')[0]!;
    expect(words.some((w) => w.terms[0]?.term === studie && w.terms[0]!.weight === 1)).toBe(true);
  }, 30_000);

  it('GIVEN "daycare", which Ding lacks THEN Kita is searched', () => {
    const news = withVocabulary('Eine Kita im Ortszentrum ließ die Kinder nicht hinaus.');
    const terms = news.analyzeQuery!('What happened at the daycare?').flatMap((w) => w.terms.map((t) => t.term));
    expect(terms).toContain(news.analyze('Kita')[0]);
  }, 30_000);
});
