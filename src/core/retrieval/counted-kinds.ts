/**
 * General nouns news text counts kinds by: "Im Land gebe es 32 Bauwerke, in denen ein Spannstahl verbaut sei" answers
 * "wie viele Brücken …", "rund 1.000 Fahrzeuge" counts cars, "14 Tiere" counts sheep. A hypernym of the counted word
 * next to the figure counts it as the word itself does (states-answer.ts, case 'count'). General knowledge (a few
 * WordNet-like "is a" links), 7 entries: vehicles, structures, buildings, animals in German; vehicles, structures,
 * animals in English; each matched by the counted word's folded stem.
 * Round 30, thirty-one tuning dossiers, lexical: German R@3 83.2 → 83.4 %, answerable declined 6.0 → 5.9 % (carola
 * dr-de-13 "wie viele brücken in brandenburg …", tune half), unanswerable declined 79.5 % and every other row
 * unchanged. Measured and not kept: the head of a German counted compound as well ("drei Häuser" for "wie viele
 * Wohnhäuser", the longest general noun the word ends in): no row moved.
 */
import { foldGerman, normalize } from '../lexical/words.js';

const KINDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:auto|pkw|lkw|lastwag|lastkraftwag|wag|bus|busse|motorrad|traktor|transport)/u, 'Fahrzeuge'],
  [/^(?:bruck|haus|hauser|gebaud|turm|turme|tunnel|kirch|halle|stadion)/u, 'Bauwerke'],
  [/^(?:haus|hauser|wohnung)/u, 'Gebäude'],
  [/^(?:schaf|kuh|kuhe|rind|pferd|hund|katz|ziege|schwein|wolf|wolfe|huhn|huhner|lamm|lammer|kalb|kalber)/u, 'Tiere'],
  [/^(?:cars?|trucks?|lorr(?:y|ies)|bus(?:es)?|vans?|motorcycles?|tractors?)$/u, 'vehicles'],
  [/^(?:bridges?|houses?|buildings?|towers?|tunnels?|churche?s?|halls?|stadiums?)$/u, 'structures'],
  [/^(?:sheep|cows?|cattle|horses?|dogs?|cats?|goats?|pigs?|wolf|wolves|chickens?|lambs?|calf|calves)$/u, 'animals'],
];

/** The general nouns that count what the counted phrase ("wie viele Brücken") counts; none for other words. */
export function countedKinds(phrase: string): string[] {
  const words = (phrase.match(/[\p{L}-]+/gu) ?? []).filter((w) => !/^(?:wie|viele|how|many)$/iu.test(w));
  const folded = words.map((w) => foldGerman(normalize(w)));
  return [...new Set(folded.flatMap((w) => KINDS.filter(([stem]) => stem.test(w)).map(([, general]) => general)))];
}
