/**
 * German strong and irregular verbs: their vowel-changed forms ("starb", "empfing", "traf", "stirbt") lead back to
 * the infinitive, which a suffix stemmer cannot do. The forms come from the conjugations Ding lists in its verb
 * entries (data/lexicon/verb-forms.tsv.gz, see lexicon.ts); forms spelled like a noun ("stand", "lag" ~ Lage,
 * "gab" ~ Gabe) are left out there, so unrelated words do not merge.
 */
import { stemmer } from '@orama/stemmers/german';
import { verbForms } from './lexicon.js';

/**
 * Prefixes that leave the verb's forms intact ("empfing" = emp + fing, "beschlossen" = be + schlossen,
 * "vorgeworfen" = vor + geworfen), so prefixed verbs need no entries of their own. Longest first.
 */
export const VERB_PREFIXES: readonly string[] = [
  'zuruck', 'wieder', 'zusammen', 'entlang', 'heraus', 'herein', 'voran', 'vorbei', 'hinaus', 'hinein', 'entgegen',
  'unter', 'durch', 'statt', 'fest', 'fort', 'nach', 'miss', 'uber', 'teil', 'ver', 'zer', 'ent', 'emp', 'auf', 'aus',
  'bei', 'ein', 'mit', 'vor', 'weg', 'her', 'hin', 'an', 'ab', 'be', 'er', 'ge', 'um', 'zu',
];

/** Prefixes that never separate and take no ge- in the participle. */
const INSEPARABLE: ReadonlySet<string> = new Set(['be', 'emp', 'ent', 'er', 'miss', 'ver', 'zer']);

/** Stem of a changed form → stem of its infinitive ("starb" → "sterb"). Forms are stemmed so plurals meet too ("starben" → "starb"). */
let infinitiveStems: Map<string, string> | undefined;
const infinitiveStem = (formStem: string): string | undefined => infinitiveStemTable().get(formStem);

/*
 * Not kept (round 20, twenty-one tuning dossiers, `node dist/bench/eval.js --modes lexical --json --dossier <the 21>`):
 * Ding lists no preterite for many common strong verbs ("gewann", "brach", "stieg", "rief", "bat"; it has "starb",
 * "fand", "traf"), so "1988 gewann Bayer den UEFA-Pokal" never met "gewonnen". A hand list of 99 preterite singulars
 * (general grammar), added where Ding has none; against German R@1 / R@3 / R@5 of 328 201 / 269 / 286, MRR 0.717,
 * English R@3 187 of 256, answerable declined 7.7 %. With a filter dropping forms whose stem is a noun's of lexicon.ts
 * `germanNouns`: nothing moves (that list also has Gewann, Brache, Stieg, so the wanted forms went too). Without
 * the 29 forms spelled like a common noun instead (stand, lag, gab, sprach, tat, band, trug, schnitt, trieb …;
 * 70 left) → 198 / 268 / 287, 0.712, English 186, 7.9 % (heizung −1 at @3 and one more declined, carola −1,
 * benedikt −2 at @1, meister +1). Checking every new merge in the tuning corpora showed five more wrong ones
 * through the prefix rule (Spannstahl → stehlen, Vorbote → vor + bieten, Verwandte → verwenden, Risse, Gruber);
 * without those (65 left, the remaining merges all right: aufstieg → aufsteig, gewann → gewinn, brach → brech,
 * umstritten → umstreit …) → 199 / 269 / 286, 0.713, English 186, 7.9 % (meister +1 at @3; heizung −1 and one more
 * declined; benedikt −1 at @1): right merges, no gain, so the table stays Ding's.
 */

/** The table, built on first use by stemming every form Ding lists (~130 ms), or the copy an index stored. */
export function infinitiveStemTable(): ReadonlyMap<string, string> {
  if (!infinitiveStems) {
    infinitiveStems = new Map<string, string>();
    for (const [form, infinitive] of verbForms()) {
      const [formStem, stem] = [stemmer(form), stemmer(infinitive)];
      if (formStem !== stem && !infinitiveStems.has(formStem)) infinitiveStems.set(formStem, stem);
    }
  }
  return infinitiveStems;
}

/**
 * Takes the table from a stored index instead of building it (the index job wrote `infinitiveStemTable()` of the same
 * data/lexicon files): a process then answers its first question without stemming the whole verb list.
 */
export function useInfinitiveStemTable(entries: Iterable<readonly [string, string]>): void {
  infinitiveStems ??= new Map(entries);
}

/** Shortest verb part left after a prefix ("emp|fing"): shorter remainders are mostly chance matches. */
const MIN_REST = 3;

/**
 * The stem of the infinitive of a strong verb form (folded, lowercase word), or undefined for any other word:
 * "starben" → "sterb", "empfing" → "empfang", "vorgeworfen" → "vorwerf". Prefixed forms map to the prefixed infinitive.
 */
export function strongVerbInfinitiveStem(word: string): string | undefined {
  const direct = infinitiveStem(stemmer(word));
  if (direct) return direct;
  for (const prefix of VERB_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < MIN_REST) continue;
    const tail = word.slice(prefix.length);
    // Past participles keep their ge- after a separable prefix ("vorgeworfen"); the infinitive drops it.
    // After an inseparable prefix the participle has no ge- ("begangen" = be + gangen), so the table's form is tried with it.
    const rest = infinitiveStem(stemmer(tail)) ?? (INSEPARABLE.has(prefix) ? infinitiveStem(stemmer(`ge${tail}`)) : undefined);
    if (rest) return stemmer(prefix + unstemmedInfinitive(rest));
  }
  return undefined;
}

/** Infinitive stems are joined to a prefix and stemmed again: "sterb" + "en" keeps the stemmer's view of a verb. */
const unstemmedInfinitive = (stem: string) => `${stem}en`;
