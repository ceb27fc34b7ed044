/**
 * Regression guard on the eval set (the figures of `npm run eval`, lexical mode): retrieval, abstention and
 * answers must not fall below what the lexical analysis reached (see the report in src/core/retrieval/relevance.ts).
 * Since the story-fitted glossary and thesaurus gave way to general resources (issue 8, README "Vocabulary"), the
 * floors are those of the general vocabulary: German R@3 0.94 → 0.85, English 0.94 → 0.84. Since abstention reads
 * coverage over a fixed reference size (bm25.ts, COVERAGE_REFERENCE_DOCS) at threshold 0.35, one German question
 * retrieval ranked first is no longer declined (R@3 0.85 → 0.87); that answered question's "also in" entries name
 * articles its answer list does not, so "also in" precision falls 0.47 → 0.44 (0.43 once BM25's share of the ranking
 * rose to 0.15, sentence-score.ts: German R@3 0.87 → 0.89, R@1 0.69 → 0.68). English noun pairs searching their German
 * compound and -ing bases with a silent e (english-query.ts) lifted English R@3 0.84 → 0.88; every Ding sense, learned
 * compound parts and phrase remainders (scripts/lexicon-compounds.ts) 0.88 → 0.91; nouns of the general vocabulary as
 * compound parts (general-split.ts, widenWithGeneralParts) 0.91 → 0.97, "also in" precision 0.44 → 0.50. Floors: one question below.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDossiers } from '../../bench/dossiers.js';
import { loadQuestions, outcomeOf, relevantPassages, score, type Outcome, type Row } from '../../bench/eval-metrics.js';
import { rowsFor, runDossier, type DossierRun } from '../../bench/eval-run.js';
import { Engine } from '../../src/core/engine.js';
import { copyOfCorpus, engineOptions, tempDir } from '../support/fixtures.js';

const questions = loadQuestions(resolve('test/eval/questions.json'));

describe('retrieval quality on the eval set (lexical mode)', () => {
  let row: (lang: string) => Row;
  beforeAll(async () => {
    const { engine } = await Engine.open(engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir: tempDir() }), { buildIfMissing: true });
    const relevant = new Map(questions.map((q) => [q.id, relevantPassages(q, engine.passages())]));
    const outcomes = new Map<string, Outcome>();
    for (const q of questions) outcomes.set(q.id, outcomeOf(await engine.ask({ question: q.question, k: 5 }, 'lexical')));
    row = (lang) => score('lexical', { lang, half: 'all' }, questions, outcomes, relevant);
  });

  // "seit" and "bis" searched, no longer stop words (stop-words.ts): 55 → 56 of 62; words with too many senses not
  // expanded (thesaurus.ts MAX_SENSES): 57 alone, 56 together with round 6's abstention (one more declined).
  // Round 23: "wie lange" names the kind of answer, "lange" is not searched (question-frame.ts askedKindAt): 56 → 57 (floor 0.88 → 0.9).
  it('GIVEN the German questions THEN an answering passage is in the top 3 for at least 90 % (reached: 57 of 62, 92 %)', () => {
    expect(row('de').recall3).toBeGreaterThanOrEqual(0.9);
  });

  // Round 13: a surface-form BM25 term in the German ranking (sentence-score.ts SURFACE_SHARE): 41 → 43 of 62.
  // Round 18: a why-question prefers a sentence stating a cause (sentence-score.ts rankingTypeOf): 43 → 44 (floor 0.67 → 0.69).
  it('GIVEN the German questions THEN the first passage answers at least 69 % of them (reached: 44 of 62, 71 %)', () => {
    expect(row('de').recall1).toBeGreaterThanOrEqual(0.69);
  });

  // Round 15 (english-clippings.ts): "ICBMs" searches "intercontinental ballistic missile" → Interkontinentalrakete: 31 → 32.
  it('GIVEN the English questions THEN the dictionary finds German passages for at least 96 % at @3 (reached: 32 of 32, 100 %)', () => {
    expect(row('en').recall3).toBeGreaterThanOrEqual(0.96);
  });

  // The expected-answer check (retrieval/expected-answer.ts) declines 11 of 20 unanswerable questions (was 6; 10 before general compound parts); the one
  // answerable question it declined ("wie lange war schoigu in nordkorea?") has no duration in its top passages.
  // Round 6 (relevance.ts): a name the dossier never mentions (unknown-name.ts) and a stated figure whose sentence
  // holds too little of the question (answer-type.ts STATED_SHARE) decline 13 of 20 (floor raised 0.5 → 0.6) and two
  // more answerable ones (the ceiling rises 1 → 3 of 94, said here because it is a ceiling loosened): "Which ICBMs …",
  // whose acronym the dossier never writes (retrieval missed it anyway), and "In welchem Jahr sind die Verhandlungen
  // über die atomare Abrüstung Nordkoreas gescheitert?", whose year sentence says "2019 gescheiterten
  // Denuklearisierungsgespräche" and so shares too few of its words.
  // Round 10 (expected-name.ts): the name check declines "Wie heißt der Koreakrieg in der offiziellen nordkoreanischen
  // Lesart?" (its answer names a thing in common nouns; retrieval missed it at @3 anyway): the ceiling rises 3 → 4 of 94.
  // A measure noun after "what" expects a figure (expected-answer.ts MEASURE): "What is the population of North Korea?"
  // is declined too, 13 → 14 of 20 (floor 0.6 → 0.65).
  // Round 15: "Which ICBMs …" is no longer declined (english-clippings.ts): 4 → 3; the ceiling stays at 4.
  // Round 17 (expected-name.ts): the first name of a person the question gives is no new name ("Sergej" beside
  // Schoigu), so "Wie heißt der nordkoreanische Verteidigungsminister …" is declined, and a compound role stands by its
  // head ("Staatschef" is no "Staatsgast"), so "Wie heißt der chinesische Staatschef …" is too: 14 → 16 of 20 (floor 0.65 → 0.75).
  // Round 23: "wie lange war schoigu in nordkorea?" no longer searches "lange" (question-frame.ts askedKindAt), its duration
  // passage ranks first and it is answered: 3 → 2 of 94 declined (ceiling 4 → 3).
  it('GIVEN all questions THEN at most 3 of 94 answerable ones are declined (reached: 2) and 75 % of unanswerable ones are (80 %)', () => {
    const all = row('all');
    expect(all.falseAbstention).toBeLessThanOrEqual(0.032);
    expect(all.abstention).toBeGreaterThanOrEqual(0.75);
  });

  // Round 15 (answer.ts, cite.ts): a sentence opening with a pronoun reads the sentence before ("Die beiden hätten über
  // militärische Themen gesprochen"), one that says the matter is open counts less: 62 → 64 of 91 answered (floor 0.6 → 0.69).
  it('GIVEN the answers THEN most state the evidence (reached: 64 of 91 answered, 70 %) and "also in" is right about half the time (54 of 107, 50 %)', () => {
    const all = row('all');
    expect(all.answerEvidence).toBeGreaterThanOrEqual(0.69);
    expect(all.alsoInPrecision).toBeGreaterThanOrEqual(0.48);
  });
});

/**
 * The other dossiers, lexical mode (`npm run eval -- --modes lexical`): floors one question below what was reached,
 * so a change that loses a question anywhere is seen. court, juice and wm2023 are tuning dossiers (juice and wm2023 were held out until
 * their figures were read once).
 */
describe.each([
  // dossier, language, answerable questions, R@3 reached, floor
  // court, juice: the expected-answer check (retrieval/expected-answer.ts) reads further down the top passages and no
  // longer declines one German question each ("Wie viel Geld lag …", "Wie viel Zeit bleibt …"): 0.85 → 0.92, 0.77 → 0.85.
  // Round 13, the surface-form BM25 term (sentence-score.ts SURFACE_SHARE): 0.92 → 0.85 (within the floor).
  ['court', 'de', 13, 0.85, 0.84],
  // Nouns of the general vocabulary as compound parts (analyzer.ts) lifted court en, wm2023 en, fiebersaft de.
  // Words with too many senses not expanded (thesaurus.ts MAX_SENSES): court en 0.8 → 0.9 and rhodos de 0.85 → 0.92
  // alone; with round 6's abstention merged both are back at 0.8 and 0.85 (one answerable question each declined).
  // Round 10: 0.8 → 0.7, floor lowered to one question below (said here because a floor is lowered): the name check
  // (expected-name.ts) declines "Which audit firm …", whose sentence names EY beside "Prüfer", not beside a firm.
  ['court', 'en', 10, 0.7, 0.6],
  // Round 13, the surface-form BM25 term (sentence-score.ts SURFACE_SHARE): 0.85 → 0.92.
  ['juice', 'de', 13, 0.92, 0.84],
  // Round 6's abstention (relevance.ts) declines "how heavy is the spacecraft", whose figure sentence shares too little
  // of it (0.91 → 0.82), and wm2023's "2025 women's Euros", a name that dossier's text never writes (0.73 → 0.64).
  ['juice', 'en', 11, 0.82, 0.81],
  // wm2023 became a tuning dossier (issue 8): compound joins, -ing bases, feminine stems lifted English 0.18 → 0.55.
  ['wm2023', 'de', 14, 0.43, 0.42],
  // Every Ding sense, learned compound parts and "world cup" → WM (english-query.ts, lexicon-compounds.ts): 0.55 → 0.73.
  // Round 6: 0.73 → 0.55, floor lowered to one question below that (said here because a floor is lowered): the
  // unknown-name check declines "2025 women's Euros" (the text writes "Europameisterschaft"), and with MAX_SENSES the
  // sentence answering "When is the German squad flying back home?" holds less than STATED_SHARE of it.
  // Round 24: co-occurrence senses (english-senses.ts) lose one question here, 6 → 5 of 11, at the floor (four other dossiers gain one).
  // Round 25: phrasal verbs' news senses (english-phrasal-verbs.ts, "flying back" → Heimreise): 5 → 6 of 11 (floor stays 0.45).
  ['wm2023', 'en', 11, 0.55, 0.45],
  // Held out until this round (then 0.69 / 0.42); a tuning dossier now.
  // Round 13, the surface-form BM25 term (sentence-score.ts SURFACE_SHARE): 0.77 → 0.85.
  // Round 18: why-questions prefer a sentence stating a cause (sentence-score.ts rankingTypeOf): 0.85 → 0.77 (within the floor).
  // Round 24: sentence adverbs and ordinals searched without thesaurus synonyms (adverbs.ts): 0.77 → 0.85.
  ['fiebersaft', 'de', 13, 0.85, 0.77],
  // English 0.42 → 0.5 (now a tuning dossier) with every Ding sense and "fever syrup" → Fiebersaft through Ding's "cough syrup" → Hustensaft.
  // Round 17: English news phrases Ding lacks (english-news-phrases.ts, "get better" → bessern): 0.5 → 0.58.
  ['fiebersaft', 'en', 12, 0.58, 0.5],
  // Held out in round 4 (written blind, measured once), a tuning dossier since.
  // "seit" and "bis" searched, no longer stop words (stop-words.ts): deutschlandticket de 0.69 → 0.77, rhodos de 0.77 → 0.85.
  // Round 24: sentence adverbs and ordinals searched without thesaurus synonyms (adverbs.ts): 0.77 → 0.85.
  ['deutschlandticket', 'de', 13, 0.85, 0.77],
  // English 0.82 → 1: loanwords the corpus writes ("tickets" → Ticket, english-query.ts) go before Ding's earlier senses.
  // Round 6's stated-figure share declines one of them since (1 → 0.91).
  ['deutschlandticket', 'en', 11, 0.91, 0.81],
  // Held out in round 5 (written blind, first measured de 0.77, en 0.55), a tuning dossier since.
  // "seit"/"bis" searched: de 0.77 → 0.85 (MAX_SENSES alone reached 0.92; with round 6's abstention 0.85).
  // Round 25: a strong verb's ablaut noun searched (derivation.ts): "seit wann brennt es" meets "Brände", 0.85 → 0.92.
  ['rhodos', 'de', 13, 0.92, 0.84],
  // English 0.55 → 0.73 (a tuning dossier since round 6): Ding verbs with a placeholder object ("compare" → vergleichen),
  // learned compound heads when no translation is in the corpus ("package" → pauschal); MAX_SENSES 0.73 → 0.82.
  // Round 25: phrasal verbs' news senses (english-phrasal-verbs.ts) lose one question here, 9 → 8 of 11, within the floor: "fly back into" also reaches the Rückflug passages.
  ['rhodos', 'en', 11, 0.73, 0.72],
  // Held out in round 6 (written blind, measured once: these figures), a tuning dossier since.
  // Round 15: synonyms of a compound's parts at half the synonym weight (query-weights.ts PART_SYNONYM_FACTOR): 0.77 → 0.85.
  ['heizung', 'de', 13, 0.85, 0.76],
  // Round 24: a word's common sense that shares most passages with the question's other words also counts in full (english-senses.ts): 9 → 10 of 11 (floor 0.63 → 0.81; the 0.73 noted here before was already 9 of 11).
  ['heizung', 'en', 11, 0.91, 0.81],
  // Held out in round 7 (written blind, measured once: these figures), a tuning dossier since.
  // Round 10: the passage's coverage of the German question's own words in the ranking (sentence-score.ts OWN_WORDS_SHARE): 0.85 → 0.92.
  // Round 13, the surface-form BM25 term (sentence-score.ts SURFACE_SHARE): 0.92 → 0.85 (within the floor).
  // Round 23: 0.85 → 0.77, floor lowered one question (said here because a floor is lowered): a figure stated about
  // another place than the one a German question names answers nothing (retrieval/named-subject.ts; +3 unanswerable
  // declined over twenty-four tuning dossiers), and the answer passage of "Was kostet ein einzelner Arbeitsplatz bei
  // Intel …" leaves the company unnamed.
  ['intel', 'de', 13, 0.77, 0.76],
  // Round 9: English questions need 0.1 less lexical coverage (relevance.ts lexicalEnglishOffset) and English words
  // the corpus writes as is and Ding never gives as German ("Chips Act") are searched first (english-query.ts
  // loanwordTerms): 0.36 → 0.55. Round 20: "before" skipped (english-words.ts) loses "What still has to happen before
  // construction can begin?" at @3: 0.55 → 0.45 (within the floor).
  ['intel', 'en', 11, 0.45, 0.45],
  // Held out in round 8 (written blind, measured once: de 0.85, en 0.64), a tuning dossier since. Round 9's ingestion
  // rules (a podcast placeholder, an app offer, a follow call, a disclaimer and a reference list no longer passages),
  // "weed" no longer read as "wee" + "-d" (english-lookup.ts), "cannabis" searched as the corpus writes it
  // (loanwordTerms) and the English coverage offset together: de 0.85 → 0.92, en 0.64 → 0.91.
  // Round 18: "Ab wann …" read as a time question in the ranking (sentence-score.ts rankingTypeOf): 0.92 → 1 (floor 0.84 → 0.92).
  ['cannabis', 'de', 13, 1, 0.92],
  ['cannabis', 'en', 11, 0.91, 0.82],
  // Held out in round 9 (written blind, measured once: these figures), a tuning dossier since.
  // Round 11: "Was heißt/bedeutet …?" no longer searches the framing verb (question-frame.ts frameVerbAt): 0.69 → 0.77.
  ['atom', 'de', 13, 0.77, 0.69],
  ['atom', 'en', 12, 0.92, 0.83],
  // Held out in round 10 (written blind, measured once: de 0.77, en 0.45), a tuning dossier since. Round 11: a
  // capitalized sea adjective ("the Baltic") also searches its sea (english-lookup.ts seaNameLookup), German fractions
  // state a figure (states-answer.ts), and the ingestion rules take 3 boilerplate passages out (53 → 50): en 0.45 → 0.64 together.
  ['sturmflut', 'de', 13, 0.77, 0.69],
  // Round 15: a lowercase word after a determiner searches Ding's nouns first ("the surge" → Welle, not pumpen): 0.64 → 0.73.
  // Round 25: phrasal verbs' news senses (english-phrasal-verbs.ts, "call-outs" → Einsatz): 8 → 9 of 11 (floor 0.64 → 0.72).
  ['sturmflut', 'en', 11, 0.82, 0.72],
  // Held out in round 11 (written blind, measured once: these figures), a tuning dossier since.
  // Round 15: synonyms of a compound's parts at half the synonym weight (query-weights.ts PART_SYNONYM_FACTOR): 0.86 → 0.93.
  ['erdbeben', 'de', 14, 0.93, 0.85],
  // Round 13: English months and weekdays name nothing the passages must write (unknown-name.ts CALENDAR): 0.83 → 0.92.
  ['erdbeben', 'en', 12, 0.92, 0.83],
  // Held out in round 12 (written blind, measured once: 0.85), a tuning dossier since. Round 13's ingestion rules (46
  // passages, was 48: a poll, a link list, a table note and reader posts out) left R@3 where it was; the surface-form
  // BM25 term (sentence-score.ts SURFACE_SHARE) took it to 0.92.
  ['landtagswahl', 'de', 13, 0.92, 0.84],
  // Round 15: a lowercase word after a determiner searches Ding's nouns first (english-query.ts nounsFirst): 0.55 → 0.64.
  // Round 25: "ever" skipped as a function word (english-words.ts; its German jemals/je is rarely written, "schlechtestes
  // Ergebnis seit 1950"): 7 → 8 of 11 (floor 0.55 → 0.64).
  ['landtagswahl', 'en', 11, 0.73, 0.64],
  // Held out in round 13 (written blind, measured once after every choice of the round: German 0.79, English 0.64).
  // Round 14: a "wie weit fahren …" question answered by the place the trains end at (states-answer.ts DESTINATION),
  // German 11 → 12 of 14 (floor 0.71 → 0.78).
  // Round 28: a separable particle is never joined to an article (separable-verbs.ts; "der … an" searched "ander"):
  // 12 → 13 of 14 (floor 0.78 → 0.85).
  ['bahnstreik', 'de', 14, 0.93, 0.85],
  // Round 15: plural nouns first ("trains" → Züge, english-lookup.ts pluralNoun) 0.64 → 0.73, then "the strike" → Streik
  // (nounsFirst) cost one question whose passage lacks the word: 0.64.
  // Round 27: "S-Bahn" one English word, searched as the text writes it (english-words.ts): 7 → 8 of 11 (floor 0.55 → 0.64).
  ['bahnstreik', 'en', 11, 0.73, 0.64],
  // Held out in round 14 (written blind, measured once after every choice of the round: these figures).
  ['tauchboot', 'de', 14, 0.79, 0.71],
  // Round 17: a clipping's own Ding senses follow its full word's ("the sub" → Unterseeboot, not Ersatzspieler;
  // english-lookup.ts singleEntries): 0.45 → 0.55.
  ['tauchboot', 'en', 11, 0.55, 0.45],
  // Held out in round 15 (written blind, measured once after every choice of the round: German 0.69, English 0.55).
  // Round 16's ingestion rules took its boilerplate passages out; one German answer passage fell from rank 3 to 4 as
  // the BM25 statistics changed (lo-de-12): 0.62, floor kept. Round 17: synonyms whose stem is spelled like a stop
  // word are not searched (analyzer.ts synonymsOfTerm): 0.62 → 0.69, floor kept (one question below).
  ['loewin', 'de', 13, 0.69, 0.61],
  ['loewin', 'en', 11, 0.55, 0.45],
  // Held out in round 16 (written blind, measured once after every choice of the round: German 0.62, English 0.82).
  // Round 17's ingestion rules (52 passages, was 53: kicker, breadcrumb, notes, captions and prompts out), "geworden"
  // a stop word like "wurde" (stop-words.ts) and round 17's abstention (a full name answers "welche Politiker",
  // expected-name.ts; "geworden" belongs to the age idiom, expected-answer.ts): 8 → 11 of 13 (floor 0.53 → 0.77).
  ['benedikt', 'de', 13, 0.85, 0.77],
  // Round 17: English news phrases Ding lacks (english-news-phrases.ts, "lie in state" → aufgebahrt; the phrase was
  // taken from this dossier's miss list, so the gain is fitted): 9 → 10 of 11 (floor 0.72 → 0.82).
  ['benedikt', 'en', 11, 0.91, 0.82],
  // Held out in round 17 (written blind, measured once after every choice of the round: these figures).
  // Round 18: why-questions prefer a sentence stating a cause (sentence-score.ts rankingTypeOf): 0.62 → 0.69 (floor 0.54 → 0.61).
  // Round 24: sentence adverbs and ordinals searched without thesaurus synonyms (adverbs.ts): 0.69 → 0.77.
  // Round 30: "32 Bauwerke" counts bridges (counted-kinds.ts): 10 → 11 of 13 (floor 0.69 → 0.77).
  ['carola', 'de', 13, 0.85, 0.77],
  // Round 18: a modifier after a determiner searches Ding's adjectives first when its first sense is one
  // (english-modifier.ts; "the last one" → letzte, not Bestand): 3 → 4 of 11 (floor 0.18 → 0.27).
  // Round 20: "before" and "after" are skipped like the other prepositions whose German is a stop word
  // (english-words.ts): 4 → 5 of 11 (floor 0.27 → 0.36).
  // Round 24: a word's common sense that shares most passages with the question's other words also counts in full (english-senses.ts): 5 → 6 of 11 (floor 0.36 → 0.45).
  ['carola', 'en', 11, 0.55, 0.45],
  // Held out in round 18 (written blind, measured once after every choice of the round: these figures).
  ['vulkan', 'de', 14, 0.64, 0.57],
  // Round 19: a name written without its accents ("Grindavik") is known where the passages write "Grindavík"
  // (unknown-name.ts): the question is answered, 4 → 5 of 12 in the top 3; and the analysis folds accents other than
  // umlauts (words.ts foldGerman), so "Reykjavik" meets "Reykjavík": 5 → 6 of 12 (floor 0.25 → 0.42). Round 20: an
  // ordinal before the counted thing counts the series ("der vierte Ausbruch", states-answer.ts): 6 → 7 of 12 (floor 0.42 → 0.5).
  // Round 24: a word's common sense that shares most passages with the question's other words also counts in full (english-senses.ts): 7 → 8 of 12 (floor 0.5 → 0.58).
  // Round 25: phrasal verbs' news senses (english-phrasal-verbs.ts, "pulling apart" → auseinander): 8 → 9 of 12 (floor 0.58 → 0.66).
  ['vulkan', 'en', 12, 0.75, 0.66],
  // Held out in round 19 (written blind, measured once after every choice of the round: 0.86 and 0.5). Round 20: "vor
  // genau 120 Jahren" answers "in welchem Jahr", "fünfmal"/"elfmal" answer a count (states-answer.ts): German 12 → 13 of
  // 14 (floor 0.79 → 0.86), English 6 → 8 of 12 (floor 0.42 → 0.58).
  ['meister', 'de', 14, 0.93, 0.86],
  // Round 24: a word's common sense that shares most passages with the question's other words also counts in full (english-senses.ts): 8 → 9 of 12 (floor 0.58 → 0.66).
  // Round 25: phrasal verbs' news senses (english-phrasal-verbs.ts, "take charge" → übernehmen): 9 → 10 of 12 (floor 0.66 → 0.75).
  ['meister', 'en', 12, 0.83, 0.75],
  // Held out in round 20 (written blind, measured once after every choice of the round: 0.92 and 0.64). Round 21,
  // LOWERED on purpose by the ingestion fixes: dropping the Südostschweiz ad between "Anzeige" and "Anzeige Ende" moved
  // BM25's statistics so that nb-de-04's answer fell from rank 3 to 4 by 0.001 (the scinexx sub-headline the dossier
  // lists as boilerplate, "Physik-Nobelpreis 2023 würdigt …", is no passage now but its section heading, html.ts
  // subHeadlineAsHeading, so nb-de-01 keeps its words): German 12 → 11 of 13 (floor 0.84 → 0.77).
  // Round 24: sentence adverbs and ordinals searched without thesaurus synonyms (adverbs.ts): 0.85 → 0.92.
  ['nobel', 'de', 13, 0.92, 0.85],
  // Round 21: a time unit after a metric prefix states a duration ("250 Attosekunden", units.ts TIME_UNIT), so
  // "How long did each of Agostini's pulses last?" is answered, not declined: 7 → 8 of 11 (floor 0.54 → 0.63).
  ['nobel', 'en', 11, 0.73, 0.63],
  // Held out in round 21 (written blind, measured once after every choice of the round: these figures).
  // Round 22: a number after a capitalised word labels nothing when a noun of what is counted follows it ("erhielt die
  // Schweiz 365 Punkte", figure-roles.ts isLabel): es-de-12 answered, 10 → 11 of 13 (floor 0.69 → 0.77).
  ['esc', 'de', 13, 0.85, 0.77],
  ['esc', 'en', 11, 0.91, 0.81],
  // Held out in round 22 (written blind, measured once after every choice of the round: these figures).
  ['galeria', 'de', 13, 0.77, 0.69],
  // Round 23: a Ding headword's plural sub-entry counts as fully as the headword (scripts/lexicon-sources.ts), so
  // "stores" searches Lager first, no longer the plural-only Material / Gerät: gk-en-11 found, 9 → 10 of 12 (floor 0.66 → 0.75).
  // Round 29: nouns' news senses before Ding's general ones (english-news-senses.ts, "union" → Gewerkschaft): 10 → 11 of 12 (floor 0.75 → 0.83).
  ['galeria', 'en', 12, 0.92, 0.83],
  // Held out in round 23 (written blind, measured once after every choice of the round: 0.71 and 0.58). Round 24: a
  // counted word met through a synonym of the sentence's word ("Verbindungen" / "7000 Flüge", states-answer.ts) answers
  // cs-de-10: German 10 → 11 of 14 (floor 0.64 → 0.71); a name the candidates write in the singular ("Macs" / "Mac-")
  // or only in their article's title ("PCs", unknown-name.ts) is known: English 7 → 9 of 12 (floor 0.5 → 0.66).
  ['crowdstrike', 'de', 14, 0.79, 0.71],
  // Round 29: clock-time questions prefer a sentence stating a clock time (sentence-score.ts rankingTypeOf, "what time did
  // the bad crowdstrike update go out"): English 9 → 10 of 12 (floor 0.66 → 0.75).
  ['crowdstrike', 'en', 12, 0.83, 0.75],
  // Held out in round 24 (written blind, measured once after every choice of the round: these figures).
  // Round 25: "abgebrannt" meets "Brand" (derivation.ts, the bare noun of a separably prefixed verb): 0.77 → 0.85.
  ['notredame', 'de', 13, 0.85, 0.77],
  // Round 25: phrasal verbs' news senses (english-phrasal-verbs.ts, "in charge" → verantwortlich): 7 → 8 of 11 (floor 0.54 → 0.63).
  // Round 29: nouns' news senses before Ding's general ones (english-news-senses.ts, "state" → Staat): 8 → 9 of 11 (floor 0.63 → 0.72).
  ['notredame', 'en', 11, 0.82, 0.72],
  // Held out in round 25 (written blind, measured once after every choice of the round: these figures; 8 of 24 answerable
  // questions declined, and a declined question counts as a miss).
  // Round 26: a joined separable verb also yields its marked bare verb stem (separable-verbs.ts): "nimmt" meets
  // "einnehmen", lq-de-10 found: 7 → 8 of 13 (floor 0.46 → 0.54).
  // Round 29: a German question's name every other candidate writes (the dossier's subject, "Lecanemab", "Leqembi") need
  // not be repeated by the stating passage (named-subject.ts given): lq-de-07, lq-de-08 answered, 8 → 10 of 13 (floor 0.54 → 0.69).
  ['lecanemab', 'de', 13, 0.77, 0.69],
  // Round 26: a Ding phrase the corpus lacks is searched by its thesaurus phrase synonyms ("United States" →
  // Vereinigte Staaten → USA, english-query.ts): English 5 → 6 of 11 (floor 0.36 → 0.45).
  ['lecanemab', 'en', 11, 0.55, 0.45],
  // Held out in round 26 (written blind, measured once after every choice of the round: 0.85 and 0.64). Round 27: SR's
  // summary box, whose points the story retells, no longer ranks first (boxes.ts: lv-de-01, lv-de-04), and a question
  // noun the corpus cannot split is split with general nouns ("Festnahmewelle", general-split.ts: lv-de-08, which had
  // split only through the boilerplate "Saarlandwelle"): 11 → 13 of 13 (floor 0.77 → 0.92).
  ['louvre', 'de', 13, 1, 0.92],
  ['louvre', 'en', 11, 0.64, 0.54],
  // Held out in round 27 (written blind, measured once after every choice of the round: these figures).
  ['wolf', 'de', 13, 0.77, 0.69],
  // Round 28: a two-noun phrase whose only found sense one of its words gives alone is read word by word
  // (english-phrases.ts addsNothing: "wolf packs" → Wolf and Rudel, not Wölfe alone): 9 → 10 of 11 (floor 0.73 → 0.82).
  ['wolf', 'en', 11, 0.91, 0.82],
  // Held out in round 28 (written blind, measured once after every choice of the round: these figures).
  // Round 29: "Welche Behörde" is answered by an institution written as a compound common noun ("der
  // Generalbundesanwalt", institution-role.ts): tg-de-04 no longer declined, 8 → 9 of 13 (floor 0.53 → 0.61).
  ['tesla', 'de', 13, 0.69, 0.61],
  ['tesla', 'en', 11, 0.64, 0.54],
  // Held out in round 29 (written blind, measured once after every choice of the round: these figures).
  // Round 30: a count written with the general noun heading a compound the sentence lists beside the counted word
  // (states-answer.ts countsNamedKind: "Pkw und … Nutzfahrzeugen … 850.000 Fahrzeuge"): 7 → 8 of 13 (floor 0.46 → 0.54).
  // Round 30: a demonstrative used alone reads the sentence before (anaphora.ts, "schätzt diese auf 1,7 bis 1,9 Milliarden
  // Dollar"): 8 → 9 of 13 (floor 0.54 → 0.61).
  ['keybridge', 'de', 13, 0.69, 0.61],
  ['keybridge', 'en', 11, 0.73, 0.63],
  // Held out in round 30 (written blind, measured once after every choice of the round: these figures).
  ['gotthard', 'de', 13, 0.69, 0.61],
  ['gotthard', 'en', 11, 0.73, 0.63],
] as const)('retrieval quality on the %s dossier (lexical mode), %s questions', (name, lang, n, reached, floor) => {
  it(`GIVEN its ${n} answerable questions THEN R@3 stays at or above ${floor} (reached: ${reached})`, async () => {
    const run = await lexicalRun(name);
    const row = rowsFor(name, 'lexical', [run]).find((r) => r.lang === lang && r.half === 'all')!;
    expect(row.n).toBe(n);
    expect(row.recall3).toBeGreaterThanOrEqual(floor);
  });
});

/** One abstention guard: dossiers (pooled when several), their unanswerable and answerable questions, the fewest of the
 * first and the most of the second that may be declined, and what was reached when the guard was last set. */
type Guard = { dossiers: string[]; unanswerable: number; answerable: number; atLeast: number; atMost: number; reached: [number, number] };

const GUARDS: Guard[] = [
  // The six older tuning dossiers pooled (`npm run eval -- --modes lexical`): what round 6 reached (relevance.ts:
  // unknown names, the stated figure's share of the question), one question of slack each way.
  // Round 10, the name check (expected-name.ts): unanswerable 31 → 33 of 47, answerable 12 → 13 of 145 (the ceiling
  // keeps one question of slack, so it rises 0.09 → 14 of 145).
  // Round 13: the surface-form BM25 term (sentence-score.ts SURFACE_SHARE) and "Who is the CEO of …" asking for a
  // name (expected-name.ts WHO_IS), measured together: 33 → 34 of 47 and 13 → 12 of 145 (floor 32 → 33, ceiling 14 → 13).
  // Round 15: a number right after a capitalised word labels a thing and counts nothing (figure-roles.ts isLabel):
  // 34 → 35 of 47, answerable unchanged (floor 33 → 34).
  // Round 17: a place after "in" is no name of a hotel (expected-name.ts): 35 → 36 of 47; English news phrases Ding
  // lacks (english-news-phrases.ts): "health insurers" now reaches Krankenkassen, so one unanswerable fiebersaft
  // question is answered, and one answerable one is no longer declined: 35 of 47 and 11 of 145 (floor 34, ceiling 13 → 12).
  // Round 18: "who heads …" asks for a person's full name (expected-name.ts WHO_HEADS): 35 → 36 of 47 (deutschlandticket).
  // Round 20: a unit is named by a whole word or a compound's head ("Kilometer" names no kilograms, states-answer.ts
  // wordTerms): 36 → 37 of 47 (juice; floor 35 → 36).
  // Round 22: 37 → 36 of 47: juice's ho-un-03 had been declined only because "Rund 100 Menschen" at a sentence's start
  // read as a label ("Rund 100"); a count noun after the number now makes it a count (figure-roles.ts isLabel).
  // Round 23: a figure about another place than the one a German question names answers nothing
  // (retrieval/named-subject.ts): 36 → 37 of 47 (juice "in Toulouse").
  // Round 24: a number beside a month names a day and counts nothing (figure-roles.ts namesDay): answerable 11 → 12 of
  // 145 — fiebersaft's "How many drugs does the health minister's price move cover?", answered until then from "ab dem
  // 1. Februar eine Maßnahme …" with its answer passage 8th, is declined. The ceiling stays 12 (no slack left).
  // Round 25: a strong verb's ablaut noun searched (derivation.ts): rhodos's "seit wann brennt es" answered, 12 → 11.
  { dossiers: ['court', 'juice', 'wm2023', 'fiebersaft', 'deutschlandticket', 'rhodos'], unanswerable: 47, answerable: 145, atLeast: 36, atMost: 12, reached: [37, 11] },
  // sturmflut (held out in round 10, a tuning dossier since): round 11 took its declined answerable questions from 6 to
  // 3 of 24 (English 5 → 2 of 11: "the Baltic" read as the adjective "baltisch", "etwa ein Drittel" not read as a
  // figure); its unanswerable declined stayed 5 of 8. Round 15: "welche windgeschwindigkeit" expects a figure
  // (expected-answer.ts MEASURE, physical dimensions): 5 → 6 of 8 (floor 4 → 5). Round 18: "Tausende" without a figure
  // before it states none (figure-roles.ts isVague): 6 → 7 of 8 (floor 5 → 6).
  // Round 27: English questions checked for the place they name too (retrieval/named-subject.ts; "What was the damage
  // in Flensburg in euros?" over a Schleswig-Holstein sum): 7 → 8 of 8 (floor 6 → 7).
  { dossiers: ['sturmflut'], unanswerable: 8, answerable: 24, atLeast: 7, atMost: 4, reached: [8, 3] },
  // landtagswahl (held out in round 12, a tuning dossier since): round 13 took its unanswerable declined from 3 to 6 of
  // 8 (a share is no count; "wer war der Spitzenkandidat der …", "who will be the president of …" ask for a name) and
  // its answerable declined from 4 to 2 of 24 ("Free Voters" → Freie Wähler, names-en.ts).
  // Round 27 (7 of 8 at its start): English questions checked for the place they name too (retrieval/named-subject.ts;
  // "What was the CSU's vote share in Munich?" over Bavaria's share): 7 → 8 of 8 (floor 5 → 7).
  { dossiers: ['landtagswahl'], unanswerable: 8, answerable: 24, atLeast: 7, atMost: 3, reached: [8, 2] },
  // bahnstreik (held out in round 13, a tuning dossier since): measured once blind at 6 of 8 unanswerable and 3 of 25
  // answerable declined; round 14's destination answer (states-answer.ts DESTINATION) took the second to 2 of 25.
  // Round 23: the organisation a German question names ("GDL") must be in the stating passage (retrieval/named-subject.ts):
  // 6 → 7 of 8 (floor 5 → 6); answerable 1 of 25 at that measurement (ceiling 3 → 2).
  // Round 30: "Was verdient …" goes with the interrogative (expected-answer.ts MONEY_OPENING): 7 → 8 of 8 (floor 6 → 7).
  { dossiers: ['bahnstreik'], unanswerable: 8, answerable: 25, atLeast: 7, atMost: 2, reached: [8, 1] },
  // loewin (held out in round 15, written blind, measured once after every choice of the round): 6 of 8 unanswerable
  // and 1 of 24 answerable declined; after round 16's ingestion rules 2 of 24 (lo-en-07 had been answered from a B.Z.
  // app prompt, a boilerplate passage, not from its answer). Round 17: "send in" looked up whole (english-phrases.ts)
  // took answerable declined 2 → 1 of 24; the ceiling stays 2.
  { dossiers: ['loewin'], unanswerable: 8, answerable: 24, atLeast: 5, atMost: 2, reached: [6, 1] },
  // benedikt (held out in round 16, written blind, measured once after every choice of the round): 3 of 8 unanswerable
  // and 3 of 24 answerable declined. Round 17 (a tuning dossier): a sum "gekostet", a count of cardinals not answered by
  // "Menschen", "welcher Arzt" asking for a name (declined); a full name for "welche Politiker", "geworden" in an age
  // question (answered; also a stop word, stop-words.ts); "lie in state" (english-news-phrases.ts): 6 of 8 and 0 of 24.
  { dossiers: ['benedikt'], unanswerable: 8, answerable: 24, atLeast: 5, atMost: 1, reached: [6, 0] },
  // carola (held out in round 17, written blind, measured once after every choice of the round): 3 of 8 unanswerable
  // and 3 of 24 answerable declined. Round 18 (a tuning dossier): "seit zwanzig Jahren" measures years and counts no
  // households (states-answer.ts), a count of tonnes needs the unit itself beside the figure (expected-answer.ts UNIT),
  // "wer leitet" asks for a full name (expected-name.ts WHO_HEADS): 3 → 6 of 8.
  // Round 30: "32 Bauwerke" counts bridges (counted-kinds.ts): answerable 3 → 2 of 24 (ceiling 4 → 3).
  { dossiers: ['carola'], unanswerable: 8, answerable: 24, atLeast: 5, atMost: 3, reached: [6, 2] },
  // vulkan (held out in round 18, written blind, measured once after every choice of the round): 7 of 8 unanswerable
  // and 8 of 26 answerable declined (English 6 of 12), the most answerable questions any blind dossier has lost to
  // abstention: a ceiling to bring down, not a target. Round 19: names written without their accents are known
  // (unknown-name.ts knownNear): answerable 8 → 6 of 26, and "Which company is the biggest employer in Grindavik?",
  // declined only because "Grindavik" looked unknown, is answered: 7 → 6 of 8 (floor 6 → 5, ceiling 9 → 7). Round 20:
  // "der vierte Ausbruch" counts eruptions (states-answer.ts ORDINAL): answerable 6 → 5 of 26 (ceiling 7 → 6).
  { dossiers: ['vulkan'], unanswerable: 8, answerable: 26, atLeast: 5, atMost: 6, reached: [6, 5] },
  // meister (held out in round 19, written blind, measured once after every choice of the round): 4 of 8 unanswerable
  // and 7 of 26 answerable declined (English 6 of 12, as on vulkan a round before): a ceiling to bring down. Round 20: a
  // year counted back ("vor genau 120 Jahren") and a count written with "-mal" ("Fünfmal", "Elfmal hintereinander")
  // state the answer (states-answer.ts): 7 → 4 of 26 (ceiling 8 → 5); unanswerable unchanged.
  { dossiers: ['meister'], unanswerable: 8, answerable: 26, atLeast: 3, atMost: 5, reached: [4, 4] },
  // nobel (held out in round 20, written blind, measured once after every choice of the round): 5 of 8 unanswerable
  // and 1 of 24 answerable declined, the first blind dossier to meet both abstention aims with this few answerable lost.
  // Round 21: "250 Attosekunden" states a duration (units.ts TIME_UNIT): answerable 1 → 0 of 24 (ceiling 2 → 1).
  { dossiers: ['nobel'], unanswerable: 8, answerable: 24, atLeast: 4, atMost: 1, reached: [5, 0] },
  // esc (held out in round 21, written blind, measured once after every choice of the round): 3 of 8 unanswerable and
  // 3 of 24 answerable declined (all three German): a ceiling to bring down and a floor to raise. Round 22: "die Schweiz
  // 365 Punkte" is a count, not a label (figure-roles.ts isLabel): answerable 3 → 2 of 24 (ceiling 4 → 3); a clock time
  // ("ab 21 Uhr") states no amount: unanswerable 3 → 4 of 8 (floor 2 → 3).
  // Round 23: points stated for another country than the one a German question names answer nothing
  // (retrieval/named-subject.ts, "Wie viele Punkte hat Israel …"): 4 → 5 of 8 (floor 3 → 4).
  // Round 27: English questions too ("How many points did Ukraine get?" over Germany's points): 5 → 6 of 8 (floor 4 → 5).
  { dossiers: ['esc'], unanswerable: 8, answerable: 24, atLeast: 5, atMost: 3, reached: [6, 2] },
  // galeria (held out in round 22, written blind, measured once after every choice of the round): 5 of 8 unanswerable
  // and 1 of 25 answerable declined. Round 23 (a tuning dossier): "wie viel Umsatz", "how much severance" ask for a sum
  // of money (expected-answer.ts MONEY_WORD), which "rund 1400 Arbeitsplätze" and "im Herbst 2023" do not state; a bare
  // year states no amount (figure-roles.ts namesYear): 5 → 7 of 8 (floor 4 → 6), answerable unchanged.
  { dossiers: ['galeria'], unanswerable: 8, answerable: 25, atLeast: 6, atMost: 2, reached: [7, 1] },
  // crowdstrike (held out in round 23, written blind, measured once after every choice of the round): 7 of 8
  // unanswerable and 5 of 26 answerable declined (English 3 of 12): the answerable figure is a ceiling to bring down.
  // Round 24: a synonym of the sentence's word may name what is counted, a name written in the singular or in the
  // article's title is known (see the R@3 floors): answerable 5 → 2 of 26 (ceiling 6 → 3); a number beside a month names
  // a day and counts nothing ("am 19. Juli Flughäfen", figure-roles.ts namesDay): unanswerable 7 → 8 of 8 (floor 6 → 7).
  { dossiers: ['crowdstrike'], unanswerable: 8, answerable: 26, atLeast: 7, atMost: 3, reached: [8, 2] },
  // notredame (held out in round 24, written blind, measured once after every choice of the round): 5 of 8
  // unanswerable and 3 of 24 answerable declined (German 2 of 13). Round 25: "wann ist notre-dame abgebrannt" meets
  // "Brand" (derivation.ts) and is answered: 3 → 2 (ceiling 4 → 3).
  { dossiers: ['notredame'], unanswerable: 8, answerable: 24, atLeast: 4, atMost: 3, reached: [6, 1] },
  // lecanemab (held out in round 25, written blind, measured once after every choice of the round): 4 of 8 unanswerable
  // and 8 of 24 answerable declined (German 4 of 13, English 4 of 11), the most of any blind dossier.
  // Round 26: "Bei wie viel Prozent …" asks for a share (expected-answer.ts SHARE_QUESTION) and is declined: 4 → 5.
  // Round 26: a Ding phrase searched by its thesaurus phrase synonyms ("United States" → USA) answers lq-en-10: 8 → 7.
  // Round 29: the dossier's subject need not be named by the stating passage (named-subject.ts given): 7 → 5 (ceiling 8 → 6).
  // Round 30: "Was kostet …" goes with the interrogative (expected-answer.ts MONEY_OPENING): 5 → 6 of 8 (floor 4 → 5).
  { dossiers: ['lecanemab'], unanswerable: 8, answerable: 24, atLeast: 5, atMost: 6, reached: [6, 5] },
  // louvre (held out in round 26, written blind, measured once after every choice of the round): 6 of 8 unanswerable
  // and 1 of 24 answerable declined.
  { dossiers: ['louvre'], unanswerable: 8, answerable: 24, atLeast: 5, atMost: 2, reached: [6, 1] },
  // wolf (held out in round 27, written blind, measured once after every choice of the round): 4 of 8 unanswerable
  // and 4 of 24 answerable declined. Round 28: a word after a bare "in" is a place the candidates must write
  // (place-name.ts: "in Bayern", "in liechtenstein"): unanswerable 4 → 6 of 8 (floor 3 → 5); "wolf packs" searches
  // Rudel (english-phrases.ts addsNothing): answerable 4 → 3 of 24 (ceiling 5 → 4).
  { dossiers: ['wolf'], unanswerable: 8, answerable: 24, atLeast: 5, atMost: 4, reached: [6, 3] },
  // tesla (held out in round 28, written blind, measured once after every choice of the round): 5 of 8 unanswerable
  // and 5 of 24 answerable declined. Round 29: "Welche Behörde" answered by "der Generalbundesanwalt"
  // (institution-role.ts): answerable 5 → 4 of 24 (ceiling 6 → 5).
  { dossiers: ['tesla'], unanswerable: 8, answerable: 24, atLeast: 4, atMost: 5, reached: [5, 4] },
  // keybridge (held out in round 29, written blind, measured once after every choice of the round): 3 of 8 unanswerable
  // and 5 of 24 answerable declined (all five German). Round 30: "850.000 Fahrzeuge" beside "Pkw und
  // Nutzfahrzeuge" counts cars (states-answer.ts countsNamedKind): answerable 5 → 4 of 24 (ceiling 6 → 5); a height
  // is not stated by a width (figure-roles.ts givesOtherDimension), "Wie hießen …" asks for names (expected-name.ts
  // NAME_VERB): unanswerable 3 → 5 of 8 (floor 2 → 4).
  // Round 30: the demonstrative reads the sentence before (anaphora.ts): answerable 3 → 2 of 24 (kb-de-03; 3 at the
  // start of this branch, after the round's earlier rules), ceiling 5 → 3.
  { dossiers: ['keybridge'], unanswerable: 8, answerable: 24, atLeast: 4, atMost: 3, reached: [5, 2] },
  // gotthard (held out in round 30, written blind, measured once after every choice of the round): 5 of 8 unanswerable
  // and 2 of 24 answerable declined.
  { dossiers: ['gotthard'], unanswerable: 8, answerable: 24, atLeast: 4, atMost: 3, reached: [5, 2] },
  // heizung, intel and cannabis pooled: round 9 (ordinals no figures, sums asked with "wie hoch"/"was kostet", the
  // English coverage offset) took them from 12 to 15 of 24 unanswerable declined and from 5 to 1 of 72 answerable;
  // round 10's name check (expected-name.ts) 15 → 18 of 24 unanswerable, answerable unchanged, and a measure noun
  // expecting a figure (expected-answer.ts MEASURE) 18 → 19 and 1 → 2 ("Welche Summe will der Chiphersteller …
  // ausgeben?", missed at @3 anyway). Round 18: a figure before a unit of time, money or length counts nothing else
  // (states-answer.ts): 19 → 20 of 24 (intel).
  { dossiers: ['heizung', 'intel', 'cannabis'], unanswerable: 24, answerable: 72, atLeast: 19, atMost: 2, reached: [20, 2] },
  // atom, erdbeben and tauchboot (tuning dossiers since rounds 11, 12 and 15): round 15 took their unanswerable declined
  // from 10 to 15 of 24 (physical dimensions and sums without "wie viel" expected, expected-answer.ts; a year for "in
  // welchem Jahr"; "Isar 2" no count, states-answer.ts; an English count ends at a past verb, "how many ships took
  // part"), answerable unchanged at 7 of 76. Round 17: a sum of a named kind needs that kind in its sentence ("wie viel
  // Gewerbesteuer", expected-answer.ts MONEY_NOUN) and a word after a determiner names nobody ("am Freitag",
  // expected-name.ts) and a German role is read by its own word ("Chef" is no "Präsident"): 15 → 18 of 24 (floor 14 →
  // 17); "the sub" searched as "submarine" (english-lookup.ts singleEntries): answerable 7 → 6 of 76 (ceiling 8 → 7).
  // Round 18: "wer leitet …" asks for a person's full name (expected-name.ts WHO_HEADS): 18 → 19 of 24 (floor 17 → 18,
  // erdbeben).
  // Round 27 (20 of 24 at its start): English questions checked for the place they name too (retrieval/named-subject.ts;
  // atom "How many jobs will be lost at the Emsland plant?" over Neckarwestheim's): 20 → 21 of 24 (floor 18 → 20).
  { dossiers: ['atom', 'erdbeben', 'tauchboot'], unanswerable: 24, answerable: 76, atLeast: 20, atMost: 7, reached: [21, 6] },
];

// One question of slack each way unless a comment says otherwise (`node dist/bench/eval.js --modes lexical`).
describe.each(GUARDS.map((g) => [g.dossiers.join(', '), g] as const))('abstention on %s (lexical mode)', (label, g) => {
  it(`GIVEN ${g.unanswerable} unanswerable and ${g.answerable} answerable questions THEN at least ${g.atLeast} of the first (reached: ${g.reached[0]}) and at most ${g.atMost} of the second are declined (reached: ${g.reached[1]})`, async () => {
    const row = rowsFor(label, 'lexical', await Promise.all(g.dossiers.map(lexicalRun))).find((r) => r.lang === 'all' && r.half === 'all')!;
    expect(row.n).toBe(g.answerable);
    expect(row.abstention).toBeGreaterThanOrEqual(g.atLeast / g.unanswerable);
    expect(row.falseAbstention).toBeLessThanOrEqual(g.atMost / g.answerable);
  });
});

const runs = new Map<string, Promise<DossierRun>>();
/** One lexical run per dossier for all of its checks. */
function lexicalRun(name: string): Promise<DossierRun> {
  const dossier = loadDossiers().dossiers.find((d) => d.name === name);
  if (!dossier) throw new Error(`dossier ${name} missing from test/eval/dossiers.json`);
  const { corpusDir: _c, embeddingsDir: _e, ...options } = engineOptions({ corpusDir: '', embeddingsDir: '' }); // runDossier sets both
  return runs.get(name) ?? runs.set(name, runDossier(dossier, { workDir: tempDir(), options, modes: ['lexical'], baseline: false })).get(name)!;
}
