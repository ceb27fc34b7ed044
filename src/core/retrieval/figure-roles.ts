/**
 * Figures that count nothing: a year, a day of a month, a figure with another unit, a vague number, a share, a label
 * (states-answer.ts rejects these as counts; moved from there unchanged).
 */
import { isFigure } from './number-words.js';
import type { TermsOf } from './states-answer.js';
import { MONTH_NAMES } from './states-time.js';
import { CURRENCY, LENGTH_UNIT, TEMPERATURE_UNIT, TIME_UNIT } from './units.js';

/**
 * "im Herbst 2023", "nach den Verfahren 2020 und 2023": a four-digit number from 1500 to 2099 with neither a unit nor a
 * German noun (capitalised) after it names a year, it measures nothing ("2023 Euro", "1800 Beschäftigte" still do).
 * Round 23, twenty-four tuning dossiers, lexical: alone, unanswerable declined +1 (galeria: "Wie viel Umsatz … im Jahr
 * 2023" answered by "im Herbst 2023 flossen zugesagte Mittel nicht mehr"), answerable and R@3 unchanged; with the money
 * words of round 23 (expected-answer.ts MONEY_WORD) that question asks for a sum anyway, so it adds nothing there, but
 * a year still answers no other amount ("Wie hoch war die Quote 2023?").
 */
export function namesYear(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  if (!/^(?:1[5-9]|20)\d\d$/u.test(tokens[i]!)) return false;
  return next === undefined || (!/^\p{Lu}/u.test(next) && ![CURRENCY, TIME_UNIT, LENGTH_UNIT, TEMPERATURE_UNIT, SHARE].some((unit) => unit.test(next)));
}

/** A month's name as a whole token ("May" too: beside a day's number it is no modal verb). */
const MONTH = new RegExp(`^(?:${MONTH_NAMES}|may)$`, 'iu');

/**
 * "am 19. Juli", "on July 19", "19 July": a number from 1 to 31 beside a month names a day, it counts nothing ("am
 * 19. Juli Flughäfen, Spitäler …" answered "How many flights …" through "Flughäfen"). Round 24, twenty-five tuning
 * dossiers, lexical, for counts: unanswerable declined +1 (crowdstrike), answerable +1 (fiebersaft "How many drugs …",
 * answered until then from "ab dem 1. Februar eine Maßnahme …", its answer passage ranked 8th), R@3 unchanged. For
 * amounts too ("Wie hoch …"): answerable +1 more (vulkan), nothing gained: not kept there.
 */
export function namesDay(tokens: readonly string[], i: number): boolean {
  if (!/^(?:0?[1-9]|[12]\d|3[01])$/u.test(tokens[i]!)) return false;
  return MONTH.test(tokens[i + 1] ?? '') || MONTH.test(tokens[i - 1] ?? '');
}

/**
 * A unit right after the figure ("seit zwanzig Jahren", "drei Tage", "5 Euro", "40 Meter"): the figure measures time,
 * money, length or temperature (the units of units.ts) and counts nothing else, so it answers a count only of that unit ("wie
 * viele Jahre"). Round 18, nineteen tuning dossiers, lexical: unanswerable declined +2 (intel, carola), answerable and
 * R@3 unchanged.
 */
export function measuresOther(tokens: readonly string[], i: number, counted: ReadonlySet<string>, termsOf: TermsOf): boolean {
  const next = tokens[i + 1];
  return next !== undefined && [TIME_UNIT, CURRENCY, LENGTH_UNIT, TEMPERATURE_UNIT].some((unit) => unit.test(next)) && !termsOf(next).some((term) => counted.has(term));
}

/**
 * "Tausende Menschen", "Hunderte Stellen", "mehrere Millionen Kilometer", "thousands of people": a plural of a round number
 * with no figure before it, or any number word after a vague quantifier, states no figure (general grammar: 6 German
 * and 5 English plurals, 8 German and 3 English quantifiers). Round 18, nineteen tuning dossiers, lexical: unanswerable
 * declined +1 (sturmflut), answerable and R@3 unchanged.
 */
const ROUND_PLURAL = /^(?:dutzende|hunderte|tausende|millionen|milliarden|zehntausende|dozens|hundreds|thousands|millions|billions)n?$/iu;
const VAGUE = /^(?:viele|vielen|mehrere|mehreren|einige|einigen|etliche|etlichen|many|several|some)$/iu;
export function isVague(tokens: readonly string[], i: number): boolean {
  if (/\p{N}/u.test(tokens[i]!)) return false;
  const before = tokens[i - 1];
  if (before !== undefined && VAGUE.test(before)) return true;
  return ROUND_PLURAL.test(tokens[i]!) && (before === undefined || !isFigure(before));
}

/** "Prozent", "percent", "%": a figure so marked is a share of something, not a count of it. */
const SHARE = /^(?:prozent|percent|prozentpunkte?n?)$|%$/iu;

/**
 * A figure stating a share ("72,3 Prozent der Berechtigten", "40 %"): it does not say how many there are, so it
 * answers no "wie viele"/"how many" question about the counted thing.
 */
export function isShare(tokens: readonly string[], i: number): boolean {
  return SHARE.test(tokens[i]!) || (tokens[i + 1] !== undefined && SHARE.test(tokens[i + 1]!));
}

/**
 * Words that round a figure ("Rund 90 Frauen und Männer arbeiten …", "Knapp 500 …"): capitalised only where they open
 * a sentence, they label nothing (the single words of states-time.ts HEDGE and "circa"/"around": 9 German, 7 English).
 * Round 25 alone: no decision changed. Round 27, with English named subjects (named-subject.ts), twenty-eight tuning
 * dossiers, lexical: answerable declined −1 (galeria "how many people work at the Wuppertal store", whose own sentence
 * "Rund 90 Frauen und Männer arbeiten derzeit in dem Haus" then states it), nothing else changed.
 */
const HEDGE = /^(?:genau|fast|knapp|rund|etwa|gut|über|circa|ca|exactly|almost|nearly|about|some|over|around)$/iu;
/**
 * A number written right after a capitalised word, with only a space between ("Isar 2", "Block 3", "Terminal 1",
 * "Phase 2"), labels the thing, it counts nothing: a count stands before what it counts ("drei Blöcke"), and a count
 * after its noun comes with punctuation ("Tote: 500") or a verb ("die Zahl ist 12"). German and English word order.
 * A noun of what is counted right after the number makes it a count after all ("erhielt die Schweiz 365 Punkte"; the
 * caller checks). Round 22, twenty-three tuning dossiers, lexical: answerable declined −1 (esc), unanswerable declined
 * −1 (juice: "Rund 100 Menschen …" at a sentence's start had read as a label and declined by accident).
 */
export function isLabel(text: string, matches: readonly RegExpMatchArray[], i: number): boolean {
  const previous = matches[i - 1];
  if (previous === undefined || !/^\p{N}+$/u.test(matches[i]![0]) || !/^\p{Lu}/u.test(previous[0]) || HEDGE.test(previous[0])) return false;
  return text.slice(previous.index! + previous[0].length, matches[i]!.index!) === ' ';
}

/**
 * Dimensions of size a length states (general vocabulary, 5 German nouns, also as a compound's head, "Durchfahrtshöhe",
 * "Wassertiefe", and 4 English ones). "Wie hoch war die Durchfahrtshöhe …", "how deep is the water depth …" ask for a
 * length, not any figure; and news gives several side by side ("auf seiner ursprünglichen Breite von rund 210 Metern
 * und einer Tiefe von etwa 15 Metern"), so a length the words just before it give as another dimension is not the
 * asked one. Round 30, thirty-one tuning dossiers, lexical: unanswerable declined 78.0 → 78.4 % (keybridge "Wie hoch war
 * die Durchfahrtshöhe …", answered by "Breite von rund 210 Metern"; tune half), R@3 and answerable declined unchanged.
 */
const DIMENSION = /(höhe|tiefe|breite|länge|weite|height|depth|width|length)$/iu;
/** The English dimension nouns, each as the German one it is compared with. */
const ENGLISH_DIMENSION: Readonly<Record<string, string>> = { height: 'höhe', depth: 'tiefe', width: 'breite', length: 'länge' };

/** The dimension a noun names: a capitalised German word ending in one ("Durchfahrtshöhe" → "höhe") or an English one. */
function dimensionOf(word: string): string | undefined {
  const english = ENGLISH_DIMENSION[word.toLowerCase()];
  if (english !== undefined) return english;
  if (!/^\p{Lu}/u.test(word)) return undefined;
  const stem = DIMENSION.exec(word)?.[1]!.toLowerCase();
  return stem === undefined ? undefined : (ENGLISH_DIMENSION[stem] ?? stem);
}

/** The dimension a question's noun names ("Durchfahrtshöhe" → "höhe"; only nouns: capitalised German, English whole words). */
export function askedDimension(question: string): string | undefined {
  for (const word of question.match(/[\p{L}-]+/gu) ?? []) {
    const dimension = dimensionOf(word);
    if (dimension !== undefined) return dimension;
  }
  return undefined;
}

/** Whether one of the three words before the figure names a dimension other than `asked` ("Breite von rund 210 Metern"). */
export function givesOtherDimension(tokens: readonly string[], i: number, asked: string): boolean {
  return tokens.slice(Math.max(0, i - 3), i).some((t) => {
    const dimension = dimensionOf(t);
    return dimension !== undefined && dimension !== asked;
  });
}
