/** Errors shown to the person who ran a command: a stable identifier for code and tests, and text for people. */
import { isDossierError, type DossierErrorCode } from '../../core/errors.js';

export type UserErrorId = 'rate_limited' | 'not_admin' | 'unknown_article' | 'unknown_command' | 'not_recording' | 'bad_link' | 'bad_add' | DossierErrorCode;

export class UserError extends Error {
  constructor(
    readonly identifier: UserErrorId,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Discord wording for engine errors whose own message names a CLI flag or needs a hint; others speak for themselves. */
const dossierText: Partial<Record<DossierErrorCode, (message: string) => string>> = {
  question_empty: () => 'Your question is empty. Ask something about the dossier, e.g. `/ask question: Wer reiste nach Nordkorea?`',
  question_too_long: (m) => `${m} Please shorten it.`,
  bad_k: () => 'k must be a whole number from 1 to 10.',
  reindex_busy: () => 'A reindex is already running. Please wait for it to finish, then try again.',
  index_missing: () => 'The index is not ready yet. An admin can build it with /reindex.',
};

/** The user-facing text of an expected error, or null when the error is unexpected (a bug or an outage). */
export function userText(error: unknown): { identifier: UserErrorId; text: string } | null {
  if (error instanceof UserError) return { identifier: error.identifier, text: error.message };
  if (isDossierError(error)) return { identifier: error.code, text: dossierText[error.code]?.(error.message) ?? error.message };
  return null;
}
