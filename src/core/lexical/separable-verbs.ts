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
 */
import { stemmer } from '@orama/stemmers/german';
import { strongVerbInfinitiveStem } from './strong-verbs.js';

/**
 * Prepositional particles of separable verbs (general German grammar, 14; the adjectival and nominal particles of
 * analyzer.ts SEPARABLE_PARTICLES — "frei", "preis" … — start too many unrelated words), longest first.
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
