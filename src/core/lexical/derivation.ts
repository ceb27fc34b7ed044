/**
 * German word formation that stemming cannot see: a verb and the noun derived from it share no stem when the noun
 * takes the verb's ablaut vowel ("brennt" / "Brand", "ausgebrochen" / "Ausbruch", "übernimmt" / "Übernahme") or a
 * Latin suffix ("produziert" / "Produktion", "evakuiert" / "Evakuierung"). A question's word gets the other side's
 * stems as extra search terms; the analyzer keeps only those its corpus has and weighs them like synonyms.
 * Query side only: the index is untouched. Round 25, twenty-six tuning dossiers, `eval --json` (lexical / hybrid):
 * German R@3 83.0 → 83.5 % / 89.3 → 89.8 %, answerable declined 6.4 → 6.1 % / 4.5 → 4.4 %; English and unanswerable
 * declined unchanged in both; no dossier lower. The lexical gain is brennen / Brand in two dossiers' questions.
 */
import { stemmer } from '@orama/stemmers/german';
import { VERB_PREFIXES } from './strong-verbs.js';

/**
 * Strong verbs and the nouns formed on their ablaut stem (general German word formation, folded spelling). Verbs whose
 * noun is spelled like their own stem ("fallen" / Fall, "laufen" / Lauf, "schlagen" / Schlag) need no entry; verbs
 * whose ablaut noun mostly means something else, alone or prefixed, are left out: "stehen" / Stand (Verstand, Abstand,
 * Vorstand), "sehen" / Sicht (Absicht, Vorsicht), "liegen" / Lage (Anlage), "gehen" / Gang (Eingang, Vorgang),
 * "binden" / Bund (the federal state); "geben" / Gabe, whose stem "gab" is the verb's own preterite (Aufgabe, Angabe).
 * 36 verbs, 37 nouns ("bieten" has Gebot and, after ver-, Verbot).
 */
const ABLAUT_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['brennen', 'brand'], ['brechen', 'bruch'], ['sprechen', 'spruch'], ['werfen', 'wurf'], ['greifen', 'griff'],
  ['schliessen', 'schluss'], ['fliessen', 'fluss'], ['schiessen', 'schuss'], ['giessen', 'guss'], ['geniessen', 'genuss'],
  ['ziehen', 'zug'], ['fliegen', 'flug'], ['steigen', 'stieg'], ['kommen', 'kunft'], ['finden', 'fund'],
  ['treiben', 'trieb'], ['schreiben', 'schrift'], ['treten', 'tritt'], ['schneiden', 'schnitt'], ['schreiten', 'schritt'],
  ['fahren', 'fahrt'], ['nehmen', 'nahme'], ['helfen', 'hilfe'], ['zwingen', 'zwang'],
  ['springen', 'sprung'], ['bieten', 'gebot'], ['bieten', 'bot'], ['schieben', 'schub'], ['fliehen', 'flucht'],
  ['verlieren', 'verlust'], ['beissen', 'biss'], ['reissen', 'riss'], ['pfeifen', 'pfiff'], ['schworen', 'schwur'],
  ['stechen', 'stich'], ['gebaren', 'geburt'], ['wachsen', 'wuchs'], ['saugen', 'sog'],
];

/** Nouns searched only with a prefix: bare "Zug" is mostly the train, "Abzug", "Umzug", "Rückzug" are ziehen's. */
const PREFIXED_ONLY: ReadonlySet<string> = new Set(['zug']);

/**
 * Prefixed nouns whose meaning left the prefixed verb's (general German vocabulary, 7): Zukunft is no "zukommen",
 * Auskunft no "auskommen", Anspruch no "ansprechen", Abschnitt and Durchschnitt no cutting, Anzug and Vorzug no pulling.
 */
const LEXICALIZED: ReadonlySet<string> = new Set(['zukunft', 'auskunft', 'anspruch', 'abschnitt', 'durchschnitt', 'anzug', 'vorzug'].map((w) => stemmer(w)));

/** Prefixes that do not separate: after them a noun has no "ge-" ("verbieten" / Verbot, but "anbieten" / Angebot). */
const INSEPARABLE: ReadonlySet<string> = new Set(['be', 'emp', 'ent', 'er', 'miss', 'ver', 'zer']);

let tables: { nounsOfVerb: Map<string, string[]>; verbsOfNoun: Map<string, string[]> } | undefined;
/** Stems of PREFIXED_ONLY nouns and of their verbs: not related when bare. */
const bareNouns = new Set<string>();
function ablautTables() {
  if (tables) return tables;
  const nounsOfVerb = new Map<string, string[]>();
  const verbsOfNoun = new Map<string, string[]>();
  for (const [verb, noun] of ABLAUT_NOUNS) {
    const [v, n] = [stemmer(verb), stemmer(noun)];
    nounsOfVerb.set(v, [...(nounsOfVerb.get(v) ?? []), noun]);
    verbsOfNoun.set(n, [...(verbsOfNoun.get(n) ?? []), verb]);
  }
  for (const noun of PREFIXED_ONLY) {
    const n = stemmer(noun);
    bareNouns.add(n);
    for (const verb of verbsOfNoun.get(n) ?? []) bareNouns.add(stemmer(verb));
  }
  return (tables = { nounsOfVerb, verbsOfNoun });
}

/** A related term and the share of the derivation weight it gets. */
export interface Related {
  term: string;
  share: number;
}

/**
 * Share for the bare verb's noun of a separably prefixed verb: "abbrennen" is brennen done to the end, but
 * "abschneiden" (to fare) is not cutting, so the bare noun is a weaker guess than the prefixed one.
 */
export const BARE_SHARE = 0.5;

/** Shortest verb or noun left after a prefix: "an|gebot", "aus|bruch"; shorter rests ("zug" aside) are chance. */
const MIN_REST = 3;

/**
 * Stems of the nouns of a strong verb's infinitive stem, and of the verbs of a noun's stem, prefix kept: "ausbrech" →
 * ausbruch, "ubernehm" → ubernahm, "ausstieg" → aussteig, "brand" → brenn. A prefixed verb with no such noun in
 * `known` also yields the bare verb's noun at BARE_SHARE ("abbrenn" → brand: the corpus says "der Brand", not "der Abbrand").
 */
export function ablautRelatives(stem: string, known: (term: string) => boolean, kind?: 'noun' | 'other'): Related[] {
  const tables = ablautTables();
  // A cased question shows the kind: a capitalized word is a noun, so only its verb is sought, and the other way round
  // ("tritt" in "Wann tritt das Gesetz in Kraft?" is a form of treten, not the noun Tritt).
  const nounsOfVerb = kind === 'noun' ? new Map<string, string[]>() : tables.nounsOfVerb;
  const verbsOfNoun = kind === 'other' ? new Map<string, string[]>() : tables.verbsOfNoun;
  const out: Related[] = [];
  const add = (terms: string[], share: number) => out.push(...terms.filter(known).map((term) => ({ term, share })));
  const forms = (prefix: string, rest: string): string[] => {
    if (!prefix && bareNouns.has(rest)) return [];
    const nouns = (nounsOfVerb.get(rest) ?? []).flatMap((noun) =>
      prefix && !INSEPARABLE.has(prefix) && noun === 'bot' ? [] : noun === 'gebot' && INSEPARABLE.has(prefix) ? [] : [prefix + noun]);
    const verbs = (verbsOfNoun.get(rest) ?? []).map((verb) => prefix + verb);
    return [...nouns, ...verbs].map((word) => stemmer(word));
  };
  if (LEXICALIZED.has(stem)) return [];
  add(forms('', stem), 1);
  if (nounsOfVerb.has(stem) || verbsOfNoun.has(stem)) return out.filter((r) => r.term !== stem);
  for (const prefix of VERB_PREFIXES) {
    // A participle's ge- is no prefix of a noun ("Gebot" is not ge + Bot).
    if (prefix === 'ge' || !stem.startsWith(prefix) || stem.length - prefix.length < MIN_REST) continue;
    const rest = stem.slice(prefix.length);
    const before = out.length;
    const prefixedForms = forms(prefix, rest);
    if (prefixedForms.some((term) => LEXICALIZED.has(term))) break;
    add(prefixedForms, 1);
    if (out.length > before) break;
    if (!INSEPARABLE.has(prefix) && nounsOfVerb.has(rest)) add(forms('', rest), BARE_SHARE);
    if (nounsOfVerb.has(rest) || verbsOfNoun.has(rest)) break;
  }
  return out.filter((r, i) => r.term !== stem && out.findIndex((o) => o.term === r.term) === i);
}

/** A verb in -ieren or its -ierung noun (folded surface): what precedes the suffix ("evaku", "produz"). */
const IEREN = /^(.{3,})ier(?:en|e|t|te|ten|st|test|end|ende|enden|ung|ungen)$/;
/** A Latin noun in -ation / -ition / -ktion / -sion / -ssion (folded surface, plural -en allowed). */
const LATIN_NOUN = /^(.{3,}?)(ation|ition|ktion|ssion|sion)(?:en)?$/;

/**
 * The other side of a Latin verb / noun pair, stemmed: "produziert" → produktion (and produzier of "Produzierung"),
 * "evakuiert" → evakuier, "Evakuierung" → evakui, "Investition" → investi, "Explosion" → explodi.
 */
export function latinRelatives(word: string, known: (term: string) => boolean): string[] {
  const verb = IEREN.exec(word)?.[1];
  const candidates: string[] = [];
  if (verb) {
    candidates.push(`${verb}ieren`, `${verb}ierung`, `${verb}ation`, `${verb}ition`);
    const last = verb.at(-1)!;
    const head = verb.slice(0, -1);
    if (last === 'z' || last === 'g') candidates.push(`${head}ktion`);
    if (last === 'd') candidates.push(`${head}sion`);
    if (last === 't') candidates.push(`${head}ssion`);
  }
  const noun = LATIN_NOUN.exec(word);
  if (noun) {
    const [, base, suffix] = noun as unknown as [string, string, string];
    const bases = suffix === 'ktion' ? [`${base}z`, `${base}g`, base] : suffix === 'sion' ? [`${base}d`] : suffix === 'ssion' ? [`${base}t`] : [base];
    for (const b of bases) candidates.push(`${b}ieren`, `${b}ierung`);
  }
  const own = stemmer(word);
  return [...new Set(candidates.map((c) => stemmer(c)))].filter((term) => term !== own && known(term));
}
