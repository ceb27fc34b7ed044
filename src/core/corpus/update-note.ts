/**
 * A page's note that it changed the article: "Dieser Artikel wurde aktualisiert.", "Dieser Artikel wurde am
 * 11.01.2024 um 20:05 Uhr aktualisiert." It tells when the page changed, not what happened. A sentence that says
 * more ("Der Artikel wurde aktualisiert, nachdem die Bahn …", "Der Text wurde am Montag von der Redaktion
 * geändert") is reporting and stays: the note is the subject, "wurde", at most a date and time, and the verb.
 */
const DATE = String.raw`(?:\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)\s?\d{2,4}|\d{4}-\d{2}-\d{2})`;
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s?Uhr)?`;
const UPDATE_NOTE = new RegExp(
  String.raw`^(?:Dieser|Der)\s+(?:Artikel|Beitrag|Text)\s+wurde\s+(?:zuletzt\s+)?(?:am\s+${DATE}(?:,?\s+um\s+${TIME})?\s+)?(?:aktualisiert|ergänzt|geändert|überarbeitet)\.?$`,
);

/** Whether a line is only the page's note that the article was updated. */
export function isUpdateNote(text: string): boolean {
  return UPDATE_NOTE.test(text.trim());
}
