/**
 * Compound parts from the general vocabulary: corpus words widened with them when the analyzer is built
 * (`widenWithGeneralParts`, at the end), and question nouns cut into general nouns (`generalNounSplitter`).
 *
 * Question nouns cut into general nouns. A question noun the corpus neither writes nor can cut into its own words
 * (compound-splitter.ts) may still be a compound whose head is a general noun the corpus never writes: "Festnahmewelle"
 * (Festnahme + Welle) met no passage when no corpus word ends in "-welle". Cut into corpus words and nouns of the
 * general vocabulary (lexicon.ts `germanNouns`, as `widenWithGeneralParts` below does for corpus words), it adds
 * its parts' corpus terms at GENERAL_PART_WEIGHT. Questions only, outside the analyzer's per-word cache: passages are
 * indexed as before. Verbs are not cut ("zugesagt" → zuge|sagt, "bestreiten" → best|reiten), nor adjectives.
 * Not kept (round 27, 28 tuning dossiers, `eval --modes lexical --json`): the parts at full weight, or as terms the
 * word's coverage worth switches to (as a synonym's does) → a meister unanswerable ("Wie hoch ist die Meisterprämie für
 * die Spieler?", meister|prämie → meister) answered at any weight: unanswerable declined 80.0 → 79.6 %.
 */
import { stemmer } from '@orama/stemmers/german';
import { createCompoundSplitter, type CompoundSplitter } from './compound-splitter.js';
import { germanNouns } from './lexicon.js';
import { isNumeric } from './words.js';

/**
 * Weight of such a part. The part is not the word, so the word keeps its own worth in coverage (coverage.ts
 * `wordWorth`, `part`) and the part earns a share of it. Round 27, 28 tuning dossiers, `eval --modes lexical --json`:
 * at 0.6, 0.65, 0.7 German R@3 83.3 → 83.6 % (louvre held lv-de-08 "… bei der zweiten Festnahmewelle …" answered),
 * nothing else moves; at 0.5 / 0.55 it stays declined; at 0.8 / 0.85 the meister unanswerable above is answered. The
 * window was found on those two questions; 0.65 is its middle, between TRANSLATION_WEIGHT and SYNONYM_WEIGHT.
 * Hybrid (`eval --modes hybrid --json`, real model): no figure of any dossier or half moves (de 89.8, en 83.0 %).
 */
export const GENERAL_PART_WEIGHT = 0.65;

/**
 * Parts of a folded question noun over the corpus's words (`surfaces`, `stems`) and the general nouns, for a word
 * that `corpusSplit` cannot cut and the corpus does not write; null otherwise. The general nouns load on first use.
 */
export function generalNounSplitter(surfaces: ReadonlySet<string>, stems: ReadonlySet<string>, minPartLength: number, corpusSplit: (word: string) => string[] | null): (word: string) => string[] | null {
  let splitter: CompoundSplitter | undefined;
  return (word) => {
    if (surfaces.size === 0 || surfaces.has(word) || word.length < 2 * minPartLength || corpusSplit(word)) return null;
    splitter ??= createCompoundSplitter(surfaces, stems, { minPartLength, openEnds: false }, germanNouns());
    return splitter.split(word, false);
  };
}

/**
 * Adjective endings: "südkoreanische" is not "Südkorea" + "Nische". A word with one is not cut into general nouns
 * (its corpus parts still apply); German adjectives are rarely compounds of nouns.
 */
export const ADJECTIVE = /(isch|lich|ig)(e|en|er|es|em)?$/;

/**
 * A compound part the corpus never writes alone stays hidden: "Arzneimittel" was not split because the corpus has no
 * "Arznei", so "Kinderarznei" in a question met no passage. Cuts every corpus word (not adjectives, see ADJECTIVE)
 * into corpus words and nouns of the general vocabulary (lexicon.ts `germanNouns`), and adds the parts used to
 * `surfaces`: then passages ("arzneimittel" → arznei + mittel) and questions ("kinderarznei" → kinder + arznei) meet.
 * Eval, lexical, five tuning dossiers pooled, R@3 German / English, unanswerable / answerable declined: without
 * 79 / 75 %, 33 / 3 %; any word of the lists 82 / 80 %, 25 / 3 % (parts like "chaft", "nisch"); nouns only, no
 * adjectives 81 / 79 %, 29 / 2 %, no dossier's German or English lower; also requiring 5 letters or two corpus words
 * using the part lost most of the gain.
 */
export function widenWithGeneralParts(surfaces: Set<string>, minPartLength: number): void {
  const general = germanNouns();
  const wide = createCompoundSplitter(surfaces, new Set([...surfaces].map((word) => stemmer(word))), { minPartLength, openEnds: false }, general);
  const parts = new Set<string>();
  const collect = (word: string, depth: number): void => {
    for (const part of wide.split(word, false) ?? []) if (!parts.has(part) && (parts.add(part), depth < 3)) collect(part, depth + 1);
  };
  for (const word of [...surfaces]) if (word.length >= 2 * minPartLength && !isNumeric(word) && !ADJECTIVE.test(word)) collect(word, 0);
  for (const part of parts) surfaces.add(part);
}
