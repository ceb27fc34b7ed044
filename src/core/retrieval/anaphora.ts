/**
 * A sentence whose demonstrative pronoun stands for a noun phrase of the sentence before it: "Ausdrücklich nicht
 * enthalten sind die Kosten für den Wiederaufbau der Key Bridge … Die Verkehrsbehörde schätzt diese auf 1,7 bis 1,9
 * Milliarden Dollar." The stating sentence then holds the question's words through that sentence (general grammar:
 * German "dies" and "diese/dieser/dieses/diesen/diesem" used alone, not before a noun, 6 forms). The answer-type check
 * (answering.ts) reads such a sentence with the terms of the one before, for its coverage and for the rest of the question.
 * Round 30, thirty-one tuning dossiers, lexical: German R@3 83.0 → 83.2 %, answerable declined 6.2 → 6.0 % (keybridge
 * kb-de-03, tune half), unanswerable declined and every other dossier unchanged. Earlier rounds measured personal
 * pronouns and pronominal adverbs too ("er", "sie", "dort", "dabei"; answer-type.ts STATED_SHARE): they answered as
 * many unanswerable questions as answerable ones; a demonstrative used alone points back more surely. Re-measured
 * this round with the coverage read the same way: "er", "sie", "ihn", "ihm", "ihnen" as well → German R@3 +0.2,
 * English +0.3, answerable declined −0.2 points (sturmflut sf-de-12, carola English), unanswerable declined 79.5 →
 * 78.4 % (lecanemab, rhodos, schoigu −1 each): not kept.
 */
const DEMONSTRATIVE = /^(?:dies|diese[rnms]?)$/iu;
const TOKEN = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * True when the text uses a German demonstrative as a pronoun: "dies" anywhere, or a form of "diese" followed by no
 * noun (a capitalised word) and no adjective before one ("diese neue Brücke").
 */
export function refersBack(text: string): boolean {
  const tokens = text.match(TOKEN) ?? [];
  return tokens.some((t, i) => {
    if (!DEMONSTRATIVE.test(t)) return false;
    if (t.toLowerCase() === 'dies') return true;
    const next = tokens[i + 1] ?? '';
    if (/^\p{Lu}/u.test(next)) return false;
    // A lowercase word with an adjective ending before a noun: "diese neue Brücke", "dieser erste Schritt".
    return !(/^\p{Ll}+(?:e|en|er|em|es)$/u.test(next) && /^\p{Lu}/u.test(tokens[i + 2] ?? ''));
  });
}
