/** What the community store records and reports. Plain data; no Discord types. */

/** One answered or declined question, as a transport saw it after sending the reply. */
export interface QuestionRecord {
  /** Reference carried by the reply's buttons, so a vote finds its question after a restart. */
  ref: string;
  /** `console`, or the Discord guild id (`dm` for direct messages). */
  guild: string;
  /** The raw member id: hashed before it is stored, never written as is. */
  userId: string;
  question: string;
  mode: string;
  answered: boolean;
  /** Cited passages as `articleId#label`. */
  cited: string[];
  latencyMs: number;
}

export type VoteValue = 1 | -1;

/** Why an answer was voted down (the 👎 form's choices). */
export const DOWN_REASONS = ['wrong_passage', 'answer_missing', 'outdated', 'other'] as const;
export type DownReason = (typeof DOWN_REASONS)[number];

/** What happened to a vote: first one, a changed one, the same again, or no such question. */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged' | 'unknown_question' | 'unavailable';

export interface Suggestion {
  at: number;
  guild: string;
  url: string;
  note: string;
}
