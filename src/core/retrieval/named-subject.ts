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
 * Round 25, twenty-six tuning dossiers, lexical, measured and NOT kept: English questions again, each name by its
 * translation (the terms the question loses without it) and its own terms as written, abbreviations of one or two
 * letters ("St Peter's") and Germany (which national news leaves unnamed: "beim Bundesinstitut … gemeldet") left out,
 * a passage term starting with a name's term of five letters or more counting ("Petersdom", "afrikanischen"), and the
 * article's title counting as the passage's (as unknown-name.ts `nameTermsOf`) → unanswerable declined 79.0 → 80.8 %
 * (+4: atom "Emsland plant" over Neckarwestheim, sturmflut "Flensburg" over Schleswig-Holstein, landtagswahl "CSU …
 * in Munich", esc "Ukraine" over Germany's points), answerable declined 5.2 → 5.5 % (+2: galeria "the Wuppertal
 * store", answered before only by "Rund 110 Menschen arbeiten dort" about Wiesbaden, its own "Rund 90 Frauen und
 * Männer arbeiten derzeit in dem Haus" holding 0.25 of the rest; bahnstreik "around Leipzig", answered before by a
 * Dortmund sentence, wrong at @3), English R@3 77.0 → 76.7, German unchanged. Without the title, prefix, as-written
 * and short-abbreviation parts: 79.0 → 80.8 % / 5.2 → 6.2 % (St Petersburg, St Peter's, Mariazell, Windows PCs …).
 * Also tried: a hedge ("Rund", "Knapp") before a figure not read as a label's capitalised noun (states-answer.ts
 * `isLabel`) → no decision changed.
 */
import { isStopWord } from '../lexical/stop-words.js';
import { foldGerman, normalize } from '../lexical/words.js';
import { isGeneralNoun } from './expected-name.js';
import { ACRONYM, wordTokens } from './unknown-name.js';

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
 * A test of whether a passage's index terms hold every name of the German question (each by any of its search terms),
 * or null when it gives none. `queryTerms`: a phrase's search terms as retrieval reads them.
 */
export function namesGiven(question: string, queryTerms: (phrase: string) => readonly string[]): ((passageTerms: ReadonlySet<string>) => boolean) | null {
  const names = questionNames(question).map((name) => queryTerms(name)).filter((terms) => terms.length > 0);
  if (names.length === 0) return null;
  return (passageTerms) => names.every((terms) => terms.some((t) => passageTerms.has(t)));
}
