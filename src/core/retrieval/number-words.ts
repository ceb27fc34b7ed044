/**
 * How German and English news text writes a figure as a word: cardinal number words, compound cardinals
 * ("einundzwanzig"), and counts of repetitions ("fünfmal"). General grammar, not fitted to any dossier.
 */

/**
 * Cardinal number words (German, English) a figure can be written with. Ordinals are left out: "in der zweiten
 * Halbzeit" counts nothing; without them no decision of any dossier alone changed, and one fewer flips when all
 * dossiers are indexed together (`node dist/bench/eval.js --modes lexical --mixed`: 20 → 19 of 242).
 * German fractions count (round 11, 5 words): news text states a share as "etwa ein Drittel", "die Hälfte".
 */
export const NUMBER_WORD =
  '(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|vierzig|fünfzig|hundert|tausend|million|milliard|dutzend|doppelt|halb|hälfte|drittel|viertel|fünftel|zehntel|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|billion|dozen|twice|half)';
/**
 * A token that is a figure: digits, a number word, or a compound opening with one ("dreitägigen", "achtmal"). No
 * ordinal endings ("zweiten", "vierte", "zehnter"): "in einer zweiten Stufe" counts nothing (round 9, ten tuning
 * dossiers alone: unanswerable declined 55 → 56 of 91, answerable unchanged at 20 of 311).
 */
const SIMPLE_FIGURE = new RegExp(`^(?:\\p{N}|${NUMBER_WORD}(?:e[nrms]?|s|mal|fach\\p{L}*|\\p{L}*(?:tägig|jährig|stündig|wöchig|monatig|minütig)\\p{L}*)?$)`, 'iu');
/**
 * German writes a cardinal as one word built from number parts: "achtzigtausend", "einundzwanzig", "siebzehn",
 * "dreihundertfünfzig" (German grammar; "ein" and "und" count only inside such a word, so the article "ein" is none).
 */
const COMPOUND_CARDINAL = /^(?:(?:ein|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf|zwan|zig|ßig|ssig|und|hundert|tausend)){2,}$/iu;
/** A token that is a figure (digits, a number word or a compound of number parts). */
export const isFigure = (token: string) => SIMPLE_FIGURE.test(token) || (COMPOUND_CARDINAL.test(token) && !/^(?:(?:ein|und)+|einzig\p{L}*|und\p{L}*|zig\p{L}*|ßig\p{L}*)$/iu.test(token));

/**
 * "fünfmal", "Elfmal hintereinander", "3-mal": a figure counting how often what the sentence tells happened. It answers
 * a count of any kind: "elfmal Meister" is eleven titles, "dreimal getroffen" three goals (general grammar; German
 * writes the number and "mal" as one word, so the counted word of "how many times" is never beside it). Round 20,
 * twenty-one tuning dossiers, lexical: answerable declined −2 (meister), unanswerable unchanged (only for "times"/"oft"
 * questions: −1 / unchanged).
 */
export function isIteration(token: string): boolean {
  const m = /^(.+?)-?mal$/iu.exec(token);
  return m !== null && isFigure(m[1]!);
}
