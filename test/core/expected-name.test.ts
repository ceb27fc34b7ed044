import { describe, expect, it } from 'vitest';
import { askedRole, asksForName, missesName, namesIn } from '../../src/core/retrieval/expected-name.js';

/** Words as lowercase terms, a stand-in for the analyzer (the check only compares terms for equality). */
const termsOf = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
const evidence = (question: string) => ({ question, termsOf, queryTerms: termsOf });
const sentence = (text: string, coverage = 0.6) => ({ text, coverage });

describe('which questions ask for a name', () => {
  it('GIVEN "wie heißt", "what is the name of" or "welche/which" with a person or organisation noun THEN a name is asked', () => {
    expect(asksForName('Wie heißt der Verein, den er gründen will?')).toBe(true);
    expect(asksForName('What is the name of the agency spokesperson?')).toBe(true);
    // Every person and tense of the verb: the plural past asks for names as "wie heißt" does.
    expect(asksForName('Wie hießen die drei Bergsteiger, die am Matterhorn verunglückten?')).toBe(true);
    expect(askedRole('Wie hießen die drei Bergsteiger, die am Matterhorn verunglückten?')).toBe('Bergsteiger');
    expect(asksForName('Wie nennen sich die Aktivisten der Gruppe?')).toBe(true);
    expect(asksForName('Which Philippine banks issued the letters?')).toBe(true);
    expect(asksForName('Welche beiden Richter haben dagegen gestimmt?')).toBe(true);
    expect(asksForName('welcher arzt hat ihn behandelt')).toBe(true);
    expect(asksForName('Which mayor opened the bridge?')).toBe(true);
  });

  it('GIVEN "welche" with a thing, a country, a compound of an entity word, or "wer/who" THEN no name is asked', () => {
    expect(asksForName('Welche Nebenwirkungen hat das Mittel?')).toBe(false);
    expect(asksForName('Welches Land hat sie trainiert?')).toBe(false);
    expect(asksForName('Welchem Parteigremium gehört er an?')).toBe(false);
    expect(asksForName('Wer kommt für die Mehrkosten auf?')).toBe(false);
    expect(asksForName('Who can join a club?')).toBe(false);
  });

  it('GIVEN "wer ist der …"/"who is the …" with a role of something THEN the holder\'s name is asked; without "of …" not', () => {
    expect(asksForName('Wer war der Spitzenkandidat der Partei in Bayern?')).toBe(true);
    expect(asksForName('Who will be the new president of the parliament?')).toBe(true);
    expect(asksForName('Who is the CEO of the company?')).toBe(true);
    expect(asksForName('wer war der chinesische gast?')).toBe(false);
    expect(asksForName('Who is the favourite?')).toBe(false);
    expect(askedRole('Wer war der Spitzenkandidat der Partei in Bayern?')).toBe('Spitzenkandidat');
    expect(askedRole('Who will be the new president of the parliament?')).toBe('president');
  });

  it('GIVEN a name question THEN the role is the head of its noun phrase', () => {
    expect(askedRole('Wie heißt der nordkoreanische Verteidigungsminister, mit dem er sprach?')).toBe('Verteidigungsminister');
    expect(askedRole('Wie heißt der Chef von PreussenElektra?')).toBe('Chef');
    expect(askedRole("What is the name of the Swiss agency's spokesperson quoted by the paper?")).toBe('spokesperson');
    expect(askedRole('Which company is the last big maker?')).toBe('company');
    expect(askedRole('Which Philippine banks issued them?')).toBe('banks');
  });
});

describe('names in a sentence', () => {
  it('GIVEN capitalised general nouns, compounds of them and names THEN only the names and acronyms count', () => {
    const names = namesIn('Der Verteidigungsminister traf Markus Braun und die Prüfer von EY in der Hauptstadt.', new Set(), termsOf);
    expect(names).toEqual(['Markus', 'Braun', 'EY']);
  });

  it('GIVEN a name the question already gives THEN it answers nothing', () => {
    expect(namesIn('Das sagte Braun.', new Set(['braun']), termsOf)).toEqual([]);
  });

  it('GIVEN the rest of a name the question gives THEN it is the same person, not a new name', () => {
    expect(namesIn('Dort traf der Minister Sergej Schoigu ein.', new Set(['schoigu']), termsOf)).toEqual([]);
    expect(namesIn('Dort traf der Minister Sergej Schoigu ein.', new Set(), termsOf)).toEqual(['Sergej', 'Schoigu']);
  });

  it('GIVEN capitalised words after a determiner or a place preposition THEN they are common nouns or places, not names', () => {
    expect(namesIn('Er wohnt neben einem alternden Reaktor am Freitag.', new Set(), termsOf)).toEqual([]);
    expect(namesIn('Sie hatten ein Hotel in Lindos gebucht und flogen nach Pjöngjang.', new Set(), termsOf)).toEqual([]);
    expect(namesIn('Sie sprach mit Annette Voßkuhl von EY.', new Set(), termsOf)).toEqual(['Annette', 'Voßkuhl', 'EY']);
  });
});

describe('a name beside the asked role', () => {
  const question = 'Wie heißt der Sprecher der Behörde?';

  it('GIVEN a matching sentence naming someone next to the role word THEN the name is stated', () => {
    expect(missesName(evidence(question), [sentence('Der Sprecher Hans Gruber sagte, die Behörde prüfe den Fall.')])).toBe(false);
  });

  it('GIVEN names only far from the role word, or the role without a name THEN the name is missing', () => {
    const far = 'Der Sprecher sagte, man prüfe den Fall sehr genau und lange, wie Hans Gruber berichtet.';
    expect(missesName(evidence(question), [sentence(far)])).toBe(true);
    expect(missesName(evidence(question), [sentence('Ein Sprecher der Behörde wollte sich nicht äußern.')])).toBe(true);
  });

  it('GIVEN the naming sentence far below the best match THEN it does not count', () => {
    const sentences = [sentence('Die Behörde prüft den Fall.', 1), sentence('Der Sprecher Hans Gruber sagte nichts.', 0.2)];
    expect(missesName(evidence(question), sentences)).toBe(true);
  });

  it('GIVEN a German question THEN only the role word itself stands beside the name, not its synonyms', () => {
    // queryTerms: the word's own terms, and a synonym unless only its own are asked for.
    const chef = { question: 'Wie heißt der Chef der Firma?', termsOf, queryTerms: (phrase: string, own?: boolean) => [...termsOf(phrase), ...(own || !/chef/iu.test(phrase) ? [] : ['präsident'])] };
    expect(missesName(chef, [sentence('Präsident Hans Gruber sprach über die Firma.')])).toBe(true);
    expect(missesName(chef, [sentence('Chef Hans Gruber sprach über die Firma.')])).toBe(false);
  });

  it('GIVEN a German compound role THEN its head stands for it, not its first part', () => {
    // A toy compound analysis: "Staats…" words also yield "staat", "…chef" words "chef".
    const parts = (text: string) => termsOf(text).flatMap((w) => [w, ...(w.startsWith('staat') ? ['staat'] : []), ...(w.endsWith('chef') ? ['chef'] : [])]);
    const head = { question: 'Wie heißt der Staatschef?', termsOf: parts, queryTerms: parts };
    expect(missesName(head, [sentence('Der Staatsgast Hans Gruber kam an.')])).toBe(true);
    expect(missesName(head, [sentence('Der Chef Hans Gruber kam an.')])).toBe(false);
  });

  it('GIVEN a class of people ("welche Politiker") THEN a full name anywhere in the sentence answers, one word does not', () => {
    const politicians = evidence('Welche Politiker sind nach Rom gefahren?');
    expect(missesName(politicians, [sentence('Ministerpräsident Markus Söder reiste zur Beisetzung.')])).toBe(false);
    expect(missesName(politicians, [sentence('Auch Papst Franziskus reiste an.')])).toBe(true);
  });

  it('GIVEN players, a class of people THEN a full name answers without the role word, and a name beside it too', () => {
    const players = evidence('Welche Spielerin traf zum Ausgleich?');
    expect(missesName(players, [sentence('In der 70. Minute traf Lena Kowalczyk zum Ausgleich.')])).toBe(false);
    expect(missesName(players, [sentence('Die Spielerin Kowalczyk traf zum Ausgleich.')])).toBe(false);
    expect(missesName(players, [sentence('Danach traf die Mannschaft zum Ausgleich.')])).toBe(true);
  });

  it('GIVEN "wer leitet"/"who heads" THEN a person\'s full name is asked; a sentence without one misses it', () => {
    expect(asksForName('Wer leitet das Gesundheitsamt?')).toBe(true);
    expect(asksForName('Who heads the agency?')).toBe(true);
    expect(asksForName('Wer führt die Tabelle an?')).toBe(false);
    const head = evidence('Wer leitet das Gesundheitsamt?');
    expect(missesName(head, [sentence('Das Gesundheitsamt wird seit Mai von Petra Lindner geleitet.')])).toBe(false);
    expect(missesName(head, [sentence('Das Gesundheitsamt teilte mit, man prüfe den Fall.')])).toBe(true);
  });

  it('GIVEN a question that asks for no name THEN nothing is missing', () => {
    expect(missesName(evidence('Welche Nebenwirkungen hat das Mittel?'), [sentence('Es gibt keine.')])).toBe(false);
  });
});

describe('an authority asked for by "welche Behörde"', () => {
  const question = 'Welche Behörde hat die Ermittlungen übernommen?';

  it('GIVEN an institution written as a compound common noun THEN it names the asked authority', () => {
    expect(missesName(evidence(question), [sentence('Noch am Abend zog der Generalbundesanwalt in Karlsruhe die Ermittlungen an sich.')])).toBe(false);
    expect(missesName(evidence(question), [sentence('Inzwischen ermittelt das Landeskriminalamt.')])).toBe(false);
  });

  it('GIVEN only the role word itself or no institution THEN the authority is missing', () => {
    expect(missesName(evidence(question), [sentence('Die Behörde ermittelt wegen des Verdachts der Brandstiftung.')])).toBe(true);
    expect(missesName(evidence(question), [sentence('Die Ermittlungen dauern noch an.')])).toBe(true);
  });

  it('GIVEN a capitalised word that only ends like "-amt" ("Insgesamt", "Beamte", "Samt") THEN it names no authority', () => {
    expect(missesName(evidence(question), [sentence('Insgesamt wurden die Ermittlungen gegen zwölf Verdächtige geführt.')])).toBe(true);
    expect(missesName(evidence(question), [sentence('An den Ermittlungen sind zwölf Beamte beteiligt.')])).toBe(true);
    expect(missesName(evidence(question), [sentence('Der Vorhang aus Samt fing zuerst Feuer, so die Ermittlungen.')])).toBe(true);
  });
});
