/**
 * English questions: telling them from German ones by their function words, and translating their words
 * to German (names list, then the Ding dictionary in data/lexicon) before the German analysis takes over.
 */
import type { QueryWord } from './analyzer.js';
import type { WordKind } from './thesaurus.js';
import { dictionaryLookup, keysOf, seaNameLookup, senseWeight, type Translation } from './english-lookup.js';
import { compoundPartsOf, germanFor, isDictionaryGerman } from './lexicon.js';
import { NAMES_EN } from './names-en.js';
import { englishWords, skipped } from './english-words.js';
import { ENGLISH_STOP_WORDS, GERMAN_STOP_WORDS } from './stop-words.js';
import { foldGerman, normalize } from './words.js';
import { addsNothing, endsInParticle, ownStemSearched } from './english-phrases.js';
import { DETERMINERS, adjectiveSensesFirst, modifiesNext, nounsFirst } from './english-modifier.js';
import { passiveGet } from './english-verbs.js';
import { bySenseContext, type ContextWord, type DocsOf, type Sense } from './english-senses.js';

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

/** The German analysis an English question's translations go through. */
export interface GermanTerms {
  /** The distinct terms of a German text. */
  termsOf(text: string): string[];
  /** A question word from its own terms (adding their synonyms) and further weighted terms. */
  weighted(own: string[], extra?: Array<{ term: string; weight: number }>, kind?: WordKind): QueryWord;
  /** True when the corpus has the term. */
  known(term: string): boolean;
  /** True when the corpus writes the word itself (folded), not just a word of the same stem ("Firma" is no "firm"). */
  writes(word: string): boolean;
  /** True when the corpus has every word of a German text (its whole-word term). */
  attested(german: string): boolean;
  /**
   * The corpus's terms for a multi-word German translation the corpus does not write, through the thesaurus's phrase
   * synonyms ("Vereinigte Staaten" → USA); none for a single word.
   */
  phraseSynonyms?: (german: string) => string[];
  /** Weight of the translations after the first one the corpus has. */
  translationWeight: number;
  /** Most translations the corpus has that are searched per word. */
  maxTranslations: number;
  /** The passages holding a term, when the index is known: senses are then chosen by co-occurrence (english-senses.ts). */
  docsOf?: DocsOf;
}

/** Reorders a word's attested senses (see `bySenseContext`). */
type Prefer = <T extends Sense>(senses: readonly T[]) => T[];


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

/** Linking morphemes German puts between a compound's parts ("Verhandlung|s|tag", "Straße|n|bahn"). */
const LINKS = ['', 's', 'n', 'en', 'e'];

/**
 * English puts two nouns side by side where German writes one word ("hearing days" → Verhandlungstage): when
 * the corpus has a compound of a translation of each word, the second word also searches it at full weight.
 */
function addCompound(first: string, second: string, word: QueryWord, { termsOf, known }: GermanTerms): void {
  const single = (english: string): string[] => (dictionaryLookup([english]) ?? []).map(({ german }) => german).filter((g) => !g.includes(' '));
  const learned = (english: string) => keysOf(english).flatMap((key) => (compoundPartsOf(key) ? [compoundPartsOf(key)!] : []));
  // Besides the translations, the parts Ding's own compounds show ("health" → Kranken|kasse, "syrup" → Husten|saft).
  const heads = [...single(second).filter((g) => /^\p{Lu}/u.test(g)), ...learned(second).flatMap((p) => p.heads)];
  // A verb is a modifier by its stem ("handeln" → Handel|s|partner, "fahren" → Fahr|plan).
  const modifiers = single(first).flatMap((g) => (/^\p{Lu}/u.test(g) ? [g] : [g.replace(/e?n$/, ''), g.replace(/n$/, '')].filter((m) => m !== g && m.length >= 3)));
  modifiers.push(...learned(first).flatMap((p) => p.modifiers));
  for (const modifier of [...new Set(modifiers)]) {
    // The stemmer may eat a short head whole ("Deutschland|ende" → deutschland): such a join is the modifier alone.
    const alone = new Set(termsOf(modifier));
    for (const head of heads) {
      for (const link of LINKS) {
        const term = termsOf(modifier + link + head.toLowerCase())[0];
        if (term !== undefined && !alone.has(term) && known(term) && !word.terms.some((t) => t.term === term)) word.terms.push({ term, weight: 1 });
      }
    }
  }
}

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

/**
 * When the corpus has no translation of a word, the heads Ding's compounds show for it are evidence ("village" → Dorf
 * is absent, but "border village" → Grenzort shows …ort, and the corpus writes "Orten"): those the corpus has, at
 * `translationWeight`.
 */
function learnedHeads(word: string, { termsOf, attested, translationWeight }: GermanTerms): Array<{ term: string; weight: number }> {
  const heads = keysOf(word).flatMap((key) => compoundPartsOf(key)?.heads ?? []);
  return [...new Set(heads)].filter((head) => head.length >= 3 && attested(head)).flatMap((head) => termsOf(head).slice(0, 1).map((term) => ({ term, weight: translationWeight })));
}

/** German endings after a stem (Snowball's): "firm" is the stem of Ding's German "firmen" (and of "Firmen"). */
const GERMAN_ENDINGS = ['', 'e', 'en', 'n', 'er', 'es', 's'];

/**
 * The English word itself, when the corpus writes it and Ding never gives it (or a German word of its stem) as German:
 * German text uses it as is ("Cannabis", for which Ding offers Hanf and Kannabis; the "Act" of "Chips Act"). Its
 * terms, or none: a word Ding has as German ("kind" ~ Kind, "rat" ~ Rat, "firm" ~ Firmen) is a false friend.
 */
function loanwordTerms(span: string[], { writes, termsOf }: GermanTerms): string[] {
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
function loanFirst(found: QueryWord, loan: string[]): QueryWord {
  const rest = found.terms.filter((t) => !loan.includes(t.term)).map((t) => (t.weight >= 1 ? { ...t, weight: LOAN_TRANSLATION_WEIGHT } : t));
  return { terms: [...loan.map((term) => ({ term, weight: 1 })), ...rest] };
}

/**
 * A translation spelled like the English word is a loanword German uses ("tickets" → Tickets, "team" → Team, "app"):
 * when the corpus has it, it is the word itself, whatever its place among Ding's senses (Ding lists "Ticket" 27th
 * after Strafmandat, Fahrkarte …), so it goes first.
 */
function loanwordsFirst(span: string[], translations: Translation[], attested: (german: string) => boolean): Translation[] {
  if (span.length !== 1) return translations;
  const forms = new Set(keysOf(span[0]!));
  // Only one the corpus has: otherwise the first translation stays the guess ("flying" → fliegen, not "Fly").
  const loan = (t: Translation) => forms.has(foldGerman(t.german.toLowerCase())) && attested(t.german);
  return [...translations.filter(loan).map((t) => ({ ...t, rank: 0 })), ...translations.filter((t) => !loan(t))];
}

/**
 * The one place translations become a query word: of the translations the corpus has, the first few are searched,
 * the first at full weight (its kind decides its synonyms), the others at `translationWeight`; undefined when the
 * corpus has none.
 */
function attestedWord(translations: readonly Translation[], german: GermanTerms, prefer?: Prefer): QueryWord | undefined {
  const { weighted, attested, translationWeight, maxTranslations } = german;
  // A phrase the corpus lacks is searched by its thesaurus synonyms the corpus has ("United States" → Vereinigte
  // Staaten → USA): German news abbreviates or renames what Ding spells out.
  const termsFor = (g: string): string[] => (attested(g) ? withInflections(g, german) : (german.phraseSynonyms?.(g) ?? []));
  const senses = translations
    .map(({ german: g, rank }) => ({ terms: termsFor(g), kind: kindOf(g), sense: senseWeight(rank) }))
    .filter(({ terms }) => terms.length > 0);
  const found = (prefer ? prefer(senses) : senses).slice(0, maxTranslations);
  if (!found.length) return undefined;
  const [first, ...rest] = found;
  const extra = rest.flatMap(({ terms, sense }) => terms.map((term) => ({ term, weight: translationWeight * sense })));
  // A rare sense is evidence, not the word itself: none of its terms counts as the question's own.
  if (first!.sense < 1) return weighted([], [...first!.terms.map((term) => ({ term, weight: first!.sense })), ...extra]);
  return weighted(first!.terms, extra, first!.kind);
}


/** Endings of a German adjective before a noun ("frei" → die Freie|n Wähler). */
const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em'];

/**
 * A translation's terms, and for a lowercase single word (Ding's adjectives, adverbs, verbs) the terms of its inflected
 * forms the corpus has where the German analysis keeps them apart from the base ("frei", but "freie", "freien": the
 * lexicon knows those as words of their own). Where the stemmer joins the forms ("neue" → neu) nothing is added.
 * Without it "Free Voters" searched only "frei", which no passage holds, so the unknown-name check declined the
 * question. Measured (fourteen tuning dossiers, lexical): English answerable declined 10 → 9 % (landtagswahl 27 → 9 %),
 * R@3 unchanged on every dossier, heizung English R@1 one question lower; hybrid landtagswahl English R@3 36 → 55 %.
 */
function withInflections(translation: string, { termsOf, known }: GermanTerms): string[] {
  const terms = termsOf(translation);
  if (terms.length !== 1 || translation.includes(' ') || /^\p{Lu}/u.test(translation)) return terms;
  const forms = ADJECTIVE_ENDINGS.flatMap((ending) => termsOf(translation + ending).slice(0, 1)).filter((t) => known(t) && !terms.includes(t));
  return [...terms, ...new Set(forms)];
}

/** Dictionary German shows its kind: nouns (and noun phrases) are capitalized. */
const kindOf = (german: string): WordKind => (/^\p{Lu}/u.test(german.split(' ').at(-1)!) ? 'noun' : 'other');
