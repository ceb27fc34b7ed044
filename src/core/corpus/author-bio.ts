/**
 * The author's note under an article: "Miriam Ohlendorf ist Redakteurin im Ressort Wirtschaft der Frankfurter
 * Rundschau." It says who wrote the story, not what happened, so it is no passage to cite. Only the byline's author
 * counts, and only after the story's last paragraph: the same sentence inside a story is about someone in it.
 */
import type { CleanParagraph } from '../types.js';

/**
 * What a journalist's note says they are: "ist Redakteurin", "arbeitet als freier Journalist", "war Korrespondent",
 * or what desk they run: "leitet das Ressort Politik der Saarbrücker Zeitung", "leitet die Lokalredaktion", or whom they
 * write for: "schreibt für 11FREUNDE über die Bundesliga" (a publication's name after "für", a capital or a digit).
 */
const ROLE = /^(?:(?:ist|war|arbeitet|schreibt)\b.{0,40}?\b(?:Redakteur|Korrespondent|Reporter|Autor|Journalist|Volontär|Ressortleiter|Chefredakteur|Mitarbeiter|Kolumnist|Leiter|Chef)(?:in)?\b|(?:leitet|leitete)\s+(?:das|die|den)\s+(?:\p{L}+-?)?(?:[Rr]essort|[Rr]edaktion|[Bb]üro|Desk)\b|(?:schreibt|schrieb)\s+(?:regelmäßig\s+|seit\s+\d{4}\s+)?für\s+(?:die\s+|den\s+|das\s+)?[\p{Lu}\d])/u;
/** The label of an author box (5 labels): "Zur Person:", "Über die Autorin:", "Die Autorin:". */
const AUTHOR_BOX = /^(?:Zur Person|Über die Autorin|Über den Autor|Die Autorin|Der Autor)\s*:\s+/;
/** A paragraph this long is story text: a note under the story is shorter. */
const STORY_LENGTH = 100;

/** The paragraphs without the byline author's note after the story's last paragraph (`author` as meta gives it: "A, B"). */
export function dropAuthorBio(paragraphs: CleanParagraph[], author: string | null | undefined): CleanParagraph[] {
  const names = (author ?? '').split(/\s*,\s*/).filter((name) => name.split(' ').length >= 2);
  if (names.length === 0 || paragraphs.length < 2) return paragraphs;
  const isBio = (text: string) =>
    text.length <= 250 && text.split(/[.!?]\s+(?=\p{Lu})/u).length <= 2 && names.some((name) => text.startsWith(`${name} `) && ROLE.test(text.slice(name.length + 1)));
  // Under its box's label the note may stand between paragraphs: "Zur Person: Annika Strödter leitet das Kulturressort
  // des General-Anzeigers." The byline's name after the label says the box is the author's, not someone in the story's.
  const isLabelledBio = (text: string) => AUTHOR_BOX.test(text) && isBio(text.replace(AUTHOR_BOX, ''));
  // The note comes after the story: no paragraph of story length may follow it (an app or newsletter prompt may).
  const lastStory = paragraphs.map((p) => p.text.length >= STORY_LENGTH && !isBio(p.text) && !isLabelledBio(p.text)).lastIndexOf(true);
  return paragraphs.filter((p, i) => !isLabelledBio(p.text) && (i < lastStory || i === 0 || !isBio(p.text)));
}
