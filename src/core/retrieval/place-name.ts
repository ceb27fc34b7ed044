/**
 * Place names a question gives after a bare "in": "Wie viele Rudel leben in Bayern?", "how many wolves live in
 * liechtenstein". German writes a common noun after "in" with an article or a pronoun ("in der Schweiz", "in seinem
 * Revier"), English with a determiner ("in the north"); a word right after the bare preposition is a country, region
 * or city. unknown-name.ts reads only acronyms in German (every German noun is capitalised) and capitalised words in
 * English, so neither of these was checked: the general vocabulary has "Bayern" as a noun, and a question typed in
 * lower case capitalises nothing. The few fixed phrases of a bare "in" with a common noun ("in Kraft", "in Haft",
 * "in total") pass the unknown-name check all the same when the candidates write the noun or a synonym of it.
 */
import { isStopWord } from '../lexical/stop-words.js';
import { foldGerman, normalize } from '../lexical/words.js';
import type { WordToken } from './unknown-name.js';

/** The preposition (German and English). */
const IN = /^in$/iu;
/** A word that can be a name: it starts with a letter (not "in 2025"). */
const WORDLIKE = /^\p{L}/u;
/** Written capitalised (a German or English name in a question that capitalises). */
const CAPITALISED = /^\p{Lu}/u;

/**
 * The words (unknown-name.ts `wordTokens`) right after a bare "in" that can be names: capitalised, or any word when the question capitalises
 * nothing (typed in lower case); never a stop word (an article, a pronoun: "in der", "in the", "in welchem").
 */
export function placeTokens(tokens: readonly WordToken[]): Array<{ token: string; start: number }> {
  const casual = !tokens.some((t) => CAPITALISED.test(t.raw));
  return tokens
    .filter((t, i) => i > 0 && IN.test(tokens[i - 1]!.raw) && WORDLIKE.test(t.token) && (casual || CAPITALISED.test(t.raw)))
    .filter((t) => !isStopWord(foldGerman(normalize(t.token))))
    .map(({ token, start }) => ({ token, start }));
}
