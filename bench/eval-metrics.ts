/**
 * Scoring for the eval set (test/eval/questions.json): recall, MRR, abstention, answer and "also in" quality.
 * Pure functions over per-question outcomes, shared by `npm run eval` and the retrieval regression test.
 */
import { readFileSync } from 'node:fs';
import type { AskResult, Passage } from '../src/core/types.js';

export interface Question {
  id: string;
  lang: 'de' | 'en';
  question: string;
  /** Every article passage that answers it; empty for a question the dossier cannot answer. */
  answers: Array<{ article: string; evidence: string }>;
}

export type Half = 'tune' | 'held';

/**
 * Tuning half and held-out half, fixed: within each language × answerable group, in file order, the 1st, 3rd, 5th …
 * question tunes and the 2nd, 4th … is held out (de-01 tune, de-02 held; x-01 tune, x-03 held among the German
 * unanswerable ones). So a choice made on the tuning half is checked on questions it was not made on.
 */
export function halvesOf(questions: Question[]): Map<string, Half> {
  const seen = new Map<string, number>();
  return new Map(
    questions.map((q) => {
      const group = `${q.lang}/${q.answers.length > 0}`;
      const position = (seen.get(group) ?? 0) + 1;
      seen.set(group, position);
      return [q.id, position % 2 === 1 ? 'tune' : 'held'] as const;
    }),
  );
}

export function loadQuestions(path: string): Question[] {
  return JSON.parse(readFileSync(path, 'utf8')) as Question[];
}

/** What a system did with one question. `answer` and `alsoIn` only for the engine's modes. */
export interface Outcome {
  answered: boolean;
  /** Passage ids `${articleId}#${paragraph}`, best first. */
  ranked: string[];
  answer?: string | null;
  /** Per cited passage, the articles it says also report the fact. */
  alsoIn?: string[][];
}

export const outcomeOf = (result: AskResult): Outcome => ({
  answered: result.answered,
  ranked: result.passages.map((p) => `${p.sourceId}#${p.paragraph}`),
  answer: result.answer,
  alsoIn: result.passages.map((p) => p.alsoIn.map((a) => a.sourceId)),
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The passages containing a question's evidence (whitespace-insensitive). Evidence in no passage means ingestion
 * lost it (or the question is broken): it is reported through `lost`, and the question can then only be missed.
 */
export function relevantPassages(q: Question, passages: readonly Passage[], lost: (message: string) => void = (m) => { throw new Error(m); }): Set<string> {
  const ids = new Set<string>();
  for (const answer of q.answers) {
    const hit = passages.find((p) => p.articleId === answer.article && squash(p.text).includes(squash(answer.evidence)));
    if (hit) ids.add(`${hit.articleId}#${hit.paragraph}`);
    else lost(`${q.id}: evidence "${answer.evidence}" is in no passage of ${answer.article}`);
  }
  return ids;
}

/** Share of the evidence's words the answer contains: an answer sentence cut at a different boundary still counts. */
const EVIDENCE_WORDS_SHARE = 0.7;
const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether an extractive answer states one of the question's evidence strings (verbatim or ≥ 70 % of its words). */
export function answerHasEvidence(answer: string, q: Question): boolean {
  const text = squash(answer);
  const answerWords = new Set(wordsOf(text));
  return q.answers.some(({ evidence }) => {
    if (text.includes(squash(evidence))) return true;
    const words = wordsOf(evidence);
    return words.length > 0 && words.filter((w) => answerWords.has(w)).length / words.length >= EVIDENCE_WORDS_SHARE;
  });
}

export interface Row {
  system: string;
  lang: string;
  half: Half | 'all';
  /** Answerable questions. */
  n: number;
  recall1: number;
  recall3: number;
  recall5: number;
  mrr5: number;
  /** Unanswerable questions declined (higher is better); null when the selection has none. */
  abstention: number | null;
  /** Answerable questions declined (lower is better). */
  falseAbstention: number;
  /** Answered answerable questions whose answer states the evidence; null without answers. */
  answerEvidence: number | null;
  /** "Also in" entries naming an article the question lists as answering it, of all entries; null without any. */
  alsoInPrecision: number | null;
  alsoInEntries: number;
}

/** Scores the outcomes of the questions selected by language and half (halves per dossier when several are pooled). */
export function score(
  system: string,
  selection: { lang: string; half: Half | 'all' },
  questions: Question[],
  outcomes: Map<string, Outcome>,
  relevant: Map<string, Set<string>>,
  halves: Map<string, Half> = halvesOf(questions),
): Row {
  const chosen = questions.filter((q) => (selection.lang === 'all' || q.lang === selection.lang) && (selection.half === 'all' || halves.get(q.id) === selection.half));
  const answerable = chosen.filter((q) => q.answers.length);
  const unanswerable = chosen.filter((q) => !q.answers.length);
  const firstHit = (q: Question) => {
    const outcome = outcomes.get(q.id)!;
    if (!outcome.answered) return Infinity;
    const index = outcome.ranked.findIndex((id) => relevant.get(q.id)!.has(id));
    return index < 0 ? Infinity : index + 1;
  };
  const share = (part: number, whole: number) => (whole ? part / whole : 0);
  const recall = (k: number) => share(answerable.filter((q) => firstHit(q) <= k).length, answerable.length);
  const withAnswers = answerable.filter((q) => typeof outcomes.get(q.id)!.answer === 'string');
  const alsoIn = answerable.flatMap((q) => {
    const listed = new Set(q.answers.map((a) => a.article));
    return (outcomes.get(q.id)!.alsoIn ?? []).flat().map((article) => listed.has(article));
  });
  return {
    system,
    ...selection,
    n: answerable.length,
    recall1: recall(1),
    recall3: recall(3),
    recall5: recall(5),
    mrr5: share(answerable.reduce((sum, q) => sum + (firstHit(q) <= 5 ? 1 / firstHit(q) : 0), 0), answerable.length),
    abstention: unanswerable.length ? share(unanswerable.filter((q) => !outcomes.get(q.id)!.answered).length, unanswerable.length) : null,
    falseAbstention: share(answerable.filter((q) => !outcomes.get(q.id)!.answered).length, answerable.length),
    answerEvidence: withAnswers.length ? share(withAnswers.filter((q) => answerHasEvidence(outcomes.get(q.id)!.answer!, q)).length, withAnswers.length) : null,
    alsoInPrecision: alsoIn.length ? share(alsoIn.filter(Boolean).length, alsoIn.length) : null,
    alsoInEntries: alsoIn.length,
  };
}
