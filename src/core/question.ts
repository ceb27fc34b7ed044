/** The checks every question passes before any search, shared by the engine and transports that must refuse early. */
import { DossierError } from './errors.js';

/** Collapses white space and checks length. Throws DossierError 'question_empty' or 'question_too_long'. */
export function validQuestion(raw: string, maxLength: number): string {
  const question = raw.replace(/\s+/g, ' ').trim();
  if (!question) throw new DossierError('question_empty', 'The question is empty. Ask something about the dossier.');
  if (question.length > maxLength) {
    throw new DossierError('question_too_long', `The question is ${question.length} characters long; the limit is ${maxLength}.`);
  }
  return question;
}
