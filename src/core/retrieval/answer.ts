/** Extractive answers: the sentence (or two) of the cited passages that best answers the question. */
import { sentenceSpans as sentenceRanges } from '../chunk.js';

/** A sentence of a passage, with its character range in the passage text. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** A passage's sentences with their positions (the chunker's German-aware sentence rules). */
export function sentenceSpans(text: string): SentenceSpan[] {
  return sentenceRanges(text).map(([start, end]) => ({ start, end, text: text.slice(start, end) }));
}

export interface AnswerPick {
  /** Position of the chosen passage in the list given. */
  passage: number;
  spans: SentenceSpan[];
  score: number;
}

/** Later passages must beat earlier ones clearly: the ranking already says which passage answers best. */
const RANK_DISCOUNT = 0.85;
/** A sentence this short rarely answers on its own ("Das zeigt Wirkung."), so its neighbour joins it. */
const SHORT_SENTENCE = 70;
/** The neighbour also joins when it scores nearly as well. */
const SECOND_SENTENCE_SHARE = 0.7;

/**
 * A sentence opening with a word that points back ("Er sitzt seit Juli 2020 in Haft", "Dort kam ein Mann ums Leben",
 * "He said …") names its subject, place or reason in the sentence before. German and English personal and
 * demonstrative pronouns and pointing adverbs (general grammar, 31 German and 17 English words); "Die beiden"
 * / "the two" too. Not "Das"/"Die"/"The" alone: mostly articles. The word ends where no letter follows (\b is
 * ASCII-only: "Erörterung" would read as "Er"). Round 15, sixteen tuning dossiers, answer-has-evidence, with the
 * borrowing in cite.ts: lexical 239 → 245 of 431 (`node dist/bench/eval.js --modes lexical --json --dossier …`;
 * tauchboot −1); the borrowed words counted at half: 243, at 0.75: 245 (the same as whole).
 */
const POINTS_BACK =
  /^[„“"«»‚'(]*(?:(?:er|sie|es|ihm|ihn|ihr|ihre|ihrem|ihren|ihrer|sein|seine|seinem|seinen|seiner|dieser|diese|dieses|diesem|diesen|dies|dort|damit|dabei|daher|deshalb|deswegen|darauf|dafür|dagegen|demnach|he|she|it|they|his|her|its|their|this|these|those|there|thus|then|him|them|that)|(?:die|the)\s+(?:beiden|two))(?![\p{L}\p{N}])/iu;

/** Whether a sentence opens with a word that points back to the sentence before (POINTS_BACK). */
export function pointsBack(sentence: string): boolean {
  return POINTS_BACK.test(sentence.trimStart());
}

/**
 * Scores every sentence of the first passages with `score` (higher is better; it gets the sentence before, which a
 * sentence opening with a pronoun may borrow words from) and picks the best one. A best sentence that points back
 * comes with the sentence before ("Braun hat es nicht weit. Er sitzt seit Juli 2020 in Haft."); otherwise the
 * following sentence of the same passage joins when the best is very short or the next scores nearly as well.
 */
export function pickAnswer(
  passages: string[],
  score: (sentence: SentenceSpan, passage: number, previous: SentenceSpan | undefined) => number,
  depth = 3,
): AnswerPick | null {
  let best: AnswerPick | null = null;
  let bestPrevious: SentenceSpan | undefined;
  let bestNext: { span: SentenceSpan; score: number } | undefined;
  for (const [passage, text] of passages.slice(0, depth).entries()) {
    const spans = sentenceSpans(text);
    const scores = spans.map((s, i) => score(s, passage, spans[i - 1]) * RANK_DISCOUNT ** passage);
    for (const [i, value] of scores.entries()) {
      if (best && value <= best.score) continue;
      best = { passage, spans: [spans[i]!], score: value };
      bestPrevious = spans[i - 1];
      bestNext = spans[i + 1] ? { span: spans[i + 1]!, score: scores[i + 1]! } : undefined;
    }
  }
  if (best && bestPrevious && pointsBack(best.spans[0]!.text)) best.spans.unshift(bestPrevious);
  else if (best && bestNext && (best.spans[0]!.text.length < SHORT_SENTENCE || bestNext.score >= SECOND_SENTENCE_SHARE * best.score)) {
    best.spans.push(bestNext.span);
  }
  return best;
}

/** |A ∩ B| / min(|A|, |B|): how far the smaller term set is contained in the larger (same fact, other wording). */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.min(a.size, b.size);
}
