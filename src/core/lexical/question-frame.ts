/**
 * Words that frame a German question rather than say what it is about: a verb that asks for a meaning ("Was heißt …?")
 * and an adverb that names the kind of answer ("wie lange", "wie oft"). A question's analysis (german-query.ts
 * `analyzeGerman`) searches neither. Both read the question's folded word groups (words.ts `words`).
 */

/**
 * "Was heißt …?", "Was bedeutet …?": after a leading "was" these verbs only frame the question (a meaning is asked
 * for); the passage that answers defines, and rarely repeats them, while any sentence with "heißt" ("das heißt")
 * matched it — and "heißt" shares its stem with "heiß" (hot). Not "Wie heißt …?": it asks for a name, which the
 * answer often gives with the verb ("der Verein heißt …"), and dropping it let unanswerable name questions through
 * (schoigu: 2 more answered). Two verbs in two forms, general German; returns the verb's index, or -1.
 */
const FRAME_QUESTION_WORDS: ReadonlySet<string> = new Set(['was']);
const FRAME_VERBS: ReadonlySet<string> = new Set(['heisst', 'heissen', 'bedeutet', 'bedeuten']);
export function frameVerbAt(groups: string[][]): number {
  const [first, second] = groups;
  return first?.length === 1 && second?.length === 1 && FRAME_QUESTION_WORDS.has(first[0]!) && FRAME_VERBS.has(second[0]!) ? 1 : -1;
}

/**
 * "wie lange", "wie oft", "wie häufig": after "wie" these adverbs name the kind of answer asked for (a duration, a
 * frequency), as "viele" does in "wie viele" (a stop word). The passage that answers states "drei Tage" or "zweimal",
 * rarely "lange" or "oft", while passages with "lang…" words matched instead ("längst", "Verlängerung"). Dropped only
 * right after "wie", so "lange Schlangen" keeps its word. Not "wie lang"/"wie weit": a length or distance is often
 * written with its adjective ("vier Kilometer lang"). General German, 3 adverbs (folded). Round 23, twenty-four tuning
 * dossiers, `eval --modes lexical --json`: German R@3 tune 158 → 159 of 192 (schoigu +1), nothing else moves; with
 * "lang" and "weit" too, the same figures. Hybrid (`--modes hybrid --json`): schoigu +1, tauchboot −1 (tb-de-01
 * declined: its answer passage's coverage had counted "lang" from "Vier Tage lang", a duration is written so too).
 * Not kept: "lange" at weight 0.15 / 0.3 / 0.5 instead of dropped → lexical 159 / 158 / 158 (schoigu de-03 answered
 * at rank 4 from 0.3 on); hybrid at 0.15 and 0.3: tauchboot −1 all the same.
 */
const ASKED_KIND_ADVERBS: ReadonlySet<string> = new Set(['lange', 'oft', 'haufig']);
export function askedKindAt(groups: string[][]): Set<number> {
  const at = new Set<number>();
  groups.forEach((group, i) => {
    if (i > 0 && group.length === 1 && ASKED_KIND_ADVERBS.has(group[0]!) && groups[i - 1]!.length === 1 && groups[i - 1]![0] === 'wie') at.add(i);
  });
  return at;
}
