import { describe, expect, it } from 'vitest';
import { answerTypeMisses, expectedAnswerTest, expectedAnswerType, missesAnswerType, statesAnswerType } from '../../src/core/retrieval/answer-type.js';

describe('answer types', () => {
  it('GIVEN quantity and time questions in German and English THEN their answer type is recognised', () => {
    expect(expectedAnswerType('Wie viele Zuschauer verfolgten die Parade?')).toBe('number');
    expect(expectedAnswerType('how long was Shoigu in North Korea?')).toBe('number');
    expect(expectedAnswerType('Seit wann regiert die Familie Kim?')).toBe('time');
    expect(expectedAnswerType('On what date does North Korea celebrate Victory Day?')).toBe('time');
    // Size, depth, weight and speed are figures too ("Die rund 12.500 Beschäftigten" answers, "vor der Belegschaft" not).
    expect(expectedAnswerType('Wie groß ist die Belegschaft der Gigafactory?')).toBe('number');
    expect(expectedAnswerType('How large is the workforce at the plant?')).toBe('number');
    expect(expectedAnswerType('Wie großzügig war die Spende?')).toBeNull();
    expect(expectedAnswerType('Wer hat Schoigu geschickt?')).toBeNull();
    // Only the opening counts: "when" inside a clause is not the question's interrogative.
    expect(expectedAnswerType('How did Russia respond when the US tried new sanctions?')).toBeNull();
  });

  it('GIVEN sentences THEN digits and number words state a number, months and weekdays only a time', () => {
    expect(statesAnswerType('an dem zweitägigen Treffen', 'number')).toBe(true);
    expect(statesAnswerType('der 27. Juli', 'number')).toBe(true);
    expect(statesAnswerType('am Mittwoch in Pjöngjang', 'number')).toBe(false);
    expect(statesAnswerType('am Mittwoch in Pjöngjang', 'time')).toBe(true);
  });

  it('GIVEN a weekday joined with a time of day ("Mittwochmorgen") or adverbial ("montags") THEN it states a time', () => {
    expect(statesAnswerType('Am Mittwochmorgen liefen die ersten Fahrzeuge wieder vom Band.', 'time')).toBe(true);
    expect(statesAnswerType('Bereits am Montagabend war das Werk wieder am Netz.', 'time')).toBe(true);
    expect(statesAnswerType('Das Werk ist montags geschlossen.', 'time')).toBe(true);
    expect(statesAnswerType('Die Mittwochsrunde tagte im Werk.', 'time')).toBe(false);
  });

  it('GIVEN a count question THEN it is missed unless a sentence near the best coverage states a figure next to what is counted', () => {
    // A toy analysis: lowercase words, "zuschauern" → "zuschauer"; enough to show what the check compares.
    const termsOf = (text: string) => text.toLowerCase().split(/\s+/).map((w) => w.replace(/n$/, ''));
    const evidence = (question: string) => ({ question, termsOf, queryTerms: (phrase: string) => termsOf(phrase).slice(2) });
    const question = evidence('Wie viele Zuschauer verfolgten die Parade?');
    const parade = { text: 'Die Parade zeigte neue Raketen.', coverage: 0.6 };
    expect(missesAnswerType(question, [parade, { text: 'Der 70. Jahrestag.', coverage: 0.5 }], 0.4)).toBe(true);
    // A figure counting something else does not answer; one counting the spectators or people in general does.
    expect(missesAnswerType(question, [parade, { text: 'Die Parade zeigte 50 Raketen.', coverage: 0.5 }], 0.4)).toBe(true);
    expect(missesAnswerType(question, [parade, { text: 'Die Parade sahen 50 000 Zuschauern.', coverage: 0.5 }], 0.4)).toBe(false);
    expect(missesAnswerType(question, [parade, { text: 'Die Parade sahen 50 000 Menschen.', coverage: 0.5 }], 0.4)).toBe(false);
    // People in general count a crowd, not those of an office ("wie viele Generäle").
    expect(missesAnswerType(evidence('Wie viele Generäle verfolgten die Parade?'), [parade, { text: 'Die Parade sahen 50 000 Menschen.', coverage: 0.5 }], 0.4)).toBe(true);
    // Jobs and employees are counted as people too ("3.000 Menschen sollen dort arbeiten").
    const plant = { text: 'Das Werk soll im Herbst eröffnen.', coverage: 0.6 };
    expect(missesAnswerType(evidence('Wie viele Arbeitsplätze entstehen im Werk?'), [plant, { text: 'Dort sollen 2.000 Menschen arbeiten.', coverage: 0.5 }], 0.4)).toBe(false);
    expect(missesAnswerType(evidence('How many workers does the plant need?'), [plant, { text: 'Dort sollen 2.000 Menschen arbeiten.', coverage: 0.5 }], 0.4)).toBe(false);
    // Only sentences near the best coverage count.
    expect(missesAnswerType(question, [parade, { text: 'Die Parade sahen 50 000 Menschen.', coverage: 0.1 }], 0.4)).toBe(true);
    expect(missesAnswerType(evidence('Wer kam zur Parade?'), [parade], 0.4)).toBe(false);
    expect(missesAnswerType(question, [], 0.4)).toBe(false);
  });

  it('GIVEN a count of a unit of measure THEN the unit\'s own terms must stand by the figure, not its synonyms', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // A toy thesaurus: "Tonnen" has the synonym "fässer", which is not among its own terms.
    const evidence = { question: 'Wie viele Tonnen Getreide wurden geliefert?', termsOf, queryTerms: (phrase: string, own?: boolean) => [...termsOf(phrase).slice(2), ...(own ? [] : ['fässer'])] };
    const topic = { text: 'Das Getreide wurde per Schiff geliefert.', coverage: 0.6 };
    expect(missesAnswerType(evidence, [topic, { text: 'Geliefert wurden auch drei Fässer Getreide.', coverage: 0.5 }], 0.4)).toBe(true);
    expect(missesAnswerType(evidence, [topic, { text: 'Geliefert wurden 300 tonnen Getreide.', coverage: 0.5 }], 0.4)).toBe(false);
  });

  it('GIVEN a sentence word whose synonym is the counted word THEN the figure counts it; a synonym of another word does not', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.replace(/e$/, ''));
    // A one-way toy thesaurus, as the real one lists "Flug" with "Verbindung" but gives "Verbindung" no synonyms.
    const synonyms: Record<string, string[]> = { flüg: ['verbindungen'], strecken: ['pfad'] };
    const synonymsOf = (text: string) => termsOf(text).flatMap((t) => [t, ...(synonyms[t] ?? [])]);
    const question = 'Wie viele Verbindungen hat Delta abgesagt?';
    const evidence = { question, termsOf, queryTerms: (phrase: string) => termsOf(phrase).slice(2) };
    const topic = { text: 'Delta hatte große Probleme.', coverage: 0.6 };
    const flights = { text: 'Delta strich rund 7000 Flüge.', coverage: 0.5 };
    expect(missesAnswerType(evidence, [topic, flights], 0.4)).toBe(true);
    expect(missesAnswerType({ ...evidence, synonymsOf }, [topic, flights], 0.4)).toBe(false);
    expect(missesAnswerType({ ...evidence, synonymsOf }, [topic, { text: 'Delta strich rund 7000 Strecken.', coverage: 0.5 }], 0.4)).toBe(true);
  });

  it('GIVEN a sentence stating a figure of the asked kind THEN it answers only when it holds enough of the rest of the question', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/\s+/);
    const question = { question: 'Wie viele Menschen starben bei den Bränden?', termsOf, queryTerms: (phrase: string) => termsOf(phrase).slice(2) };
    // "Wie viele Menschen": people in general, so any figure is of the asked kind.
    const evacuated = { text: 'Mehr als 30.000 Menschen mussten ihre Unterkünfte verlassen.', coverage: 0.5 };
    expect(missesAnswerType(question, [{ ...evacuated, restCoverage: 0.1 }], 0.4)).toBe(true);
    expect(missesAnswerType(question, [{ ...evacuated, restCoverage: 0.6 }], 0.4)).toBe(false);
    // Without the share of the rest (callers that do not compute it), the figure alone decides.
    expect(missesAnswerType(question, [evacuated], 0.4)).toBe(false);
  });

  it('GIVEN the model read the sentences THEN the check reports the best similarity of a stating sentence, not of the others', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/\s+/);
    const question = { question: 'Wie viele Menschen starben bei den Bränden?', termsOf, queryTerms: (phrase: string) => termsOf(phrase).slice(2) };
    const evacuated = { text: 'Mehr als 30.000 Menschen mussten ihre Unterkünfte verlassen.', coverage: 0.5, restCoverage: 0.1, similarity: 0.8 };
    const fires = { text: 'Die Brände wüteten tagelang im Süden der Insel.', coverage: 0.6, restCoverage: 0.5, similarity: 0.9 };
    expect(answerTypeMisses(question, [evacuated, fires], 0.4)).toEqual({ anywhere: false, stated: true, similarity: 0.8 });
    expect(answerTypeMisses(question, [fires], 0.4).similarity).toBe(-1);
    expect(answerTypeMisses(question, [{ ...evacuated, similarity: undefined }], 0.4).similarity).toBe(-1);
  });

  it('GIVEN a question THEN the answer test checks what it expects, and there is none for a question expecting nothing in particular', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/\s+/);
    const queryTerms = (phrase: string) => termsOf(phrase).slice(2);
    const states = expectedAnswerTest({ question: 'Wie viele Raketen zeigte die Parade?', termsOf, queryTerms })!;
    expect(states('Die Parade zeigte 12 raketen.')).toBe(true);
    expect(states('Die Parade dauerte 12 Stunden.')).toBe(false);
    expect(expectedAnswerTest({ question: 'Was zeigte die Parade?', termsOf, queryTerms })).toBeNull();
  });

  it('GIVEN a number right after a capitalised word THEN it labels the thing, unless a noun of what is counted follows it', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.replace(/e$/, ''));
    const queryTerms = (phrase: string) => termsOf(phrase).slice(2);
    const states = expectedAnswerTest({ question: 'Wie viele Punkte bekam die Schweiz?', termsOf, queryTerms })!;
    expect(states('Von ihnen erhielt die Schweiz 365 Punkte.')).toBe(true);
    expect(states('Die Schweiz bekam Punkte von Block 3.')).toBe(false);
  });

  it('GIVEN a question asking how high THEN a clock time states no amount', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/\s+/);
    const states = expectedAnswerTest({ question: 'Wie hoch war die Quote beim Sender?', termsOf, queryTerms: (phrase: string) => termsOf(phrase) })!;
    expect(states('Der Sender überträgt ab 21 Uhr.')).toBe(false);
    expect(states('Die Quote lag bei 21 Prozent.')).toBe(true);
  });

  it('GIVEN an amount question THEN a year names no amount, a year-like number before a noun or unit still does', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/\s+/);
    const states = expectedAnswerTest({ question: 'Wie hoch war die Quote im Jahr 2023?', termsOf, queryTerms: (phrase: string) => termsOf(phrase) })!;
    expect(states('Im Herbst 2023 flossen zugesagte Mittel nicht mehr.')).toBe(false);
    expect(states('Das hörte man nach den Verfahren 2020 und 2023.')).toBe(false);
    expect(states('Die Quote lag 2023 bei 21 Prozent.')).toBe(true);
    expect(states('Rund 1800 Beschäftigte schauten zu.')).toBe(true);
  });

  it('GIVEN "how much" with a word of revenue or severance THEN only a sum of money answers, not a count of jobs', () => {
    const termsOf = (text: string) => text.toLowerCase().split(/\s+/);
    const states = expectedAnswerTest({ question: 'How much severance will laid-off staff get?', termsOf, queryTerms: (phrase: string) => termsOf(phrase) })!;
    expect(states('Bis Ende August fallen rund 1400 Arbeitsplätze weg.')).toBe(false);
    expect(states('Jeder bekommt eine Abfindung von 5000 Euro.')).toBe(true);
  });
});
