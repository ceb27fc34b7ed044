/**
 * Separable verbs written joined. A German main clause splits them ("Die Patienten nehmen das Mittel ein" indexes
 * "nehm"), an infinitive, a subordinate clause or a participle joins them ("die Antikoagulanzien einnehmen",
 * "eingenommen", "einzunehmen" index "einnehm"). The joined form also yields its bare verb's stem, marked ("nehm~"),
 * and only a German question's own verb searches the marked term (analyzer.ts `analyzeQuery`, at the derivation
 * weight): "Darf man Lecanemab bekommen, wenn man Blutverdünner nimmt?" then meets "Patienten, die dauerhaft
 * Antikoagulanzien einnehmen, sollen Lecanemab nicht erhalten". Marked, because an English question's vague
 * translations ("take" → nehm) would otherwise meet every aufnehmen and abnehmen.
 *
 * Round 26, 27 tuning dossiers, `eval --json --modes lexical`, pooled German / English R@3: 82.8 / 76.2 → 83.0 / 76.2
 * (lecanemab German +1, nothing else moves; declines unchanged). Participles also in -t ("Angebot" read as an|gebot)
 * → 83.0 / 76.5 (court English +1), not kept: a strong participle ends in -en. Not kept: the same stem unmarked
 * → 82.8 / 75.6 (lecanemab, tauchboot +1; erdbeben, nobel −1; English carola, heizung, meister −1, court +1); unmarked
 * without infinitives that are also general nouns (das Einnehmen, Abkommen; lexicon.ts `germanNouns`) → 82.6 / 75.6.
 *
 * Separable verbs split in a question: its last word, a particle, re-joined to its verb (`separableJoins`).
 */
import { stemmer } from '@orama/stemmers/german';
import { isStopWord } from './stop-words.js';
import { strongVerbInfinitiveStem } from './strong-verbs.js';

/**
 * Prepositional particles of separable verbs (general German grammar, 14; the adjectival and nominal particles of
 * SEPARABLE_PARTICLES below — "frei", "preis" … — start too many unrelated words), longest first.
 */
const VERB_PARTICLES = 'zuruck zusammen nach auf aus bei ein mit vor weg ab an um zu'.split(' ').sort((a, b) => b.length - a.length);
/** Marks the bare verb stem of a joined separable verb, a term of its own ("nehm~" beside "nehm"). */
export const BARE_VERB_MARK = '~';
/** Shortest rest after the particle: "an|geben", "ein|nehmen"; shorter rests ("an|ruf") are left alone. */
const MIN_REST = 5;

/**
 * The bare verb stem of a folded word that is a prepositional particle joined to a strong verb of the corpus
 * (`verbStems`: infinitive stems of the corpus's strong verb forms) in its infinitive or present plural ("einnehmen"),
 * zu-infinitive ("einzunehmen") or participle in -en ("eingenommen"; not "Angebot"); undefined for any other word.
 */
export function bareVerbStem(word: string, verbStems: ReadonlySet<string>): string | undefined {
  const particle = VERB_PARTICLES.find((p) => word.startsWith(p) && word.length - p.length >= MIN_REST);
  if (!particle) return undefined;
  let rest = word.slice(particle.length);
  if (rest.startsWith('zu') && verbStems.has(stemmer(rest.slice(2)))) rest = rest.slice(2);
  if (rest.startsWith('ge') && rest.endsWith('en')) return strongVerbInfinitiveStem(rest);
  const bare = stemmer(rest);
  return /en$/.test(rest) && verbStems.has(bare) ? bare : undefined;
}

/**
 * Particles of separable verbs, which a German main clause puts last ("schätzt … ein", "wirft … vor"); folded. A closed
 * list of general German grammar, 45 particles: 23 prepositional and adverbial ones, then (round 23) 15 adjectival or
 * nominal ones ("macht … dicht", "gibt … preis", "hält … still") and 7 compound adverbs ("geht … voran").
 */
const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(
  ('ab an auf aus bei dar ein fest fort her hin los mit nach statt teil um vor vorbei weg zu zuruck zusammen ' +
    'dicht frei hoch kaputt kurz offen still tot voll weiter heim fern kund preis bereit ' +
    'hinaus heraus voran voraus davon dazu entgegen').split(' '),
);

/**
 * "haben" forms the separable "vorhaben", "anhaben", "innehaben" ("Was hat die Regierung vor?"); every other stop word
 * (article, pronoun, preposition, the other auxiliaries and modals) is no verb of a separable particle: "bietet die Bahn
 * der Gewerkschaft an" joined "an" + "der" into "ander" (the stem of "andere", in almost every passage) and "an" +
 * "die" into "andienen" (synonyms "anbieten", "zeigen"), each a question word of its own. General grammar (8 forms).
 * Round 28, 29 tuning dossiers, `eval --json --modes lexical`: German R@3 83.4 → 83.6 % (bahnstreik bs-de-03 +1, tune
 * half), nothing else moves.
 */
const HABEN = new Set('hab habe haben hat hatte hatten hast habt'.split(' '));
const functionWord = (word: string): boolean => isStopWord(word) && !HABEN.has(word);

/**
 * A question's last word may be the particle of a separable verb ("Was werfen die USA Nordkorea vor?"): the stop
 * list drops it and "werfen" alone misses "vorgeworfen". Each other word joined with it is tried; only joins the
 * corpus attests ("vorwerf") count, so "vor" + "staaten" adds nothing. A capitalized word is a noun, never the
 * verb: "schauten sich das Spiel an" joined "an" + "Spiel" into "Anspiel" (a kick-off), a wrong term at full weight.
 * Round 23: a join the corpus lacks counts when the thesaurus lists it with synonyms the corpus has ("machen … dicht"
 * → dichtmachen → schließen, aufgeben), and a joined particle is no longer searched on its own ("dicht" is a word;
 * the stop list dropped the others). Twenty-four tuning dossiers, `eval --modes lexical --json`: no R@1/3/5 and no
 * decline moves, German MRR@5 held 0.743 → 0.744 (galeria gk-de-04's answer passage #2, was #13; still declined:
 * its answer sentence counts "Filialen", not "Häuser"). Not kept: the base verb's own terms dropped for such a join
 * (its "mach" met "auslösen") → gk-de-04's passage #1, but juice R@1 −1 ("hob … ab": abheben).
 * Reads the question's folded word groups; `noun(i)` says group i is a noun, `stemsOf` gives a joined word's stems
 * (word-terms.ts) and `accepted` keeps a joined term. Returns the joined terms by the index of the verb's group.
 */
export function separableJoins(groups: string[][], noun: (i: number) => boolean, stemsOf: (word: string) => string[], accepted: (term: string) => boolean): Map<number, string[]> {
  const joins = new Map<number, string[]>();
  const last = groups.at(-1);
  if (groups.length < 2 || last?.length !== 1 || !SEPARABLE_PARTICLES.has(last[0]!)) return joins;
  groups.slice(0, -1).forEach((group, i) => {
    if (noun(i) || group.some(functionWord)) return;
    const joined = group.flatMap((word) => stemsOf(last[0]! + word)).filter((term) => accepted(term));
    if (joined.length) joins.set(i, joined);
  });
  return joins;
}
