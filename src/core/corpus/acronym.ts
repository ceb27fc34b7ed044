/**
 * Whether a short capitalised name abbreviates a longer one, and what a logo that sets the acronym before the words it
 * stands for names: general rules of how German outlets abbreviate their titles ("NDR", "LVZ", "MAZ", "LTO").
 */

/**
 * Whether `short` is an acronym of `long` (Schwartz & Hearst 2003, made stricter): two to five capitals, found
 * in order in `long`, the first opening its first word and the last opening its last word, with no more words than
 * letters — "NDR" of "Norddeutscher Rundfunk", "RP" of "Rheinische Post"; not "ZEIT" of "Zeitverlag Gerd Bucerius".
 */
export function isAcronymOf(short: string, long: string): boolean {
  const words = long.split(/\s+/).filter(Boolean);
  if (!/^\p{Lu}{2,5}$/u.test(short) || /^(?:DER|DIE|DAS)$/.test(short) || words.length < 2 || words.length > short.length) return false;
  const letters = short.toLowerCase();
  const first = words[0]!.toLowerCase();
  const last = words.at(-1)!.toLowerCase();
  if (first[0] !== letters[0] || last[0] !== letters.at(-1)) return false;
  // The letters between, in order, somewhere after the first letter and before the last word.
  const middle = words.slice(0, -1).join(' ').toLowerCase().slice(1);
  let at = 0;
  for (const letter of letters.slice(1, -1)) {
    at = middle.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "LTO Legal Tribune Online": a logo that sets the acronym before the words it stands for names the outlet twice;
 * the words spelled out are the name (the acronym is the same outlet). Other names stay as they are.
 */
export function spelledOut(name: string): string {
  const [first, ...rest] = name.split(/\s+/);
  return rest.length >= 2 && (isAcronymOf(first!, rest.join(' ')) || compoundAcronym(first!, rest) || titleWordUnprinted(first!, rest)) ? rest.join(' ') : name;
}

/**
 * "MAZ Märkische Allgemeine": the acronym of the whole title ("Märkische Allgemeine Zeitung") before the title the logo
 * prints without its noun. The words' initials open the acronym, whose one letter more is the Z of "Zeitung", and every
 * printed word is an adjective of the feminine title ("-e"), which needs that noun; "LVZ Leipziger Verkehrsbetriebe" is
 * a company's name and stays.
 */
function titleWordUnprinted(short: string, words: string[]): boolean {
  if (!/^\p{Lu}{2,4}Z$/u.test(short) || short.length !== words.length + 1) return false;
  return words.every((word, i) => /^\p{Lu}\p{Ll}+e$/u.test(word) && word[0] === short[i]);
}

/**
 * "LVZ" of "Leipziger Volkszeitung": an acronym that takes each word's initial and then a letter opening a part of the
 * last word's compound (Volks-Zeitung). Only the last word may give more than its initial, and only in capitals.
 */
export function compoundAcronym(short: string, words: string[]): boolean {
  if (!/^\p{Lu}{3,5}$/u.test(short) || /^(?:DER|DIE|DAS)$/.test(short) || words.length >= short.length) return false;
  const initials = words.map((w) => w[0]!).join('');
  if (!short.startsWith(initials)) return false;
  const tail = words.at(-1)!.toLocaleLowerCase('de');
  let at = 1;
  for (const letter of short.slice(initials.length).toLocaleLowerCase('de')) {
    at = tail.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
