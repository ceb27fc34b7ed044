/**
 * The weights `analyzeQuery` gives a question's search terms besides its own words (weight 1): synonyms, derivations,
 * translations, with the measurements that chose them. Defaults of `AnalyzerOptions` (analyzer.ts re-exports them).
 */

/**
 * See `AnalyzerOptions.translationWeight`. English R@3 on the tuning halves did not move between 0.25 and 0.75
 * (most English words have one translation the corpus has); 1 declined one more court question: 0.5.
 */
export const TRANSLATION_WEIGHT = 0.5;
/**
 * See `AnalyzerOptions.translatedSynonymWeight`: a translation is already a guess, its synonyms a guess further.
 * At the German weight (0.85–1) English R@3 on court fell from 60 to 30–40 %; 0.3–0.7 measured alike.
 */
export const TRANSLATED_SYNONYM_WEIGHT = 0.5;
/** See `AnalyzerOptions.maxTranslations`; 1 to 6 measured alike on the tuning data. */
export const MAX_TRANSLATIONS = 3;

/**
 * Synonyms are evidence, not the word itself: a passage saying "Insolvenz" answers "pleite" less surely than one
 * saying "pleite". With the general thesaurus (OpenThesaurus + Ding), German R@3 on the tuning halves of the
 * schoigu / court dossiers: 0 → 71 / 43 %, 0.3 → 74 / 43 %, 0.5 → 77 / 57 %, 0.7 → 77 / 57 %, 0.85 → 81 / 71 %,
 * 1 → 84 / 71 %; on the held-out halves 0.85 keeps 90 / 100 % where 1 drops court to 83 %: 0.85.
 * Round 9, ten tuning dossiers, German R@3 pooled (tune / held) against 82 % (86 / 78): synonyms at 0.6 / 0.4 only
 * for words the corpus itself has → 82 (86 / 77) / 78 %; in a cased question, synonyms of non-nouns at 0 / 0.5 → 77 /
 * 81 % (court loses its verb synonyms); no synonyms for a word with more than 6 / 9 in the corpus → 79 / 81 %;
 * compound parts of a question word at 0.7–0.9 → 81 % (juice declines two answerable questions); a question's first
 * word "Seit"/"Bis"/"Ab" not read as a noun (its Seite → Flanke synonyms) → no figure moves.
 */
export const SYNONYM_WEIGHT = 0.85;

/** See `AnalyzerOptions.derivationWeight`: a derived noun or verb is another word for the same event, as a synonym is. */
export const DERIVATION_WEIGHT = SYNONYM_WEIGHT;

/**
 * See `AnalyzerOptions.partSynonymFactor`. A compound's parts found by splitting are searched at full weight, but their
 * synonyms are guesses about a part, not about the asked word: "Bundestrainerin" searched Verband and Liga (of Bund),
 * "Siegtreffer" Champion and Erfolg (of Sieg), "Deutschland" Eck and Grund (of Land), "Heizungsgesetz" Satz and Lage
 * (of Gesetz), all at the weight of the word's own synonyms. Hyphen parts ("Afrika-Gipfel") are written words and keep
 * it. Round 15, sixteen tuning dossiers, `node dist/bench/eval.js --modes lexical --json`, German R@3 / R@1 of 261,
 * MRR (tune / held R@3): 1 → 217 / 163 / 0.730 (113 / 104); 0.7 → 219 / 163 / 0.732 (115 / 104); 0.6 → 218 / 164 /
 * 0.732 (fiebersaft declines one more answerable question); 0.5 → 219 / 164 / 0.734 (115 / 104; erdbeben and heizung
 * +1 at @3, no dossier lower at @3; landtagswahl −2, rhodos and cannabis −1 at @1; juice, deutschlandticket, heizung,
 * erdbeben, tauchboot +1 at @1); 0.3 → 215 / 162 (deutschlandticket, erdbeben −1); 0 → 214 / 161 (juice −3). Only the
 * compound's head keeping full weight (its class: a Siegtreffer is a Treffer), the modifier's synonyms at 0 / 0.5 →
 * 213 / 217. English questions are not touched (their words are translations), declined shares unchanged at 0.5.
 * Not kept (round 17, eighteen tuning dossiers, `eval --modes lexical --json`), German R@3 / R@1 / R@5 of 287, MRR
 * (tune / held R@3) against 238 / 178 / 252, 0.725 (127 / 111); English (169 / 221 at @3) moved only where said:
 * no part synonyms for a word the corpus writes whole → 236 / 176 / 252, 0.720 (126 / 110; juice −1 in each half,
 * one more answerable declined); none when the whole word has synonyms of its own → 237 / 179 / 253, 0.727 (127 / 110;
 * juice held −1, a "Raumsonde" question); none for a word the synonym files list as a noun → the same R@k; for a
 * word with synonyms of its own only its head's → 237 / 178 / 253 (juice held −1); only the head's for every compound → 235 /
 * 176 / 251 (heizung −1, juice −2, two more declined); none for a capitalized word the synonym files do not
 * list (a name, or an unlisted compound: "Ratzinger", "Jupitermission") → 237 / 178 / 251 (juice −1, one more
 * declined); such a word not split at all in a question → 231 / 172 / 245 (seven dossiers lower); none for parts
 * under 5 / 6 letters (land, bund, sieg) → 234 / 233 (erdbeben −2, juice −2 / −3). At index time, corpus words the synonym
 * files list whole ("Minister") not cut into their nouns (mini|ster) → German 234, English 165 (schoigu
 * −1 German, −2 English; court, fiebersaft, loewin, bahnstreik, deutschlandticket −1). No synonyms for a part with
 * more than 2 / 5 of them in the corpus → 233 / 232 (erdbeben −2, juice −3).
 */
export const PART_SYNONYM_FACTOR = 0.5;
