import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { looksEnglish } from '../../src/core/lexical/english-query.js';
import { knownNear, NAME_SCOPE, nameTermsOf, nameTokens, unknownNames } from '../../src/core/retrieval/unknown-name.js';
import type { QuestionView } from '../../src/core/store/types.js';

/** The check over a small corpus, with the analyzer retrieval uses (English questions are translated). */
function checkOver(...texts: string[]) {
  const analyzer = createAnalyzer(buildVocabulary(texts));
  const terms = new Set(texts.flatMap((t) => analyzer.analyze(t)));
  return (question: string) =>
    unknownNames({ question, english: looksEnglish(question), queryWords: (text) => analyzer.analyzeQuery!(text), known: (term) => terms.has(term) });
}

describe('names the dossier never mentions (unknown-name.ts)', () => {
  const check = checkOver(
    'Die USA und Südkorea verurteilten den Besuch des russischen Ministers in Pjöngjang.',
    'Der Schweizer Experte sprach von einem Armutszeugnis für den Kreml.',
    'Die Hauptstadt Nordkoreas feierte den Jahrestag mit einer Parade.',
  );

  it('GIVEN a German question with an acronym the corpus never writes THEN that name is reported', () => {
    expect(check('Wie hat die EU auf den Besuch in Pjöngjang reagiert?')).toEqual(['EU']);
    expect(check('Wie haben die USA auf den Besuch in Pjöngjang reagiert?')).toEqual([]);
  });

  it('GIVEN an English question THEN a capitalised name is looked for through its translation', () => {
    expect(check('What is the capital of Australia?')).toEqual(['Australia']);
    expect(check('What did the Kremlin say about the parade?')).toEqual([]);
  });

  it('GIVEN capitals that name nothing THEN nothing is reported', () => {
    // A nationality adjective, the opening word, and a German noun the corpus lacks are no names.
    expect(check('Why does the Swiss expert call the visit a sign of poverty?')).toEqual([]);
    expect(check('Austria was not mentioned?')).toEqual([]);
    expect(check('Wie reagierte die Bevölkerung auf die Parade?')).toEqual([]);
    // Typed in capitals throughout: every word would look like an acronym.
    expect(nameTokens('WHO IS THE CEO OF TUI', true)).toEqual([]);
    expect(nameTokens('Who is the CEO of TUI?', true).map((n) => n.token)).toEqual(['CEO', 'TUI']);
    // Months and weekdays date the question; a passage may date its answer otherwise.
    expect(nameTokens('How many deaths had Syria reported by 10 February or on Monday?', true).map((n) => n.token)).toEqual(['Syria']);
  });

  it('GIVEN the name only in passages beyond the best candidates THEN it is still reported (unrelated articles change nothing)', () => {
    const texts = [
      'Die USA verurteilten den Besuch des russischen Ministers in Pjöngjang.',
      'Die EU beschließt neue Regeln für Fiebersäfte.',
    ];
    const analyzer = createAnalyzer(buildVocabulary(texts));
    const [onTopic, unrelated] = texts.map((t) => new Set(analyzer.analyze(t)));
    const ask = (candidates: Array<Set<string>>) =>
      unknownNames({ question: 'Wie hat die EU auf den Besuch in Pjöngjang reagiert?', english: false, queryWords: (text) => analyzer.analyzeQuery!(text), known: knownNear(candidates, (terms) => terms) });
    const filler = Array.from({ length: NAME_SCOPE - 1 }, () => onTopic!);
    expect(ask([onTopic!, ...filler, unrelated!])).toEqual(['EU']);
    expect(ask([onTopic!, ...filler.slice(1), unrelated!])).toEqual([]);
  });

  it('GIVEN an English question writing a name without the accents the passages give it THEN the name is known', () => {
    const texts = ['Die Stadtverwaltung von Bogotá rief wegen der Waldbrände den Notstand aus.'];
    const analyzer = createAnalyzer(buildVocabulary(texts));
    const ask = (question: string) =>
      unknownNames({ question, english: true, queryWords: (text) => analyzer.analyzeQuery!(text), known: knownNear([new Set(analyzer.analyze(texts[0]!))], (terms) => terms) });
    expect(ask('Why did Bogota declare a state of emergency?')).toEqual([]);
    expect(ask('Why did Bogotá declare a state of emergency?')).toEqual([]);
    expect(ask('Why did Medellin declare a state of emergency?')).toEqual(['Medellin']);
  });

  it('GIVEN an English plural of a name the passages write in the singular or as a compound part THEN the name is known', () => {
    const texts = ['Mac- und Linux-Systeme sind nach Angaben des Unternehmens nicht betroffen.'];
    const analyzer = createAnalyzer(buildVocabulary(texts));
    const evidence = (question: string) => ({ question, english: true, queryWords: (text: string) => analyzer.analyzeQuery!(text), known: knownNear([new Set(analyzer.analyze(texts[0]!))], (terms) => terms) });
    // Through its search words alone (the glossary may read "Macs" as raincoats) the name looks unknown.
    expect(unknownNames(evidence('Were Macs and Linux machines affected as well?'))).toEqual(['Macs']);
    const written = (question: string) => unknownNames({ ...evidence(question), termsOf: (text: string) => analyzer.analyze(text) });
    expect(written('Were Macs and Linux machines affected as well?')).toEqual([]);
    expect(written('Were Ataris and Linux machines affected as well?')).toEqual(['Ataris']);
  });

  it('GIVEN a name only the candidate\'s article title writes THEN the name is known, one no title or passage writes is not', () => {
    const passage = 'Das entspreche weniger als einem Prozent aller Windows-Rechner weltweit.';
    const title = '8,5 Millionen Windows-PCs vom fehlerhaften Update betroffen';
    const analyzer = createAnalyzer(buildVocabulary([passage, title]));
    // Only what the title terms need of a generation: the passage's article, the article's title, the passage's terms.
    const live = { analyzer, passages: [{ articleId: 'a' }], articleById: new Map([['a', { title }]]), passageTermsOf: () => new Set(analyzer.analyze(passage)) } as unknown as QuestionView;
    const ask = (question: string, termsOf: (index: number) => ReadonlySet<string>) =>
      unknownNames({ question, english: true, queryWords: (text) => analyzer.analyzeQuery!(text), known: knownNear([0], termsOf) });
    expect(ask('What share of all Windows PCs worldwide was hit?', live.passageTermsOf)).toEqual(['PCs']);
    expect(ask('What share of all Windows PCs worldwide was hit?', nameTermsOf(live))).toEqual([]);
    expect(ask('What share of all Windows TVs worldwide was hit?', nameTermsOf(live))).toEqual(['TVs']);
  });
});
