/**
 * Looking English words up in the Ding dictionary (data/lexicon/en-de.tsv.gz): the keys a word or phrase may be found
 * under (American spelling, base forms), and each translation's rank, which sets its weight.
 */
import { clippingFullForm } from './english-clippings.js';
import { newsPhrase } from './english-news-phrases.js';
import { isPhrasalVerb, withPhrasalSenses } from './english-phrasal-verbs.js';
import { germanFor } from './lexicon.js';
import { usualSenses } from './english-verbs.js';

/** A translation and its place in its dictionary entry's list (0 = the most likely sense). */
export interface Translation {
  german: string;
  rank: number;
}

/**
 * The data keeps every sense Ding gives (ranked by build-lexicon); the first COMMON_SENSES of an entry count in
 * full, later ones ("score" → Spielstand, "squad" → Mannschaft) at RARE_SENSE_WEIGHT: they find a corpus's own
 * sense when the common ones are absent, but a question met only through them is less surely answered. Measured
 * (English R@1/R@3 over the five tuning dossiers): 6 at 0.5 → 51/76 %, 6 at 1 → 51/76 % but court R@1 −2 questions,
 * 3 at 0.5 → 55/75 % with 4 more answerable questions declined, 10 at 0.5 → 50/76 %; 6 keeps the old data's cut.
 * Round 6 (seven tuning dossiers, English R@3 tune / held half): 4 → 82/79 %, 6 → 84/83 %, 10 → 82/83 %.
 */
/*
 * Measured and NOT kept (round 20): ordering each Ding row's senses by how common the German word is in general
 * German — Zipf frequencies from the PyPI package wordfreq 3.1.1 (code Apache-2.0, data CC BY-SA 4.0), exported for
 * the 148,644 lowercase words of Ding's German side that wordfreq lists; a phrase's frequency combined as wordfreq
 * does (1/f = Σ 1/fᵢ), a word it lacks counted 0. Lexical, twenty-one tuning dossiers, English R@1 / R@3 of 256,
 * MRR, answerable declined of 256 (German unchanged on every dossier, 202 / 270 of 328), against 133 / 190 / 0.630 / 25:
 * all senses by frequency 127 / 189 / 0.615 / 22 (schoigu R@3 −2, erdbeben R@1 −3); senses below Zipf 3 last
 * 128 / 187 / 0.617 / 24; below 3.5 last 130 / 191 / 0.624 / 23; Ding's place minus frequency (key zipf − 0.3 × place)
 * 128 / 189 / 0.615 / 23, (− 1 × place) 131 / 188 / 0.621 / 25; only the first three by frequency 128 / 190 / 0.616 / 24;
 * senses 1.5 Zipf below the row's most common last 132 / 190 / 0.627 / 24, 2.5 below 133 / 190 / 0.630 / 24; nouns
 * among the nouns' places by frequency 129 / 187 / 0.617 / 27. R@1 falls in every variant. Why: wordfreq folds
 * case, so "Zwingen" (clamps) counts as "zwingen" (to force); the commonest sense is often a generic word ("shot" →
 * alle, fertig, Foto before Schuss); and the rare sense in a miss is often a common word too ("clubs" → Kreuz 4.5,
 * "tips" → Ende, "seats" → Platz 5.5 above Sitz 4.6), so general frequency does not tell the news sense.
 */
const COMMON_SENSES = 6;
const RARE_SENSE_WEIGHT = 0.5;
export const senseWeight = (rank: number): number => (rank < COMMON_SENSES ? 1 : RARE_SENSE_WEIGHT);

/** American spelling, as Ding spells ("defence" → defense, "organisation" → organization). */
const americanOf = (word: string): string =>
  word.replace(/isation/, 'ization').replace(/ise([sd]?)$/, 'ize$1').replace(/ising$/, 'izing').replace(/our(s?)$/, 'or$1').replace(/ence$/, 'ense');

/** English endings a base form is sought behind, in the order tried. */
const ENDINGS = [/ies$/, /es$/, /s$/, /ed$/, /d$/, /(?<=[^aeiou])ing$/, /ing$/, /est$/, /er$/];
/** Of those, the ones tried only for a word the dictionary lacks as written (see `keysOf`). */
const GUESSED: ReadonlySet<RegExp> = new Set([ENDINGS[4]!, ENDINGS[7]!, ENDINGS[8]!]);

/** Dictionary keys an English word may be found under: American spelling (Ding spells so), then base forms. */
export function keysOf(word: string): string[] {
  const american = americanOf(word);
  // "-er", "-est" and a bare "-d" end far more words than they inflect ("power", "number", "weed", "need"): a word
  // the dictionary has as written is not read as a comparative or past of another ("better" ↛ bet, "weed" ↛ wee).
  const listed = germanFor(word) !== undefined || germanFor(american) !== undefined;
  const endings = listed ? ENDINGS.filter((ending) => !GUESSED.has(ending)) : ENDINGS;
  // "-ing" first tries the silent "e" it dropped ("trading" → trade, not the "trad" of trad jazz)
  const bases = endings.map((ending) =>
    american.replace(ending, ending.source.startsWith('ies') ? 'y' : ending.source.includes('?<=') ? 'e' : ''),
  );
  // "biggest" → "bigg" → "big", "planned" → "plann" → "plan"
  const undoubled = bases.map((base) => base.replace(/([bdgmnprt])\1$/, '$1'));
  return [...new Set([word, american, ...bases, ...undoubled])].filter((key) => key === word || key.length >= 3);
}

/**
 * Dictionary keys a phrase may be found under: as written, then with American spelling throughout and each base form
 * of its last word, which English inflects ("health insurers" → health insurer, "drug shortages" → drug shortage),
 * then each base form of its first word, which a phrasal verb inflects ("called off" → call off, "pulling out" → pull
 * out). Each key also hyphenated, as Ding writes compound adjectives ("right wing" → right-wing): the question's
 * hyphens are split before lookup.
 */
function phraseKeys(words: string[]): string[] {
  const american = words.map(americanOf);
  const lastForms = keysOf(words.at(-1)!).map((last) => [...american.slice(0, -1), last]);
  const firstForms = keysOf(words[0]!).slice(1).map((first) => [first, ...american.slice(1)]);
  const spaced = [words, ...lastForms, ...firstForms];
  return [...new Set([...spaced.map((p) => p.join(' ')), ...spaced.map((p) => p.join('-'))])];
}

/** The German for some English words: a phrase as written, a single word also under its other keys (all translations, in order, each with its rank in its entry). */
export function dictionaryLookup(words: string[]): Translation[] | undefined {
  const entries = words.length > 1 ? [{ senses: phraseSenses(phraseKeys(words)), after: 0 }] : singleEntries(words[0]!);
  const seen = new Set<string>();
  // Interleaved by rank: the base form's first sense ("stay" → bleiben) before the fifth of the form's own row
  // ("staying" → aussetzend); a stable sort keeps the written form first among equals. A plural's own nouns go first.
  const found = entries
    .flatMap(({ senses, after, table }, row) =>
      senses.flatMap((german, i) => withHead(german).map((g) => ({ german: g, rank: after + i, first: table === true || (row === 0 && pluralNoun(words, g, i)) }))),
    )
    .sort((x, y) => (x.first ? -1 : x.rank) - (y.first ? -1 : y.rank))
    .map(({ german, rank }) => ({ german, rank }));
  const unique = found.filter(({ german }) => !seen.has(german) && Boolean(seen.add(german)));
  return unique.length ? unique : undefined;
}

/**
 * German light verbs (general knowledge, 7 words): as a phrase's whole sense ("send in" → machen, "give up" → geben)
 * they say nothing of it, and every passage has them, so the phrase was "found" where nothing was sent in. Measured
 * (nineteen tuning dossiers, lexical): R@1/R@3/MRR unchanged on every dossier, answerable declined +1 (loewin
 * lo-en-07, a miss either way); hybrid, loewin only: English R@3 55 → 64 %, answerable declined 18 → 9 %. Only three
 * tuning questions hold such a phrase ("send in", "put in", "take place").
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['machen', 'tun', 'geben', 'haben', 'sein', 'werden', 'lassen']);

/** A phrase's senses under its first key Ding or the news-phrase list has: Ding's, then the list's, less light verbs. */
function phraseSenses(keys: string[]): string[] {
  const key = keys.find((k) => germanFor(k) !== undefined || newsPhrase(k) !== undefined);
  // A phrasal verb's base form is sought even when Ding has the written form ("flying back" → zurückfliegend).
  const phrasal = keys.find(isPhrasalVerb);
  const ding = key === undefined ? [] : [...new Set([...(germanFor(key) ?? []), ...(newsPhrase(key) ?? [])])];
  const senses = phrasal === undefined ? ding : withPhrasalSenses(phrasal, ding);
  return senses.filter((german) => !LIGHT_VERBS.has(german));
}

/**
 * A Ding row and the rank its first sense takes (`after` senses come before it). A row of the hand-written senses
 * tables (`table`: english-verbs.ts, english-news-senses.ts) goes before every Ding row whole, each sense keeping its
 * rank: interleaved by rank instead, only the table's first sense went before Ding's first ("approved" → zulassen
 * 2nd after Ding's anerkannt, which the corpus had, so the news sense was searched at half weight).
 */
interface Row {
  senses: string[];
  after: number;
  table?: boolean;
}

/**
 * A single word's Ding rows, one per key; a clipping Ding lacks or reads as another word ("subs" → Ersatzspieler) has
 * its full word's rows first ("submarine" → Unterseeboot, U-Boot) and its own after them, as rare senses: the question
 * used the clipping for the full word, and Ding's reading of it is kept only as evidence. Interleaved by rank instead,
 * "the sub" (a noun: nouns first) searched Ersatzspieler where the corpus had none of the full word's senses.
 */
function singleEntries(word: string): Row[] {
  const keys = keysOf(word);
  const usual = usualSenses(keys);
  const own = [...(usual ? [usual] : []), ...keys.map((key) => germanFor(key) ?? [])];
  const full = clippingFullForm(keys, COMMON_SENSES);
  if (full === undefined) return own.map((senses, row) => ({ senses, after: 0, table: usual !== undefined && row === 0 }));
  const fullWords = full.split(' ');
  const fullRows = fullWords.length > 1 ? [germanFor(full) ?? []] : keysOf(full).map((key) => germanFor(key) ?? []);
  return [...fullRows.map((senses) => ({ senses, after: 0 })), ...own.map((senses) => ({ senses, after: COMMON_SENSES }))];
}

/**
 * A word ending in a plural "-s" ("trains", not "class") whose own Ding row has nouns among its common senses: the
 * question uses the noun, so those (Züge) go before the base form's senses, where Ding lists the verb first ("train" →
 * richten … Zug 15th). Only nouns (capitalized): "trains" as a verb form is rare in a question ("does it train").
 * Measured (sixteen tuning dossiers, lexical): English R@3 75 → 76 %, bahnstreik 64 → 73 %, nothing lower; letting
 * the written form's whole row go first instead (any word, any kind) lowered English R@3 75 → 74 % (rhodos, erdbeben).
 */
const pluralNoun = (words: string[], german: string, rank: number): boolean =>
  words.length === 1 && /[^s]s$/.test(words[0]!) && isGermanNoun(german) && rank < COMMON_SENSES;

/** Whether a German translation is a noun: German capitalizes nouns. */
export const isGermanNoun = (german: string): boolean => /^\p{Lu}/u.test(german);

/** What English leaves out after a sea's proper adjective ("the Baltic", "the Ionian"). */
const SEA_HEADS = ['sea', 'ocean'];

/**
 * A capitalized word Ding has only as an adjective ("Baltic" → baltisch) that also names a sea ("baltic sea" →
 * Ostsee): English says "the Baltic" for the sea, German writes Ostsee, never "baltisch". Its translations followed by
 * the sea's; undefined for any other word. Capitalized only: "deep" → Tiefsee, "stormy" → aufgewühlte See would be
 * wrong; the words this reaches in Ding are sea names (Baltic, Arabian, Ionian, Philippine).
 */
export function seaNameLookup(word: string): Translation[] | undefined {
  const own = germanFor(word);
  if (!own || own.some((german) => /^\p{Lu}/u.test(german))) return undefined;
  const sea = SEA_HEADS.flatMap((head) => germanFor(`${word} ${head}`) ?? []);
  if (!sea.length) return undefined;
  return [...own, ...sea].map((german, rank) => ({ german, rank }));
}

/**
 * A translation that is a modified noun ("mündliche Verhandlung" for "hearing") is also tried as its head noun,
 * right after it: the corpus rarely has the dictionary's exact modifier, and the head carries the sense.
 */
function withHead(german: string): string[] {
  const head = german.split(' ').at(-1)!;
  return head !== german && /^\p{Lu}/u.test(head) && head.length >= 4 ? [german, head] : [german];
}
