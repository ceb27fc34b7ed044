/**
 * Choosing an English word's German sense by co-occurrence in the corpus (Ballesteros & Croft 1998; Gao et al. 2001):
 * of the senses the corpus has, the one whose passages the question's other words share most also counts in full
 * ("share" beside "Windows PCs" → Teil beside Aktie). Deterministic and cheap: a few posting lists per question word.
 */

/** The passages holding an analyzed term, ascending (an empty list when none). */
export type DocsOf = (term: string) => ArrayLike<number>;

/** One sense of a word: its search terms and its weight from Ding's rank (1 for a common sense, see `senseWeight`). */
export interface Sense {
  terms: string[];
  sense: number;
}

/** Another word of the question, as translated with Ding's order: only its own terms (weight 1) stand for it. */
export interface ContextWord {
  terms: Array<{ term: string; weight: number }>;
}

/** Passages holding any of some terms. */
function passagesOf(terms: readonly string[], docsOf: DocsOf): Set<number> {
  const set = new Set<number>();
  for (const term of terms) for (const doc of Array.from(docsOf(term))) set.add(doc);
  return set;
}

/** Dice coefficient of two passage sets: shared passages over their mean size, so a sense found everywhere gains little by it. */
function dice(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const doc of a) if (b.has(doc)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The senses, with the common one sharing most passages with the other words (Σ Dice over them) moved first when it
 * beats the first sense, the first sense's terms joined to it so both count in full; otherwise unchanged (ties and no
 * evidence keep Ding's order).
 *
 * Measured (round 24, lexical, twenty-five tuning dossiers, `eval --modes lexical --json --dossier <the 25>`; English
 * R@1 / R@3 / R@5 of 302, tune / held R@3, answerable / unanswerable declined; German unchanged in every variant;
 * before: 161 / 225 / 242, 122 / 103, 9.3 / 73.3 %):
 * - kept, common senses only, first kept beside the chosen: 160 / 228 / 246, 123 / 105, 8.3 / 73.3 % (R@3 carola,
 *   heizung, meister, vulkan +1, wm2023 −1; schoigu unchanged);
 * - the chosen sense replacing the first, rare senses (Ding's 7th on) too: 164 / 222 / 241, 120 / 102, 9.6 / 71.4 %;
 *   the same with a margin of 2 ×: 158 / 223 / 245; rare senses kept at their lower weight: 163 / 224 / 246, 10.3 / 73.3 %;
 *   rare senses never chosen: 163 / 222 / 243;
 * - first kept, rare senses chosen too: 157 / 227 / 241, 7.9 / 71.4 %; with a margin of 1.5 × and a least score of
 *   0.3: 161 / 229 / 246, 7.6 / 72.4 % but schoigu R@3 −1 and one more unanswerable question answered.
 * Why replacing fails: in a dossier of ~50 passages a broad sense (Teil, halten, zeigen) shares passages with any
 * topic word, so it beat the right but narrower first sense about as often as it fixed a wrong one.
 */
export function bySenseContext<T extends Sense>(senses: readonly T[], context: readonly ContextWord[], docsOf: DocsOf): T[] {
  if (senses.length < 2 || !context.length) return [...senses];
  // Every sense's and context word's passages are asked for, even when none has any: a store that fetches them
  // (postgres-reader.ts) learns by one recording run which terms a question needs.
  const others = context.map((word) => passagesOf(word.terms.filter((t) => t.weight >= 1).map((t) => t.term), docsOf));
  const owns = senses.map(({ terms }) => passagesOf(terms, docsOf));
  if (!others.some((set) => set.size > 0)) return [...senses];
  const scores = owns.map((own) => others.reduce((sum, set) => sum + dice(own, set), 0));
  let best = 0;
  scores.forEach((score, i) => (score > scores[best]! ? (best = i) : undefined));
  // A rare sense is evidence only (see `senseWeight`): co-occurrence in a small corpus is too weak to make it the word.
  if (best === 0 || senses[best]!.sense < 1) return [...senses];
  const first = senses[0]!;
  const terms = first.sense >= 1 ? [...new Set([...senses[best]!.terms, ...first.terms])] : senses[best]!.terms;
  return [{ ...senses[best]!, terms }, ...senses.filter((_, i) => i !== best)];
}
