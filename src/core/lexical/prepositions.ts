/**
 * Secondary German prepositions in a question: "laut dem Untersuchungsbericht", "wegen der Computerstörung". They
 * relate the words around them and name no topic, yet the stop list lacks them, so "laut" searched the adjective
 * (klingeln, vorliegen) and "wegen" the noun Weg (Reise, erledigen). General German grammar, a closed class.
 * Round 24, twenty-five tuning dossiers, `node dist/bench/eval.js --modes lexical --json --dossier <the 25>`: German
 * R@3 unchanged (82 %), R@5 329 → 330 of 381, answerable declined 21 → 20 (crowdstrike cs-de-05, "wegen der
 * Computerstörung"), MRR@5 0.716 → 0.717; no other dossier and no English figure moves.
 */

// Folded. 36 words that are only prepositions (or postpositions: "dem Bericht zufolge") in a question.
const PREPOSITIONS: ReadonlySet<string> = new Set(
  ('wegen mittels infolge zufolge anhand aufgrund angesichts anlasslich bezuglich hinsichtlich seitens mangels ' +
    'zwecks anstatt anstelle samt nebst gemass inklusive einschliesslich zuzuglich abzuglich innerhalb ausserhalb ' +
    'oberhalb unterhalb binnen entlang gegenuber zugunsten zulasten ungeachtet inmitten jenseits diesseits betreffs').split(' '),
);
// Folded. 5 words that are also an adjective or noun ("zu laut", "der Dank", "aus Trotz", "die Kraft", "an seiner
// Statt"): a preposition only when lowercase (or first) and followed by an article or a noun.
const AMBIGUOUS: ReadonlySet<string> = new Set(['laut', 'dank', 'trotz', 'kraft', 'statt']);
/** Articles, demonstratives and possessives a preposition's noun phrase starts with (folded). */
const DETERMINER = /^(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|kein\w*|dies\w*|jen\w*|jed\w*|mein\w*|dein\w*|sein\w*|ihr\w*|unser\w*|eu(?:er|r)\w*|welch\w*|all\w*)$/;

/**
 * Indexes of the question words used as a secondary preposition. `groups` are the question's folded words
 * (words.ts `words`), `capitalized` whether each was written with a capital, `casual` when nothing was.
 */
export function prepositionsAt(groups: readonly string[][], capitalized: readonly boolean[], casual: boolean): Set<number> {
  const at = new Set<number>();
  groups.forEach((group, i) => {
    const word = group.length === 1 ? group[0]! : undefined;
    if (!word || (!PREPOSITIONS.has(word) && !AMBIGUOUS.has(word))) return;
    // Capitalized inside a sentence, it is a noun ("der Laut", "mit Dank").
    if (!casual && i > 0 && capitalized[i]) return;
    if (PREPOSITIONS.has(word)) return void at.add(i);
    const next = groups[i + 1];
    if (next?.length && (DETERMINER.test(next[0]!) || (!casual && capitalized[i + 1]))) at.add(i);
  });
  return at;
}
