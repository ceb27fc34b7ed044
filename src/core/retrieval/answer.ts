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
 * Scores every sentence of the first passages with `score` (higher is better) and picks the best one,
 * adding the following sentence of the same passage when the best is very short or the next scores nearly as well.
 */
export function pickAnswer(
  passages: string[],
  score: (sentence: SentenceSpan, passage: number) => number,
  depth = 3,
): AnswerPick | null {
  let best: AnswerPick | null = null;
  let bestNext: { span: SentenceSpan; score: number } | undefined;
  for (const [passage, text] of passages.slice(0, depth).entries()) {
    const spans = sentenceSpans(text);
    const scores = spans.map((s) => score(s, passage) * RANK_DISCOUNT ** passage);
    for (const [i, value] of scores.entries()) {
      if (best && value <= best.score) continue;
      best = { passage, spans: [spans[i]!], score: value };
      bestNext = spans[i + 1] ? { span: spans[i + 1]!, score: scores[i + 1]! } : undefined;
    }
  }
  if (best && bestNext && (best.spans[0]!.text.length < SHORT_SENTENCE || bestNext.score >= SECOND_SENTENCE_SHARE * best.score)) {
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
