import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyzer } from '../../src/core/lexical/analyzer.js';
import { Bm25Index } from '../../src/core/lexical/bm25-index.js';
import { bestSentenceCoverage, blendedScore, ownWordsOf, rankingTypeOf, statesRankingType } from '../../src/core/retrieval/sentence-score.js';

describe('blendedScore (pure)', () => {
  it('GIVEN the top BM25 hit and a fully covering sentence THEN the score is 1', () => {
    expect(blendedScore(7, 7, 1, 0.05)).toBeCloseTo(1);
  });

  it('GIVEN share 0.05 THEN BM25 only breaks ties between equally covering sentences', () => {
    expect(blendedScore(1, 10, 0.5, 0.05)).toBeGreaterThan(blendedScore(10, 10, 0.4, 0.05));
    expect(blendedScore(10, 10, 0.5, 0.05)).toBeGreaterThan(blendedScore(5, 10, 0.5, 0.05));
  });

  it('GIVEN no BM25 score at all THEN the BM25 part is 0, not NaN', () => {
    expect(blendedScore(0, 0, 0.3, 0.05)).toBeCloseTo(0.95 * 0.3);
  });
});

describe('bestSentenceCoverage', () => {
  const texts = ['Der Krieg endete 1953 mit einem Waffenstillstand.', 'Kim empfing Schoigu in Pjöngjang.'];
  const analyzer = createAnalyzer(buildVocabulary(texts));
  const index = Bm25Index.build(texts, analyzer);
  const sentences = (text: string) => text.split(/(?<=\.)\s+/).map((s) => ({ text: s, terms: new Set(analyzer.analyze(s)) }));

  it('GIVEN a passage whose words are spread over two sentences THEN it scores below one stating them together', () => {
    const words = index.queryWords('Wie endete der Krieg?');
    const together = bestSentenceCoverage(index, words, sentences('Der Krieg endete mit einem Waffenstillstand.'), null, 0.8);
    const spread = bestSentenceCoverage(index, words, sentences('Der Krieg war lang. Die Parade endete spät.'), null, 0.8);
    expect(together).toBeCloseTo(1);
    expect(spread).toBeLessThan(together);
  });

  it('GIVEN a number question THEN a sentence stating no number counts at the off-type factor', () => {
    const words = index.queryWords('Wann endete der Krieg?');
    expect(bestSentenceCoverage(index, words, sentences('Der Krieg endete 1953.'), 'time', 0.8)).toBeCloseTo(1);
    expect(bestSentenceCoverage(index, words, sentences('Der Krieg endete.'), 'time', 0.8)).toBeCloseTo(0.8);
  });

  it('GIVEN a why-question THEN a sentence stating no cause counts at the off-type factor', () => {
    const words = index.queryWords('Warum endete der Krieg?');
    expect(bestSentenceCoverage(index, words, sentences('Der Krieg endete, weil beide Seiten erschöpft waren.'), 'cause', 0.8)).toBeCloseTo(1);
    expect(bestSentenceCoverage(index, words, sentences('Der Krieg endete 1953.'), 'cause', 0.8)).toBeCloseTo(0.8);
  });

  it('GIVEN no sentences THEN coverage is 0', () => {
    expect(bestSentenceCoverage(index, index.queryWords('Krieg'), [], null, 0.8)).toBe(0);
  });
});

describe('ownWordsOf', () => {
  it('GIVEN words with synonyms THEN only their own weight-1 terms remain', () => {
    const words = [{ terms: [{ term: 'ergebnis', weight: 1 }, { term: 'ausgang', weight: 0.85 }] }, { terms: [{ term: 'wm', weight: 1 }] }];
    expect(ownWordsOf(words).map((w) => w.terms.map((t) => t.term))).toEqual([['ergebnis'], ['wm']]);
  });

  it('GIVEN a word searched only through other terms THEN there is no own-word signal at all', () => {
    expect(ownWordsOf([{ terms: [{ term: 'wm', weight: 1 }] }, { terms: [{ term: 'ausgang', weight: 0.6 }] }])).toEqual([]);
  });

  it('GIVEN a passage holding the asked word and one holding only its synonym THEN own-word coverage tells them apart', () => {
    const texts = ['Das Ergebnis war ein Sieg.', 'Der Ausgang war ein Sieg.', 'Die Spielerin traf.'];
    const analyzer = createAnalyzer(buildVocabulary(texts));
    const index = Bm25Index.build(texts, analyzer);
    const words = index.queryWords('Ergebnis');
    expect(index.coverage(words, new Set(analyzer.analyze(texts[1]!)))).toBeGreaterThan(0); // the synonym reaches it
    const own = ownWordsOf(words);
    expect(index.coverage(own, new Set(analyzer.analyze(texts[0]!)))).toBeCloseTo(1);
    expect(index.coverage(own, new Set(analyzer.analyze(texts[1]!)))).toBe(0);
  });
});

describe('rankingTypeOf', () => {
  it('GIVEN why-questions in German or English THEN they ask for a cause', () => {
    expect(rankingTypeOf('Wieso gab es kein warmes Wasser mehr?')).toBe('cause');
    expect(rankingTypeOf('aus welchem Grund wurde die Brücke gesperrt')).toBe('cause');
    expect(rankingTypeOf('Why did the bridge collapse?')).toBe('cause');
  });

  it('GIVEN start and origin openings answer-type.ts does not read THEN they ask for a time', () => {
    expect(rankingTypeOf('Ab wann gilt das Gesetz?')).toBe('time');
    expect(rankingTypeOf('aus welcher Zeit stammt die Brücke')).toBe('time');
    expect(rankingTypeOf('Ab welchem Tag ließ sich das Ticket bestellen?')).toBe('time');
  });

  it('GIVEN other questions THEN answer-type.ts decides', () => {
    expect(rankingTypeOf('Wie viele Menschen starben?')).toBe('number');
    expect(rankingTypeOf('Seit wann regiert die Familie Kim?')).toBe('time');
    expect(rankingTypeOf('Wer hat Schoigu geschickt?')).toBeNull();
    expect(rankingTypeOf('Woher stammt das Wasser?')).toBeNull();
  });

  it('GIVEN a preposition before the quantity interrogative THEN it is still a number question', () => {
    expect(rankingTypeOf('Mit wie vielen Beamten hat die Polizei nach der Raubkatze gefahndet?')).toBe('number');
    expect(rankingTypeOf('Für wie viele Stunden hatten die Insassen Luft zum Atmen?')).toBe('number');
    expect(rankingTypeOf('In how many games has Leverkusen been unbeaten?')).toBe('number');
    expect(rankingTypeOf('Mit welchen Argumenten wirbt die Partei?')).toBeNull();
  });

  it('GIVEN a clock-time question THEN it is a time question', () => {
    expect(rankingTypeOf('Um welche Uhrzeit fing die Eruption am 18. Dezember an')).toBe('clock');
    expect(rankingTypeOf('um wie viel uhr wurde das video gedreht')).toBe('clock');
    expect(rankingTypeOf('What time did the game start in Germany?')).toBe('clock');
    expect(rankingTypeOf('Um wie viel sind die Exporte gestiegen?')).toBe('number');
  });
});

describe('statesRankingType', () => {
  it('GIVEN a cause question THEN connectives and cause nouns count, "da" and a bare date do not', () => {
    expect(statesRankingType('Die Brücke stürzte ein, weil der Spannstahl korrodiert war.', 'cause')).toBe(true);
    expect(statesRankingType('Die Ursache war Korrosion.', 'cause')).toBe(true);
    expect(statesRankingType('Die Trümmer sollen raus, damit sie das Wasser nicht aufstauen.', 'cause')).toBe(true);
    expect(statesRankingType('Da stand die Brücke am 11. September.', 'cause')).toBe(false);
  });

  it('GIVEN a time or number type THEN it reads as answer-type.ts does', () => {
    expect(statesRankingType('Die Brücke wurde 1971 eröffnet.', 'time')).toBe(true);
    expect(statesRankingType('Die Brücke wurde eröffnet.', 'time')).toBe(false);
  });

  it('GIVEN a clock type THEN a clock time or a time of day states one, a date alone does not', () => {
    expect(statesRankingType('Der emeritierte Papst starb um 9.34 Uhr im Kloster.', 'clock')).toBe(true);
    expect(statesRankingType('Das Video war kurz nach Mitternacht aufgenommen worden.', 'clock')).toBe(true);
    expect(statesRankingType('The update went out at 04:09 UTC.', 'clock')).toBe(true);
    expect(statesRankingType('Benedikt XVI. ist am 31. Dezember 2022 gestorben.', 'clock')).toBe(false);
    expect(statesRankingType('Das Video war kurz nach Mitternacht aufgenommen worden.', 'number')).toBe(false);
  });
});
