/**
 * The names a German question gives ("Wie viele Punkte hat Israel bekommen?", "Wie hoch war die Quote beim ORF?"): a
 * figure of the asked kind stated about another country, city or broadcaster answers nothing, so the sentence stating
 * it, or its passage, must name them too (by any of their search terms).
 * Round 23, twenty-four tuning dossiers, lexical (`node dist/bench/eval.js --modes lexical --json --dossier …`):
 * unanswerable declined +3 (juice "in Toulouse", bahnstreik "GDL", esc "Israel"), answerable +1 (intel: "Was kostet …
 * bei Intel", whose answer passage leaves the dossier's company unnamed), German R@3 −1. Measured and NOT kept: English
 * questions too (their capitalised words, unknown-name.ts `nameTokens`) → unanswerable +8, answerable +15 (schoigu,
 * benedikt, …: an English name reaches the text through a translation or the passage says "der Minister"); German
 * capitalised words after an article counted as names → +3 / +3 ("am ersten Verkaufstag", "die Pharmafirmen").
 * Round 25, twenty-six tuning dossiers, measured and NOT kept: English questions (`englishNames`) → unanswerable
 * declined 79.0 → 80.8 %, answerable 5.2 → 5.5 % (galeria "the Wuppertal store", bahnstreik "around Leipzig", each
 * answered before from another town's sentence); without the title, prefix, as-written and short-abbreviation parts
 * 79.0 → 80.8 % / 5.2 → 6.2 % (St Petersburg, St Peter's, Mariazell, Windows PCs …).
 * Round 27, twenty-eight tuning dossiers, lexical (`node dist/bench/eval.js --json --modes lexical`): English
 * questions checked, with three rules that give the right sentence its due — a passage naming the place lends it to
 * its sentences (`held`), "Rund 90 …" is no label (figure-roles.ts `isLabel`), "S-Bahn" is one word (english-words.ts)
 * → unanswerable declined 78.3 → 80.0 % (+4: atom "Emsland plant" over Neckarwestheim, sturmflut "Flensburg" over
 * Schleswig-Holstein, landtagswahl "CSU … in Munich", esc "Ukraine" over Germany's points), answerable declined
 * 5.8 → 5.8 % (galeria and lecanemab "at the Giessen university hospital" lost without `held`, galeria without the
 * hedge, bahnstreik without "S-Bahn"), English R@3 76.1 → 76.4 (bahnstreik), German unchanged; unanswerable declined
 * on both halves (tune 83.1 → 84.7 %, held 73.5 → 75.2 %). Hybrid (MODEL_ID multilingual-e5-small-q4): German 89.8
 * unchanged, English 82.7 → 83.0, unanswerable declined 68.9 → 71.1 %, answerable 4.5 → 4.4 %. Measured and not kept:
 * `held` for every name, acronyms and names every candidate writes too (before the "S-Bahn" rule): the same four
 * declined, four others answered (rhodos "Rhodes", wm2023 "Popp", schoigu, bahnstreik "GDL"), answerable declined −2
 * (carola, esc) +1 (bahnstreik); for acronyms too: unanswerable −1 (bahnstreik "Wann wollen sich GDL und Bahn …").
 */
import { isStopWord } from '../lexical/stop-words.js';
import { foldGerman, normalize } from '../lexical/words.js';
import { isGeneralNoun } from './expected-name.js';
import { ACRONYM, missingFrom, nameTokens, withoutName, wordTokens } from './unknown-name.js';

/**
 * German articles and prepositions fused with one (general grammar, 16 words): a capitalised word after one, or after
 * one and an adjective, is a common noun the general vocabulary may lack ("am ersten Verkaufstag", "die Pharmafirmen").
 */
const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|am|im|vom|zum|zur|beim)$/iu;

/**
 * The German question's names: acronyms, and capitalised words (German capitalises every noun) not opening it, not
 * after an article, that are no stop word and no general noun (lexicon.ts, also inflected or as a compound's head).
 */
export function questionNames(question: string): string[] {
  const words = wordTokens(question);
  const common = (i: number) => ARTICLE.test(words[i - 1]?.raw ?? '') || ARTICLE.test(words[i - 2]?.raw ?? '');
  return words
    .filter((w, i) => ACRONYM.test(w.token) || (/^\p{Lu}/u.test(w.raw) && !w.opensSentence && !isStopWord(foldGerman(normalize(w.token))) && !isGeneralNoun(w.token) && !common(i)))
    .map((w) => w.token);
}

/**
 * The English question's names (unknown-name.ts `nameTokens`: acronyms, capitalised words not opening it, no
 * nationality adjective, month or weekday), without abbreviations of one or two letters ("St Peter's", "Mt Etna"),
 * which the text spells out or leaves out, and each with its search terms: those the question loses without the name
 * (its translation — "Munich" → München, "Cologne" → Köln by the names list —, as unknown-name.ts reads names) and the
 * name's own terms as written (a translation can be another sense: "Peter" → the glossary's "Johann"). Germany is left
 * out (see HOME).
 */
function englishNames(question: string, evidence: NameTerms): Name[] {
  const all = evidence.queryTerms(question);
  return nameTokens(question, true)
    .filter((name) => ACRONYM.test(name.token) || name.token.length > 2)
    .map((name) => {
      const translated = missingFrom(all, evidence.queryTerms(withoutName(question, name)), (t) => t);
      return { terms: translated.length > 0 ? [...new Set([...translated, ...evidence.termsOf(name.token)])] : [], acronym: ACRONYM.test(name.token) };
    })
    .filter(({ terms }) => terms.length > 0 && !terms.includes(HOME));
}

/**
 * The country of the German-language press, which its national news leaves unnamed ("beim Bundesinstitut …
 * gemeldet", "bundesweit") — "in Germany" asks nothing a figure must be placed by. One entry (folded index term).
 */
const HOME = 'deutschland';

/** What the check reads of the question: its phrases' search terms and a word's own index terms (answer-type.ts). */
export interface NameTerms {
  question: string;
  queryTerms(phrase: string): readonly string[];
  termsOf(text: string): readonly string[];
}

/**
 * Whether a passage's terms write a name by one of its terms, or (English questions) by a word starting with one of
 * five letters or more: German writes a place inside a compound or as an adjective ("Petersdom", "afrikanischen").
 */
const writes = (terms: readonly string[], passageTerms: ReadonlySet<string>, prefix: boolean) =>
  terms.some((t) => passageTerms.has(t)) || (prefix && [...passageTerms].some((p) => terms.some((t) => t.length >= 5 && p.startsWith(t))));

/** A name of the question: its search terms, and whether it is written as an acronym (an organisation: "GDL", "CSU"). */
interface Name {
  terms: readonly string[];
  acronym: boolean;
}

/** The names of the question, each by its search terms (English questions: see `englishNames`). */
function namesOf(evidence: NameTerms, english: boolean): Name[] {
  if (english) return englishNames(evidence.question, evidence);
  return questionNames(evidence.question)
    .map((name) => ({ terms: evidence.queryTerms(name), acronym: ACRONYM.test(name) }))
    .filter(({ terms }) => terms.length > 0);
}

/** What a question names, read against a passage's index terms (with its article's title, engine.ts). */
export interface NamedSubject {
  /**
   * Whether the passage writes every name of the question, but the dossier's subject: a name every one of the (at least
   * two) `others` passages writes need not be repeated ("die Ambulanz … 20 Patienten" in a passage on the drug's
   * clinic, when every other candidate names the drug).
   */
  given(passageTerms: ReadonlySet<string>, others?: readonly ReadonlySet<string>[]): boolean;
  /**
   * The terms of the question's names the passage writes, which its sentences need not repeat to be about them:
   * news sets the scene once ("Gießen." as dateline, "Wuppertal verliert sein letztes Kaufhaus") and goes on with "dort",
   * "in dem Haus" ("Rund 90 Frauen und Männer arbeiten derzeit in dem Haus"). Not a name every one of the `others`
   * passages writes: that is the dossier's subject, which places no figure ("Rhodos" for "How many people died in the
   * Rhodes wildfires?"); not an acronym: an organisation acts in the sentences that name it, the passage's other
   * sentences are about other actors ("GDL" in a passage on what the Bahn offers).
   */
  held(passageTerms: ReadonlySet<string>, others: readonly ReadonlySet<string>[]): string[];
}

/** The question's names as a passage is checked for them, or null when it gives none. */
export function namedSubject(evidence: NameTerms, english: boolean): NamedSubject | null {
  const names = namesOf(evidence, english);
  if (names.length === 0) return null;
  return {
    given: (passageTerms, others = []) => {
      const rest = others.filter((o) => o !== passageTerms);
      return names.every(({ terms, acronym }) => writes(terms, passageTerms, english) || (!english && !acronym && rest.length >= 2 && rest.every((o) => writes(terms, o, english))));
    },
    held: (passageTerms, others) =>
      names
        .filter(({ terms, acronym }) => !acronym && others.some((o) => !writes(terms, o, english)))
        .flatMap(({ terms }) => terms.filter((t) => writes([t], passageTerms, english))),
  };
}
