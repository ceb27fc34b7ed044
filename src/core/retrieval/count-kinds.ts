/**
 * Kinds that news text counts by another noun of the same kind than the question's: a general noun for the members
 * ("rund 30.000 Fahrzeuge" answers "how many cars", "32 Bauwerke" answers "wie viele Brücken") or a member for the
 * general noun ("rund 2.000 Eichen" answers "wie viele Bäume"). Like SEATS in states-answer.ts: a word of a kind in the
 * counted phrase and another word of the same kind next to the figure. The thesaurus exports the project ships hold
 * synonym sets only, no hypernyms, so "Eiche" never reaches "Baum" through them.
 *
 * General vocabulary, not fitted to any question's wording: 6 kinds, each a general noun with its common members, in
 * German and English (stems; plural and case endings allowed): vehicles 14, trees 17, built structures 10, stores 13,
 * helpers 11, farm and house animals 31 ("14 Tiere" for "wie viele Schafe"). A department store chain counts its stores as "Häuser" ("Wie viele Galeria-Häuser …", "16 Filialen").
 * Round 30, thirty-one tuning dossiers, lexical: answerable declined 6.2 -> 5.9 % with survivors as people (CROWD in
 * states-answer.ts; carola dr-de-13, erdbeben eb-en-09, both tune half), stores then 5.7 -> 5.6 % (galeria gk-de-04,
 * held half); unanswerable declined 78.8 % unchanged by either.
 */
const KINDS: readonly RegExp[] = [
  /^(?:fahrzeug|auto|pkw|lkw|lastwagen|lastkraftwagen|laster|personenwagen|vehicle|car|truck|lorry|lorrie|van)(?:e|en|es|n|s)?$/iu,
  /^(?:baum|bäume|eiche|buche|fichte|kiefer|tanne|birke|linde|ahorn|esche|tree|oak|beech|pine|spruce|fir)(?:e|en|n|s|es)?$/iu,
  /^(?:bauwerk|brücke|gebäude|tunnel|turm|türme|structure|bridge|building|tower)(?:e|en|n|s|es)?$/iu,
  /^(?:filiale|warenhaus|warenhäuser|kaufhaus|kaufhäuser|haus|häuser|geschäft|laden|läden|store|shop|outlet)(?:e|en|n|s|es)?$/iu,
  /^(?:helfer|helferin|einsatzkraft|einsatzkräfte|freiwillige|ehrenamtliche|retter|helper|volunteer|rescuer|responder)(?:in|innen|n|r|s)?$/iu,
  /^(?:tier|schaf|kuh|kühe|rind|pferd|hund|katze|ziege|schwein|wolf|wölfe|huhn|hühner|lamm|lämmer|kalb|kälber|animal|sheep|cow|cattle|horse|dog|cat|goat|pig|wolves|chicken|lamb|calf|calves)(?:e|en|er|n|s|es)?$/iu,
];

/** The last part of a hyphenated token ("THW-Helfer" → "Helfer"): German compounds put the head last. */
const head = (token: string) => token.split(/[-–]/u).pop() ?? token;

/** The kind a word belongs to (an index of KINDS), or −1. */
function kindOf(token: string): number {
  return KINDS.findIndex((kind) => kind.test(head(token)));
}

/**
 * True when a word of the counted phrase and a word right after the figure (at most three, the figure's own noun and
 * an adjective or "und" before it: "mehr als 150 Helferinnen und Helfern") are of one kind.
 */
export function countsSameKind(countedTokens: readonly string[], tokens: readonly string[], figure: number): boolean {
  const asked = new Set(countedTokens.map(kindOf).filter((k) => k >= 0));
  if (asked.size === 0) return false;
  return tokens.slice(figure + 1, figure + 4).some((t) => asked.has(kindOf(t)));
}
