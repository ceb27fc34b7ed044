import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { BARE_VERB_MARK, bareVerbStem } from '../../src/core/lexical/separable-verbs.js';

const verbStems = new Set(['nehm', 'komm', 'geb']);

describe('bareVerbStem', () => {
  it('GIVEN a joined separable verb of a strong verb (infinitive, zu-infinitive, participle) THEN its bare verb stem', () => {
    expect(bareVerbStem('einnehmen', verbStems)).toBe('nehm');
    expect(bareVerbStem('einzunehmen', verbStems)).toBe('nehm');
    expect(bareVerbStem('eingenommen', verbStems)).toBe('nehm');
    expect(bareVerbStem('aufgekommen', verbStems)).toBe('komm');
  });

  it('GIVEN a noun-like rest, an inseparable prefix, a finite joined form or a verb the corpus lacks THEN none', () => {
    expect(bareVerbStem('einnahme', verbStems)).toBeUndefined(); // no infinitive or participle
    expect(bareVerbStem('angebot', verbStems)).toBeUndefined(); // "gebot" is no participle
    expect(bareVerbStem('benehmen', verbStems)).toBeUndefined(); // be- is inseparable
    expect(bareVerbStem('einnimmt', verbStems)).toBeUndefined();
    expect(bareVerbStem('anrufen', verbStems)).toBeUndefined();
  });
});

describe('the marked bare verb in the analyzer', () => {
  const passage = 'Patienten, die dauerhaft Antikoagulanzien einnehmen, sollen Lecanemab nicht erhalten. Er nimmt Tabletten.';
  const analyzer = createAnalyzer(buildVocabulary([passage]));
  const mark = `nehm${BARE_VERB_MARK}`;

  it('GIVEN "einnehmen" in a passage THEN it is indexed under the marked bare stem too, "nimmt" is not', () => {
    const groups = analyzer.analyzeWords(passage);
    expect(groups).toContainEqual(['einnehm', mark]);
    expect(groups).toContainEqual(['nimmt', 'nehm']);
  });

  it('GIVEN a German question with the bare verb ("wenn man Blutverdünner nimmt") THEN it searches the marked stem, below its own terms', () => {
    const words = analyzer.analyzeQuery!('Darf man Lecanemab bekommen, wenn man Blutverdünner nimmt?');
    const terms = words.flatMap((word) => word.terms);
    const marked = terms.find((t) => t.term === mark);
    expect(marked).toBeDefined();
    expect(marked!.weight).toBeLessThan(1);
  });

  it('GIVEN an English question whose translation is the bare verb ("take") THEN it does not search the marked stem', () => {
    const words = analyzer.analyzeQuery!('Can patients take lecanemab with blood thinners?');
    expect(words.flatMap((word) => word.terms).map((t) => t.term)).not.toContain(mark);
  });
});
