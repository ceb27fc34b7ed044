import { describe, expect, it } from 'vitest';
import { namesGiven, questionNames } from '../../src/core/retrieval/named-subject.js';
import { answerTypeMisses } from '../../src/core/retrieval/answer-type.js';

const termsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

describe('names a German question gives', () => {
  it('GIVEN a German question THEN places and acronyms are its names, nouns after an article and its opening word are not', () => {
    expect(questionNames('Wie viele Punkte hat Israel insgesamt bekommen?')).toEqual(['Israel']);
    expect(questionNames('Wie hoch war die Einschaltquote beim ORF?')).toEqual(['ORF']);
    expect(questionNames('Wie viele Bestellungen gingen am ersten Verkaufstag ein?')).toEqual([]);
    expect(questionNames('Wie viel Vorrat müssen die Pharmafirmen haben?')).toEqual([]);
  });

  it('GIVEN a passage THEN it answers for the names only when it holds each of them', () => {
    const test = namesGiven('Wie viele Punkte hat Israel bekommen?', termsOf)!;
    expect(test(new Set(termsOf('Von ihnen erhielt die Schweiz 365 Punkte.')))).toBe(false);
    expect(test(new Set(termsOf('Israel bekam 375 Punkte.')))).toBe(true);
    expect(namesGiven('Wie viele Punkte gab es?', termsOf)).toBeNull();
  });

  it('GIVEN a count stated only for another country THEN the stated answer is missed; for the named one it is stated', () => {
    const evidence = { question: 'Wie viele Punkte hat Israel bekommen?', termsOf, queryTerms: (phrase: string) => termsOf(phrase) };
    const sentence = (text: string, passage: string) => ({ text, coverage: 0.5, restCoverage: 0.5, passageTerms: new Set(termsOf(passage)) });
    const other = sentence('Die Schweiz bekam 365 Punkte.', 'Die Schweiz bekam 365 Punkte. Norwegen wurde Letzter.');
    expect(answerTypeMisses(evidence, [other], 0.4).stated).toBe(true);
    const own = sentence('Sie bekam 375 Punkte.', 'Israel schickte Eden Golan. Sie bekam 375 Punkte.');
    expect(answerTypeMisses(evidence, [other, own], 0.4).stated).toBe(false);
    // English questions reach names through translations: not checked.
    expect(answerTypeMisses({ ...evidence, question: 'How many points did Israel get?' }, [{ ...other, text: 'Switzerland got 365 points.' }], 0.4).stated).toBe(false);
  });
});
