/**
 * Whether a sentence states a time: a year (also counted back, "vor 120 Jahren"), a month or weekday, a clock time, a
 * season or a period named relative to now. German and English patterns, general knowledge of how news text writes
 * them.
 */
import { NUMBER_WORD } from './number-words.js';

/** Month names, German and English (general knowledge: 13 German with "Jänner", 7 English ones spelt otherwise; not "may", also a modal verb). */
export const MONTH_NAMES = 'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|june|july|october|december';
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_NAMES}|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gestern|heute|morgen|vorgestern|übermorgen|morgig|heutig|gestrig|yesterday|today|tomorrow|tonight)`,
  'iu',
);
const YEAR = /(?<![\p{N}.,])(?:1[5-9]\d\d|20\d\d)(?:er)?(?![\p{N}]|[.,]\d)/u;
const CLOCK = /\d{1,2}[.:]\d\d\s*uhr|\buhr\b|\d\s*(?:am|pm)\b|o'clock/iu;
/** The words that name a period relative to now ("nächste Woche", "last year"). */
const RELATIVE = '(?:nächst|kommend|vergangen|letzt|dies|next|last|this|coming)\\w*\\s+';
const SEASON_OR_PERIOD = new RegExp(
  `\\b(frühjahr|frühling|sommer|herbst|winter|spring|summer|autumn|vorjahr|jahreswechsel|jahresende|jahresbeginn|weihnacht|ostern|quartal|anfang|mitte|ende|christmas|easter|quarter)|\\b${RELATIVE}(woche|monat|jahr|jahrzehnt|saison|week|month|year|season)`,
  'iu',
);
/**
 * A year named relative to now: "im vergangenen Jahr", "next year", "im Vorjahr", and a year counted back from the
 * article's date: "vor (genau) 120 Jahren", "120 years ago" (German and English grammar, 8 German and 7 English
 * hedges): the article's year minus the figure is the answer. Round 20, twenty-one tuning dossiers, lexical:
 * answerable declined −1 (meister), unanswerable unchanged.
 */
const HEDGE = '(?:(?:genau|fast|knapp|rund|etwa|gut|mehr\\s+als|über|exactly|almost|nearly|about|some|more\\s+than|over)\\s+)?';
const RELATIVE_YEAR = new RegExp(
  `\\b(?:vorjahr\\w*|${RELATIVE}(?:jahr|year))|\\bvor\\s+${HEDGE}(?:\\d+|${NUMBER_WORD}\\p{L}*)\\s+jahr|\\b${HEDGE}(?:\\d+|${NUMBER_WORD}\\p{L}*)\\s+years?\\s+ago\\b`,
  'iu',
);
/** A span's opening or closing word: "bis", "seit", "until". */
export const UNTIL = /\b(bis|seit|ab|until|since|till|through)\b/iu;

/** A year, month, weekday, date, clock time, season or named period. */
export function statesTime(text: string): boolean {
  return YEAR.test(text) || MONTH_DAY.test(text) || CLOCK.test(text) || SEASON_OR_PERIOD.test(text);
}

/** A year, written or counted back from the article's date ("im Vorjahr", "vor genau 120 Jahren", "120 years ago"). */
export function statesYear(text: string): boolean {
  return YEAR.test(text) || RELATIVE_YEAR.test(text);
}

/**
 * A span given without a figure: "über Jahrzehnte", "nach wenigen Tagen", "seit mehreren Wochen", "jahrelang", "for
 * decades", "within a few days". It answers "wie lange"/"how long" as "drei Tage" does, though vaguely; the vague
 * quantifiers keep such words from counting as figures elsewhere (figure-roles.ts isVague). General grammar: a plural
 * time unit after a span preposition or a vague quantifier (11 German and 6 English words), or an adverb of a span
 * ("-lang", "-lange": 7 units). Round 25, twenty-six tuning dossiers, lexical: answerable declined 6.4 → 6.2 % (vulkan
 * "Wie lange rechnen Forscher noch mit Ausbrüchen …": "über Jahrzehnte"), unanswerable declined 78.1 % unchanged.
 */
const SPAN =
  /(?<!\p{L})(?:(?:über|nach|seit|für|binnen|innerhalb|wenigen|mehreren|einigen|etlichen|vielen|for|after|within|over|few|several)\s+(?:(?:den|die|der|a|the|many)\s+)?(?:sekunden|minuten|stunden|tage[n]?|wochen|monate[n]?|jahre[n]?|jahrzehnte[n]?|jahrhunderte[n]?|seconds|minutes|hours|days|weeks|months|years|decades|centuries)|(?:sekunden|minuten|stunden|tage|wochen|monate|jahre|jahrzehnte)lang(?:e[nmrs]?)?)(?!\p{L})/iu;
export function statesSpan(text: string): boolean {
  return SPAN.test(text);
}
