/**
 * Sentence adverbs of time, degree and connection ("gerade", "zuletzt", "trotzdem"), and ordinal or quantifying
 * adjectives ("erste", "übrige"): closed classes of German grammar.
 * In a question they qualify the asked fact; their thesaurus synonyms (gerade → Linie, einfach; zuletzt → insgesamt,
 * schließlich; trotzdem → allein, immerhin) name no topic, yet each one a passage holds counted as a matched word.
 * Such a word keeps its own term, without synonyms. Round 24, twenty-five tuning dossiers, `node dist/bench/eval.js
 * --modes lexical --json --dossier <the 25>`, German of 381: R@3 312 → 314 (deutschlandticket tune +1, fiebersaft held
 * +1), R@1 233 → 234 (cannabis), MRR@5 0.717 → 0.719, declines and English unchanged, no dossier lower. Not kept: the
 * adverb dropped from the question altogether → R@3 312, R@5 −1 (cannabis R@3 −1, fiebersaft R@5 −1; esc +1 declined
 * less): a passage answering "zuletzt"/"bereits" often writes the word itself.
 */

// Folded. 48 adverbs.
const ADVERBS: ReadonlySet<string> = new Set(
  ('gerade derzeit momentan aktuell zurzeit inzwischen mittlerweile bereits damals fruher davor danach zuvor zuletzt ' +
    'kurzlich neulich bislang seither kunftig zunachst anschliessend schliesslich endlich langst stets immer nie niemals ' +
    'trotzdem dennoch jedoch allerdings ausserdem zudem ebenfalls ebenso immerhin zumindest wenigstens hingegen ' +
    'dagegen deshalb deswegen folglich ohnehin sogar kaum fast').split(' '),
);

// Stems, 12. Ordinal and quantifying adjectives ("ersten", "übrigen", "einzelner") behave alike: erst → Sieg,
// Champion; übrig → frei, Zusatz. Same run, after the adverbs, German of 381: R@3 314 → 316 (carola held +1, nobel tune
// +1), R@5 330 → 333, R@1 234 → 235, answerable declined 20 → 19 (intel), MRR@5 0.719 → 0.724, English unchanged, no
// dossier lower. (Round 17 dropped number words' expansion too and lost: here their own terms stay.)
const QUANTIFIERS: ReadonlySet<string> = new Set(
  'erst zweit dritt viert letzt nachst vorig ubrig einzeln einzig gesamt ganz'.split(' '),
);
/** True for the stem of an ordinal or quantifying adjective. */
export const isQuantifierStem = (stem: string): boolean => QUANTIFIERS.has(stem);

/** True for a folded word that is a sentence adverb (see above). */
export const isSentenceAdverb = (folded: string): boolean => ADVERBS.has(folded);

/**
 * "seit", "bis", "ab": the prepositions that bound a period, kept out of the stop words (stop-words.ts) because a
 * passage answering "Seit wann …?" says "seit …" too. Their own term is all they mean; their thesaurus entries are
 * those of words they are spelled like ("Seit wann ist sie Bundestrainerin?": seit → Seite → Flanke). General grammar, 3.
 * Round 28, 29 tuning dossiers, `eval --json --modes lexical`: German R@3 unchanged, R@1 62.4 → 62.6 % (deutschlandticket
 * +1), MRR@5 0.730 → 0.732 (louvre too), English and declines unchanged, no dossier lower.
 */
const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(['seit', 'bis', 'ab']);
/** True for a folded word that bounds a period (see above). */
export const isPeriodPreposition = (folded: string): boolean => PERIOD_PREPOSITIONS.has(folded);
