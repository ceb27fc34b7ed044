/** English words German writes as they are ("Cannabis", "Team", "Tickets"): found, put first, and told from false friends. */
import type { QueryWord } from './analyzer-types.js';
import { keysOf, type Translation } from './english-lookup.js';
import type { GermanTerms } from './german-terms.js';
import { isDictionaryGerman } from './lexicon.js';
import { foldGerman } from './words.js';

/** German endings after a stem (Snowball's): "firm" is the stem of Ding's German "firmen" (and of "Firmen"). */
const GERMAN_ENDINGS = ['', 'e', 'en', 'n', 'er', 'es', 's'];

/**
 * The English word itself, when the corpus writes it and Ding never gives it (or a German word of its stem) as German:
 * German text uses it as is ("Cannabis", for which Ding offers Hanf and Kannabis; the "Act" of "Chips Act"). Its
 * terms, or none: a word Ding has as German ("kind" ~ Kind, "rat" ~ Rat, "firm" ~ Firmen) is a false friend.
 */
export function loanwordTerms(span: string[], { writes, termsOf }: GermanTerms): string[] {
  const word = span.length === 1 ? span[0]! : undefined;
  if (word === undefined || word.length < 3 || /\d/.test(word) || !writes(word)) return [];
  return GERMAN_ENDINGS.some((ending) => isDictionaryGerman(word + ending)) ? [] : termsOf(word);
}

/**
 * Weight of the first translation's own terms beside a loanword. Measured (lexical, ten tuning dossiers, English R@3
 * pooled / cannabis / juice R@1): loanword only added at 1 → 77 / 82 / 55 %; first, translation at 0.5 → 78 / 91 / 55 %.
 * The translation stays: "moon" is Mond, though the corpus writes "Jupiter Icy Moons Explorer".
 */
const LOAN_TRANSLATION_WEIGHT = 0.5;

/** A loanword's terms first at full weight; the first translation's own terms drop to LOAN_TRANSLATION_WEIGHT. */
export function loanFirst(found: QueryWord, loan: string[]): QueryWord {
  const rest = found.terms.filter((t) => !loan.includes(t.term)).map((t) => (t.weight >= 1 ? { ...t, weight: LOAN_TRANSLATION_WEIGHT } : t));
  return { terms: [...loan.map((term) => ({ term, weight: 1 })), ...rest] };
}

/**
 * A translation spelled like the English word is a loanword German uses ("tickets" → Tickets, "team" → Team, "app"):
 * when the corpus has it, it is the word itself, whatever its place among Ding's senses (Ding lists "Ticket" 27th
 * after Strafmandat, Fahrkarte …), so it goes first.
 */
export function loanwordsFirst(span: string[], translations: Translation[], attested: (german: string) => boolean): Translation[] {
  if (span.length !== 1) return translations;
  const forms = new Set(keysOf(span[0]!));
  // Only one the corpus has: otherwise the first translation stays the guess ("flying" → fliegen, not "Fly").
  const loan = (t: Translation) => forms.has(foldGerman(t.german.toLowerCase())) && attested(t.german);
  return [...translations.filter(loan).map((t) => ({ ...t, rank: 0 })), ...translations.filter((t) => !loan(t))];
}
