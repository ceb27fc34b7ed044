import { describe, expect, it } from 'vitest';
import { analyze, buildVocabulary, createAnalyzer, foldGerman, isStopWord } from '../../src/core/lexical/analyzer.js';

/** An analyzer whose compound splitter knows the words of `texts`, as the index builds it from the corpus. */
const withVocabulary = (...texts: string[]) => createAnalyzer(buildVocabulary(texts));

describe('analyze (no vocabulary)', () => {
  it("GIVEN Orama's tokenizer example THEN stems and drops stop words like Orama's German tokenizer", () => {
    expect(analyze('Schlaf ist eine harte Sache, wenn Tests fehlschlagen')).toEqual([
      'schlaf',
      'hart',
      'sach',
      'test',
      'fehlschlag',
    ]);
  });

  it('GIVEN umlauts, transliterations, ß and Swiss ss THEN every spelling yields the same terms', () => {
    expect(analyze('Pjöngjang')).toEqual(['pjongjang']);
    expect(analyze('Pjoengjang')).toEqual(['pjongjang']);
    expect(analyze('PJÖNGJANG')).toEqual(['pjongjang']);
    expect(analyze('Staerkung')).toEqual(analyze('Stärkung'));
    expect(analyze('hieß')).toEqual(analyze('hiess'));
    expect(analyze('Strafmaßnahmen')).toEqual(analyze('Strafmassnahmen'));
    expect(analyze('Oesterreich')).toEqual(analyze('Österreich'));
  });

  it('GIVEN ue/oe/ae after a vowel or q THEN it is left alone (Feuer, neue, Quelle are not umlauts)', () => {
    expect(foldGerman('feuer')).toBe('feuer');
    expect(foldGerman('neue')).toBe('neue');
    expect(foldGerman('quelle')).toBe('quelle');
    expect(foldGerman('grüße')).toBe('grusse');
  });

  it('GIVEN a name with accents other than umlauts THEN it meets the bare spelling an English keyboard types', () => {
    expect(analyze('Grindavík')).toEqual(analyze('Grindavik'));
    expect(analyze('Reykjavík')).toEqual(analyze('Reykjavik'));
    expect(analyze('Bogotá')).toEqual(analyze('Bogota'));
    expect(foldGerman('café')).toBe('cafe');
    expect(foldGerman('łódź')).toBe('łodz'); // a letter with no combining mark stays as written
  });

  it('GIVEN German and English questions THEN question and function words are gone', () => {
    expect(analyze('Wer hat Schoigu in Pjöngjang empfangen?')).toEqual(['schoigu', 'pjongjang', 'empfang']);
    expect(analyze('Who received Shoigu in Pyongyang and how?')).not.toEqual(
      expect.arrayContaining(['who', 'in', 'and', 'how']),
    );
    expect(analyze('der die das und oder the of and')).toEqual([]);
    expect(isStopWord(foldGerman('über'))).toBe(true);
  });

  it('GIVEN a question for the start or end of a period THEN "seit" and "bis" are searched, the question word is not', () => {
    const since = analyze('Seit wann brennt es?');
    expect(since[0]).toBe('seit');
    expect(since).not.toContain('wann');
    const until = analyze('bis wann gilt das Angebot');
    expect(until[0]).toBe('bis');
    expect(until).toContain('angebot');
    expect(until).not.toContain('wann');
  });

  it('GIVEN any form of the auxiliaries THEN none is searched, the participle "geworden" as little as "wurde"', () => {
    expect(analyze('Wie alt ist Ratzinger geworden?')).toEqual(analyze('alt wurde Ratzinger'));
    expect(analyze('Du wirst, ihr werdet, du hast, ihr habt gehabt, ihr seid')).toEqual([]);
  });

  it('GIVEN numbers THEN they are kept without their punctuation', () => {
    expect(analyze('Am 27. Juli, zum 70. Jahrestag, 1950–1953')).toEqual(['27', 'juli', '70', 'jahrestag', '1950', '1953']);
  });

  it('GIVEN a hyphenated word THEN the joined word and its parts are indexed, each once', () => {
    const terms = analyze('Korea-Krieges');
    expect(terms).toEqual(['koreakrieg', 'korea', 'krieg']);
    expect(terms).toContain(analyze('Koreakrieges')[0]);
    expect(terms).toContain(analyze('Koreakrieg')[0]);
    expect(analyze('Kim Jong-un')).toEqual(['kim', 'jongun', 'jong', 'un']);
  });

  it('GIVEN full-width letters and soft hyphens THEN NFKC and cleanup make them plain', () => {
    expect(analyze('ＵＮＯ')).toEqual(['uno']);
    expect(analyze('Verteidi\u00ADgung')).toEqual(analyze('Verteidigung'));
  });

  it('GIVEN no vocabulary THEN compounds stay whole', () => {
    expect(analyze('Verteidigungsminister')).toEqual(['verteidigungsminist']);
  });

  it('GIVEN an analyzer THEN analyzeWords groups the terms of each written word', () => {
    expect(createAnalyzer().analyzeWords('Der Korea-Krieg endete')).toEqual([['koreakrieg', 'korea', 'krieg'], ['endet']]);
  });
});

describe('compound splitting with a corpus vocabulary', () => {
  const corpus = withVocabulary(
    'Die Verteidigung und der Minister. Waffen und eine Lieferung.',
    'Der Krieg in Korea. Raketen wurden gezeigt. Das Ende naht, bestehende Regeln.',
  );

  it('GIVEN compounds of corpus words THEN their parts are emitted besides the whole', () => {
    expect(corpus.analyze('Verteidigungsminister')).toEqual([
      'verteidigungsminist',
      ...corpus.analyze('Verteidigung'),
      ...corpus.analyze('Minister'),
    ]);
    expect(corpus.analyze('Waffenlieferungen')).toEqual(expect.arrayContaining([...corpus.analyze('Waffen'), ...corpus.analyze('Lieferung')]));
  });

  it('GIVEN "Koreakrieg", "Koreakrieges" and "Korea-Krieges" THEN they share their terms', () => {
    const joined = corpus.analyze('Koreakrieg');
    expect(joined).toEqual(['koreakrieg', 'korea', 'krieg']);
    expect(corpus.analyze('Koreakrieges')).toEqual(joined);
    expect(corpus.analyze('Korea-Krieges')).toEqual(joined);
  });

  it('GIVEN a compound whose parts the corpus never writes alone THEN nouns of the general vocabulary cut it, in passages and questions alike', () => {
    const news = withVocabulary('Der Hubschrauberlandeplatz liegt am Stadtrand.');
    expect(news.analyze('Hubschrauberlandeplatz')).toEqual(expect.arrayContaining(['hubschraub', 'landeplatz', 'platz']));
    expect(news.analyzeQuery!('Wo ist der Landeplatz?').flatMap((w) => w.terms.map((t) => t.term))).toContain('landeplatz');
    const without = createAnalyzer(buildVocabulary(['Der Hubschrauberlandeplatz liegt am Stadtrand.']), { generalParts: false, preload: false });
    expect(without.analyze('Hubschrauberlandeplatz')).toEqual(['hubschrauberlandeplatz']);
  });

  it('GIVEN an adjective THEN it is not cut into general nouns ("südkoreanische" ≠ Südkorea + Nische)', () => {
    const news = withVocabulary('Die südkoreanische Regierung und Südkorea.');
    expect(news.analyze('südkoreanische')).toEqual(['sudkorean']);
  });

  it('GIVEN a participle ending that looks like a word THEN it is not split off ("bestehende" ≠ besteh + ende)', () => {
    expect(corpus.analyze('bestehende')).toEqual(['besteh']);
  });

  it('GIVEN an unknown first part and a known last part THEN both are emitted', () => {
    expect(corpus.analyze('Infanterieraketen')).toEqual(['infanterieraket', 'infanteri', 'raket']);
  });

  it('GIVEN a vocabulary THEN a genitive -s after a vowel and verb forms meet their corpus stems', () => {
    const news = withVocabulary('Nordkorea und China. Putin will ihn schicken. Die Toten.');
    expect(news.analyze('Nordkoreas Chinas')).toEqual(['nordkorea', 'china']);
    expect(news.analyze('geschickt')).toContain('schick');
    expect(news.analyze('schickt')).toContain('schick');
    expect(news.analyze('getötet')).toContain('tot');
  });

  it('GIVEN "Was heißt …?" or "Was bedeutet …?" THEN the framing verb is not searched, while "Wie heißt …?" keeps it', () => {
    const news = withVocabulary('Der Streckbetrieb heißt so. Es war heiß. Das bedeutet viel.');
    const terms = (q: string) => news.analyzeQuery!(q).flatMap((w) => w.terms.map((t) => t.term));
    expect(terms('was heißt eigentlich streckbetrieb')).toEqual(['streckbetrieb']);
    expect(terms('Was bedeutet Streckbetrieb?')).toEqual(['streckbetrieb']);
    expect(terms('Wie heißt der Streckbetrieb?')).toContain('heiss');
  });

  it('GIVEN "wie lange"/"wie oft" THEN the adverb naming the kind of answer is not searched, elsewhere "lange" is', () => {
    const news = withVocabulary('Er blieb drei Tage in Nordkorea, länger als geplant. Lange Schlangen vor dem Kaufhaus.');
    const terms = (q: string) => news.analyzeQuery!(q).flatMap((w) => w.terms.map((t) => t.term));
    expect(terms('wie lange war schoigu in nordkorea?')).toEqual(['schoigu', 'nordkorea']);
    expect(terms('Wie oft war er in Nordkorea?')).toEqual(['nordkorea']);
    expect(terms('Warum gab es lange Schlangen?')).toContain('lang');
  });

  it('GIVEN vocabulary building THEN stop words and numbers stay out and spellings are folded', () => {
    expect([...buildVocabulary(['Der Besuch in Pjöngjang, 1953, Korea-Krieg'])]).toEqual([
      'besuch',
      'pjongjang',
      'koreakrieg',
      'korea',
      'krieg',
    ]);
  });

  it('GIVEN a question ending in a separable particle THEN the verb is re-joined with it where the corpus attests the join', () => {
    const news = withVocabulary('Die USA haben Nordkorea vorgeworfen, Waffen zu liefern.');
    const terms = news.analyzeQuery!('Was werfen die Vereinigten Staaten Nordkorea vor?').map((w) => w.terms.map((t) => t.term));
    expect(terms[0]).toContain('vorwerf');
    expect(news.analyze('vorgeworfen')).toContain('vorwerf');
    expect(terms.flat()).not.toContain('vorstaat'); // "vor" + "Staaten": not in the corpus, so not added
  });

  it('GIVEN a particle verb the corpus never writes THEN the thesaurus synonyms of the joined verb are searched, not the particle', () => {
    const news = withVocabulary('Der Konzern will 16 Filialen schließen. Die Luft ist dicht.');
    const terms = news.analyzeQuery!('Wie viele Häuser machen dicht?').map((w) => w.terms.map((t) => t.term));
    expect(terms.flat()).toContain('schliess'); // dichtmachen ~ schließen (OpenThesaurus)
    expect(terms.flat()).not.toContain('dicht');
    expect(news.analyzeQuery!('Ist die Luft dicht?').flatMap((w) => w.terms.map((t) => t.term))).toContain('dicht');
  });

  it('GIVEN a final particle THEN it is joined to verbs only, not to a capitalized noun ("sahen … an", not "Spiel … an")', () => {
    const news = withVocabulary('Beim Anspiel hatten viele Fans das Spiel schon angesehen.');
    const terms = news.analyzeQuery!('Wann sahen die Fans das Spiel an?').map((w) => w.terms.map((t) => t.term));
    expect(terms.flat()).toContain('anseh');
    expect(terms.flat()).not.toContain('anspiel');
  });

  it('GIVEN a final particle THEN an article or pronoun is never its verb ("der … an" is no "ander"), a form of "haben" is ("hat … vor")', () => {
    const news = withVocabulary('Die Bahn hat elf Prozent angeboten. Andere zahlen anderes. Niemand weiß, was die Regierung vorhat.');
    const terms = news.analyzeQuery!('Was bietet die Deutsche Bahn der Gewerkschaft an?').map((w) => w.terms.map((t) => t.term));
    expect(terms[0]).toContain('anbiet');
    expect(terms.flat()).not.toContain('and'); // "an" + "der": the stem of "andere"
    expect(terms).toHaveLength(4); // bietet … an, Deutsche, Bahn, Gewerkschaft
    expect(news.analyzeQuery!('Was hat die Regierung vor?').flatMap((w) => w.terms.map((t) => t.term))).toContain('vorhat');
  });

  it('GIVEN "Seit wann …" THEN "seit" searches itself only, not the synonyms of the noun "Seite" it is spelled like', () => {
    const news = withVocabulary('Sie ist seit 2018 Bundestrainerin. Die Flanke kam von der linken Seite.');
    const terms = news.analyzeQuery!('Seit wann ist sie Bundestrainerin?').map((w) => w.terms.map((t) => t.term));
    expect(terms[0]).toEqual(['seit']); // not "flank" (Seite ~ Flanke)
  });

  it('GIVEN a participle after an inseparable prefix THEN it meets the present tense ("begangen" ~ "begeht")', () => {
    const news = withVocabulary('Der 27. Juli wird als Tag des Sieges begangen.');
    expect(news.analyze('begangen')).toContain('begeh');
    expect(news.analyze('begeht')).toContain('begeh');
  });
});
