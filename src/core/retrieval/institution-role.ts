/**
 * "Welche Behörde …", "which agency …": German names an authority by a compound common noun with an institution head
 * ("der Generalbundesanwalt", "das Landeskriminalamt", "die Staatsanwaltschaft", "das Umweltministerium"), written
 * after an article like any noun, which `namesIn` therefore does not read as a name. Such a noun in the sentence, not
 * one the question gives, names the asked authority.
 */
import type { TermsOf } from './states-answer.js';
import { wordTokens } from './unknown-name.js';

/** The roles that ask for an authority (2 German and 4 English forms). */
const AUTHORITY_ROLE = /^(?:behörde|behörden|agency|agencies)$/iu;

/**
 * Heads of the names of German authorities (general vocabulary, 16 nouns with their plural and genitive endings):
 * offices, prosecutors, ministries, courts, police, commissions, agencies, presidiums, directorates, supervisors and
 * administrations, alone ("die Polizei") or as a compound's head ("Bundeskartellamt"). "Amt" is no head in
 * "insgesamt", "gesamt", "Samt" and "Beamte" (a person), which only end like it.
 */
const AUTHORITY_HEAD =
  /(?:(?<!ges|^s|^be)amt|ämter|anwalt|anwälte|anwaltschaft|ministerium|ministerien|behörde|gericht|polizei|kommission|agentur|präsidium|präsidien|direktion|aufsicht|verwaltung|senat)(?:s|es|e|en|n|er|ern)?$/iu;

/** Whether the role asks for an authority. */
export const asksForAuthority = (role: string): boolean => AUTHORITY_ROLE.test(role);

/** Whether the text names an authority the question does not give ("Noch am Abend zog der Generalbundesanwalt …"). */
export function namesAuthority(text: string, questionTerms: ReadonlySet<string>, termsOf: TermsOf): boolean {
  return wordTokens(text).some((w) => /^\p{Lu}/u.test(w.raw) && AUTHORITY_HEAD.test(w.raw) && !termsOf(w.raw).some((t) => questionTerms.has(t)));
}
