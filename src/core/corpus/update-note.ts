/**
 * A page's note that it changed the article: "Dieser Artikel wurde aktualisiert.", "Dieser Artikel wurde am
 * 11.01.2024 um 20:05 Uhr aktualisiert." It tells when the page changed, not what happened. A sentence that says
 * more ("Der Artikel wurde aktualisiert, nachdem die Bahn …", "Der Text wurde am Montag von der Redaktion
 * geändert") is reporting and stays: the note is the subject, "wurde", at most a date and time, and the verb.
 * Its running form says the page will change: "Hinweis der Redaktion: Dieser Text wird laufend ergänzt." — then
 * whatever else the line says must be furniture too (a call for the reader's pictures), or the line stays.
 * An "Update:" note may close with the editors' own sentence, "Wir haben den Artikel entsprechend ergänzt.": that
 * sentence goes, the note's news before it is story text and stays (cutEditorsSentence).
 */
import { promptReason } from './prompts.js';

const DATE = String.raw`(?:\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)\s?\d{2,4}|\d{4}-\d{2}-\d{2})`;
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s?Uhr)?`;
const UPDATE_NOTE = new RegExp(
  String.raw`^(?:Dieser|Der)\s+(?:Artikel|Beitrag|Text)\s+wurde\s+(?:zuletzt\s+)?(?:am\s+${DATE}(?:,?\s+um\s+${TIME})?\s+)?(?:aktualisiert|ergänzt|geändert|überarbeitet)\.?$`,
);
const LABEL = String.raw`(?:Hinweis der Redaktion|Anmerkung der Redaktion|Redaktioneller Hinweis|Hinweis|Update)\s*:\s*`;
/** "Dieser Text wird laufend ergänzt.", "Dieser Artikel wird fortlaufend aktualisiert.": the note of a page still being written. */
const RUNNING_NOTE = new RegExp(
  String.raw`^(?:${LABEL})?(?:Dieser|Der)\s+(?:Artikel|Beitrag|Text|Liveblog|Live-Blog|Ticker|Newsticker)\s+wird\s+(?:laufend|fortlaufend|ständig|regelmäßig|kontinuierlich|fortwährend)\s+(?:aktualisiert|ergänzt|erweitert)(?:\.|$)`,
);

/**
 * The editors telling the reader they changed this text, as a whole closing sentence: "Wir haben den Artikel
 * entsprechend ergänzt.", "Der Beitrag wurde daraufhin aktualisiert." The article itself is the object and nothing
 * else is said; "Wir haben den Antrag entsprechend ergänzt." (another object) or a quoted sentence is reporting.
 */
const EDITORS_WORDS = String.raw`(?:Wir\s+haben\s+(?:den|diesen)\s+(?:Artikel|Beitrag|Text)|(?:Der|Dieser)\s+(?:Artikel|Beitrag|Text)\s+wurde)\s+(?:entsprechend|daraufhin|nachträglich|inzwischen)\s+(?:aktualisiert|ergänzt|geändert|angepasst|korrigiert|überarbeitet)\.`;
const EDITORS_SENTENCE = new RegExp(String.raw`(?<=[.!?…"“”»«')])\s+${EDITORS_WORDS}$`);
/** The same sentence on a line of its own. */
const EDITORS_LINE = new RegExp(`^${EDITORS_WORDS}$`);

/** A paragraph without the editors' closing sentence about changing it (see EDITORS_SENTENCE); other text is returned as it is. */
export function cutEditorsSentence(text: string): string {
  const note = text.match(EDITORS_SENTENCE);
  return note?.index !== undefined && note.index >= 40 ? text.slice(0, note.index) : text;
}

/** Whether a line is only the page's note that the article was (or is being) updated. */
export function isUpdateNote(text: string): boolean {
  const line = text.trim();
  if (UPDATE_NOTE.test(line) || EDITORS_LINE.test(line)) return true;
  const note = line.match(RUNNING_NOTE);
  if (!note) return false;
  const rest = line.slice(note[0].length).trim();
  return rest === '' || promptReason(rest, true) !== null;
}
