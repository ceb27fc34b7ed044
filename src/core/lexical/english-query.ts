/**
 * English questions: telling them from German ones by their function words, and translating their words
 * to German (names list, then the Ding dictionary in data/lexicon) before the German analysis (german-terms.ts) takes
 * over. Translations become query words in english-attested.ts; loanwords and compounds have modules of their own.
 */
import type { QueryWord } from './analyzer-types.js';
import { dictionaryLookup, seaNameLookup, type Translation } from './english-lookup.js';
import { germanFor } from './lexicon.js';
import { NAMES_EN } from './names-en.js';
import { englishWords, skipped } from './english-words.js';
import { ENGLISH_STOP_WORDS, GERMAN_STOP_WORDS } from './stop-words.js';
import { foldGerman, normalize } from './words.js';
import { addsNothing, endsInParticle, ownStemSearched } from './english-phrases.js';
import { DETERMINERS, adjectiveSensesFirst, modifiesNext, nounsFirst } from './english-modifier.js';
import { passiveGet } from './english-verbs.js';
import { bySenseContext, type ContextWord } from './english-senses.js';
import { attestedWord, kindOf, withInflections, type Prefer } from './english-attested.js';
import { addCompound, learnedHeads } from './english-compounds.js';
import { loanFirst, loanwordTerms, loanwordsFirst } from './english-loanwords.js';
import type { GermanTerms } from './german-terms.js';

/** Function words only English has ("was", "in", "will", "so" are German too), for telling a question's language. */
const ENGLISH_ONLY = new Set([...ENGLISH_STOP_WORDS].filter((w) => !GERMAN_STOP_WORDS.has(w)));
const GERMAN_ONLY = new Set([...GERMAN_STOP_WORDS].filter((w) => !ENGLISH_STOP_WORDS.has(w)));

/** True when a text has more English-only than German-only function words. */
export function looksEnglish(text: string): boolean {
  const all = normalize(text).match(/[\p{L}]+/gu) ?? [];
  const english = all.filter((w) => ENGLISH_ONLY.has(w)).length;
  const german = all.filter((w) => GERMAN_ONLY.has(foldGerman(w))).length;
  return english > german;
}

/** Longest English phrase looked up, in words ("kim jong un", "head of state"). */
const LONGEST_PHRASE = 3;

/**
 * English: names and dictionary phrases (longest first), then words. Of a word's translations, the first few the
 * corpus has are searched — the first at full weight, the others at `translationWeight`; a phrase none of whose
 * translations the corpus has is translated word by word instead. A word without entry keeps its own terms (names);
 * a word whose translations the corpus all lacks searches its first one, so the question counts as not covered.
 */
export function analyzeEnglish(text: string, german: GermanTerms): QueryWord[] {
  const { docsOf } = german;
  if (!docsOf) return translateQuestion(text, german);
  // Two passes: the first translates every word with Ding's order; the second lets each word's senses be chosen by
  // how they co-occur with the first pass's translations of the question's other words.
  const spans: Array<[number, number]> = [];
  const first = translateQuestion(text, german, undefined, spans);
  return translateQuestion(text, german, (from, to) => {
    const context: ContextWord[] = first.filter((_, w) => spans[w]![1] <= from || spans[w]![0] >= to);
    return (senses) => bySenseContext(senses, context, docsOf);
  });
}

/**
 * The translation pass of `analyzeEnglish`: `preferFor` gives the sense order of the words at [from, to); `spans`
 * receives each result word's span.
 */
function translateQuestion(text: string, german: GermanTerms, preferFor?: (from: number, to: number) => Prefer, spans?: Array<[number, number]>): QueryWord[] {
  const written = englishWords(text);
  const raw = written.map((w) => normalize(w));
  // Capitalized inside the sentence: a proper noun or adjective ("the Baltic"), see `seaNameLookup`.
  const proper = written.map((w, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(w));
  const result: QueryWord[] = [];
  let previousSingle = -1;
  for (let i = 0; i < raw.length; ) {
    if (futureGoing(raw, i) || passiveGet(raw, i)) {
      i += 1;
      continue;
    }
    let taken = 0;
    for (let n = Math.min(LONGEST_PHRASE, raw.length - i); n >= 1 && !taken; n--) {
      const span = raw.slice(i, i + n);
      // A phrase may start with a function word when the dictionary has it whole ("in total" → insgesamt).
      if ((n === 1 && skipped(span[0]!)) || (skipped(span.at(-1)!) && !endsInParticle(span))) continue;
      const determiner = n === 1 && !proper[i] && i > 0 && DETERMINERS.has(raw[i - 1]!);
      const modifier = modifiesNext(raw, i, determiner, skipped);
      const order = determiner ? (t: Translation[]) => (modifier ? adjectiveSensesFirst(t) : undefined) ?? nounsFirst(t) : undefined;
      let word = translate(span, german, n === 1 && proper[i]!, order, preferFor?.(i, i + n));
      // A phrase of content words that says no more than one of them alone is read word by word (english-phrases.ts).
      if (word && n > 1 && !span.some(skipped) && !PARTICLES.has(span.at(-1)!) && addsNothing(word, span, (w) => translate([w], german))) word = undefined;
      // A phrasal verb the corpus has no translation of: its verb is searched alone, and its particle, which on its
      // own translates to a different sense ("sign off" → "off" → schlecht), stands for the phrase's first
      // translation, which the corpus lacks — so the question still counts as not fully covered.
      const phrasal = word === undefined && n === 2 && PARTICLES.has(span[1]!) ? dictionaryLookup(span) : undefined;
      if (phrasal) {
        const verb = translate(span.slice(0, 1), german);
        if (verb?.terms.length) result.push(verb), spans?.push([i, i + n]);
        const absent = german.weighted(german.termsOf(phrasal[0]!.german));
        if (absent.terms.length) result.push(absent), spans?.push([i, i + n]);
        taken = n;
        previousSingle = -1;
        break;
      }
      if (word === undefined) continue;
      if (n === 1 && i > 0 && previousSingle === i - 1) addCompound(raw[i - 1]!, span[0]!, word, german);
      if (word.terms.length) result.push(word), spans?.push([i, i + n]);
      taken = n;
      previousSingle = n === 1 ? i : -1;
    }
    i += taken || 1;
  }
  return result;
}

/**
 * "going to" before a verb is English's future ("was Intel going to invest", "is the factory going to be built"),
 * not a movement: translated, "going" searched gehen, arbeiten, laufen, which any passage may hold. Skipped when
 * "to" follows; the rare "going to Munich" loses only a verb German news would write as fahren or reisen anyway.
 */
const futureGoing = (raw: readonly string[], i: number): boolean => raw[i] === 'gonna' || (raw[i] === 'going' && raw[i + 1] === 'to');

/**
 * English adverb particles that make phrasal verbs ("call off", "pull out", "set up"); general knowledge, 11 words
 * (in, on, about are stop words already). Only a pair Ding has as a phrase counts as a phrasal verb.
 */
const PARTICLES: ReadonlySet<string> = new Set('off out up down over back away around along forward apart'.split(' '));

/**
 * English words inside a German question ("ist der key witness noch in haft"): a word (or two-word phrase) the
 * corpus lacks is searched by its translations the corpus has; returns, per written word, a replacement or undefined
 * (`covers` 2 when a phrase took the next word too).
 */
export function englishInGerman(written: string[], unknown: boolean[], german: GermanTerms): Array<{ word: QueryWord; covers: number } | undefined> {
  return written.map((_, i) => {
    if (!unknown[i] || ENGLISH_STOP_WORDS.has(written[i]!)) return undefined;
    for (const n of [2, 1]) {
      const span = written.slice(i, i + n);
      if (span.length < n || !unknown.slice(i, i + n).every(Boolean)) continue;
      const word = attestedWord(dictionaryLookup(span) ?? [], german);
      if (word) return { word, covers: n };
    }
    return undefined;
  });
}

/** The search terms for some English words, or undefined when neither the names list nor the dictionary helps. */
function translate(span: string[], german: GermanTerms, proper = false, order?: (t: Translation[]) => Translation[], prefer?: Prefer): QueryWord | undefined {
  const { termsOf, weighted, known } = german;
  const phrase = span.join(' ');
  const name = NAMES_EN.get(phrase);
  if (name !== undefined) return weighted(termsOf(name));
  // A word the dictionary lacks as written but the corpus has is a name or loanword ("Popp", "Juice"): reaching
  // it through a base form the dictionary has ("popp" → "pop" → "springen") would search a different word.
  const own = termsOf(phrase);
  if (span.length === 1 && germanFor(phrase) === undefined && own.length > 0 && own.every(known)) return weighted(own);
  const looked = (proper ? seaNameLookup(span[0]!) : undefined) ?? dictionaryLookup(span) ?? [];
  const translations = loanwordsFirst(span, order ? order(looked) : looked, german.attested);
  const found = attestedWord(translations, german, prefer);
  const loan = loanwordTerms(span, german);
  if (loan.length) return found ? loanFirst(found, loan) : weighted(loan);
  if (found || span.length > 1) return found;
  const first = translations.find(({ german: g }) => termsOf(g).length > 0)?.german;
  if (first === undefined || ownStemSearched(span[0]!, own, german)) return weighted(own);
  return weighted(withInflections(first, german), learnedHeads(span[0]!, german), kindOf(first));
}
