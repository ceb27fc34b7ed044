/** Ding's compounds as evidence for English words: two English nouns as one German compound, and a word's compound heads. */
import type { QueryWord } from './analyzer-types.js';
import { dictionaryLookup, keysOf } from './english-lookup.js';
import type { GermanTerms } from './german-terms.js';
import { compoundPartsOf } from './lexicon.js';

/** Linking morphemes German puts between a compound's parts ("Verhandlung|s|tag", "Straße|n|bahn"). */
const LINKS = ['', 's', 'n', 'en', 'e'];

/**
 * English puts two nouns side by side where German writes one word ("hearing days" → Verhandlungstage): when
 * the corpus has a compound of a translation of each word, the second word also searches it at full weight.
 */
export function addCompound(first: string, second: string, word: QueryWord, { termsOf, known }: GermanTerms): void {
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
 * When the corpus has no translation of a word, the heads Ding's compounds show for it are evidence ("village" → Dorf
 * is absent, but "border village" → Grenzort shows …ort, and the corpus writes "Orten"): those the corpus has, at
 * `translationWeight`.
 */
export function learnedHeads(word: string, { termsOf, attested, translationWeight }: GermanTerms): Array<{ term: string; weight: number }> {
  const heads = keysOf(word).flatMap((key) => compoundPartsOf(key)?.heads ?? []);
  return [...new Set(heads)].filter((head) => head.length >= 3 && attested(head)).flatMap((head) => termsOf(head).slice(0, 1).map((term) => ({ term, weight: translationWeight })));
}
