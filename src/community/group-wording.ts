/** Groups questions by similar wording: Jaccard overlap of their analysed terms against each group's first question. */

/** Two term sets this similar (shared / all) are the same question in other words. */
const SAME_WORDING = 0.5;

export interface Worded {
  question: string;
  /** Distinct analysed terms (stemmed, stop words gone). */
  terms: string[];
}

export interface WordingGroup<T extends Worded> {
  /** The group's first (seed) item's terms: what the others were compared with. */
  terms: string[];
  items: T[];
}

/**
 * Greedy single pass in the given order; each item joins the most similar group at or above SAME_WORDING, or
 * starts one. An inverted index (term → groups) limits comparisons to groups sharing a term, so 10,000 distinct
 * questions stay fast. Items without terms (only stop words) group by their folded text.
 */
export function groupByWording<T extends Worded>(items: readonly T[], threshold = SAME_WORDING): WordingGroup<T>[] {
  const groups: Array<WordingGroup<T> & { set: Set<string> }> = [];
  const byTerm = new Map<string, number[]>();
  const byText = new Map<string, number>();
  for (const item of items) {
    if (item.terms.length === 0) {
      const text = item.question.toLowerCase().replace(/\W+/gu, ' ').trim();
      const at = byText.get(text);
      if (at !== undefined) groups[at]!.items.push(item);
      else byText.set(text, groups.push({ terms: [], set: new Set(), items: [item] }) - 1);
      continue;
    }
    const mine = new Set(item.terms);
    const shared = new Map<number, number>();
    for (const term of mine) for (const g of byTerm.get(term) ?? []) shared.set(g, (shared.get(g) ?? 0) + 1);
    let best = -1;
    let bestScore = 0;
    for (const [g, n] of shared) {
      const score = n / (mine.size + groups[g]!.set.size - n);
      if (score >= threshold && score > bestScore) [best, bestScore] = [g, score];
    }
    if (best >= 0) {
      groups[best]!.items.push(item);
      continue;
    }
    const index = groups.push({ terms: [...mine], set: mine, items: [item] }) - 1;
    for (const term of mine) byTerm.set(term, [...(byTerm.get(term) ?? []), index]);
  }
  return groups.map(({ terms, items: members }) => ({ terms, items: members }));
}
