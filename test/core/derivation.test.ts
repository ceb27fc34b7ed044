import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { ablautRelatives as related, latinRelatives, BARE_SHARE } from '../../src/core/lexical/derivation.js';

const ablautRelatives = (stem: string, known: (t: string) => boolean, kind?: 'noun' | 'other') => related(stem, known, kind).map((r) => r.term);

const any = () => true;
const termsOf = (passages: string[], question: string) =>
  createAnalyzer(buildVocabulary(passages), { preload: false }).analyzeQuery!(question).map((w) => w.terms.map((t) => t.term));

describe('ablaut derivation (strong verb ↔ noun)', () => {
  it('GIVEN a strong verb stem THEN its ablaut noun, and back', () => {
    expect(ablautRelatives('brenn', any)).toEqual(['brand']);
    expect(ablautRelatives('brand', any)).toEqual(['brenn']);
  });
  it('GIVEN a prefixed verb THEN the prefixed noun, with ge- only after a separable prefix', () => {
    expect(ablautRelatives('ausbrech', any)).toEqual(['ausbruch']);
    expect(ablautRelatives('ubernehm', any)).toEqual(['ubernahm']);
    expect(ablautRelatives('anbiet', any)).toEqual(['angebot']);
    expect(ablautRelatives('verbiet', any)).toEqual(['verbot']);
  });
  it('GIVEN a separably prefixed verb whose noun the corpus lacks THEN the bare noun, at a lower share', () => {
    expect(related('abbrenn', (t) => t === 'brand')).toEqual([{ term: 'brand', share: BARE_SHARE }]);
    expect(ablautRelatives('verbrenn', (t) => t === 'brand')).toEqual([]);
  });
  it('GIVEN bare "Zug" (the train) THEN no verb; prefixed "Abzug" THEN abziehen', () => {
    expect(ablautRelatives('zug', any)).toEqual([]);
    expect(ablautRelatives('zieh', any)).toEqual([]);
    expect(ablautRelatives('abzug', any)).toEqual(['abzieh']);
  });
  it('GIVEN an adjective on a verb stem ("befindlich") THEN no noun of the verb', () => {
    const corpus = ['Der Befund der Prüfer: die Brücke befand sich in schlechtem Zustand.'];
    expect(termsOf(corpus, 'Wie viele der im Bau befindlichen Brücken sind marode?').flat()).not.toContain('befund');
    expect(termsOf(corpus, 'Wo befinden sich die Brücken?').flat()).toContain('befund');
  });
  it('GIVEN a noun whose meaning left its verb ("Zukunft", "Durchschnitt") THEN no verb', () => {
    expect(ablautRelatives('zukunft', any)).toEqual([]);
    expect(ablautRelatives('zukomm', any)).toEqual([]);
    expect(ablautRelatives('durchschnitt', any)).toEqual([]);
    expect(ablautRelatives('ankunft', any)).toEqual(['ankomm']);
  });
  it('GIVEN the kind a cased question shows THEN only the other side is sought', () => {
    expect(ablautRelatives('tritt', any, 'other')).toEqual([]);
    expect(ablautRelatives('tritt', any, 'noun')).toEqual(['tret']);
  });
  it('GIVEN a question "seit wann brennt es" THEN passages saying "Brände" are searched', () => {
    const [, brennt] = termsOf(['Seit dem 18. Juli kämpfen Einsatzkräfte gegen die Brände.'], 'seit wann brennt es auf rhodos');
    expect(brennt).toContain('brand');
  });
  it('GIVEN "abgebrannt" THEN "Brand"', () => {
    expect(termsOf(['seit dem Brand vom 15. April 2019'], 'wann ist notre-dame abgebrannt').flat()).toContain('brand');
  });
});

describe('Latin verb ↔ noun derivation (-ieren / -ierung / -ion)', () => {
  it('GIVEN a verb in -ieren THEN its -ion and -ierung nouns', () => {
    expect(latinRelatives('produziert', any)).toContain('produktion');
    expect(latinRelatives('evakuiert', any)).toContain('evakuier');
    expect(latinRelatives('explodierte', any)).toContain('explosion');
  });
  it('GIVEN a noun in -ion or -ierung THEN its verb', () => {
    expect(latinRelatives('investition', any)).toContain('investi');
    expect(latinRelatives('diskussion', any)).toContain('diskuti');
    expect(latinRelatives('evakuierungen', any)).toContain('evakui');
    expect(latinRelatives('region', any)).toEqual([]);
  });
  it('GIVEN "wann sollen die ersten Chips produziert werden" THEN passages saying "Produktion" are searched', () => {
    expect(termsOf(['Die Produktion soll 2027 anlaufen.'], 'wann sollen die ersten chips produziert werden').flat()).toContain('produktion');
  });
});
