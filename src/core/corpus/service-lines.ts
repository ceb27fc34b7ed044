/**
 * Service lines a page sets beside the story, recognised by their shape: a row of labelled phone numbers ("Notruf in
 * Island: 112 · Deutsche Botschaft Reykjavík: +354 530 1100") and a reader's comment under its label ("Leserkommentar
 * von Hannelore K.: „…“"). A story quoting a number or a reader says so in a sentence, with a verb.
 */

/** A phone number: an emergency number of 3 digits, or a number of digit groups, perhaps with a country code. */
const PHONE = String.raw`(?:\+\d{1,3}[\s/-]?)?\d{2,5}(?:[\s/-]\d{2,8}){0,4}`;
/** One entry of such a row: a short label of words (no sentence inside), a colon and only a number after it. */
const ENTRY = new RegExp(String.raw`^[\p{L}][\p{L}\s.-]{1,50}:\s*${PHONE}$`, 'u');

/** Whether a line is a row of two or more labelled phone numbers, separated by dots, bars or semicolons, and nothing else. */
export function isPhoneRow(text: string): boolean {
  const entries = text.split(/\s+[·|•;]\s+/);
  return text.length < 250 && entries.length >= 2 && entries.every((entry) => ENTRY.test(entry.trim()));
}

/**
 * "Leserkommentar von Hannelore K.: „…“", "Leserbrief von Max M.:": the label a comments box or a letters column puts
 * over a reader's words, with a first name and an initial. "Ein Leser schrieb: …" or "In einem Leserbrief heißt es, …"
 * reports the reader in the story's own voice and stays.
 */
const READER_LABEL = /^(?:Leserkommentar|Leserbrief|Lesermeinung|Leserstimme)\s+von\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s\p{Lu}\.\s*:\s*["„“»]/u;

/** Whether a line is a reader's comment under its label (see READER_LABEL). */
export function isReaderComment(text: string): boolean {
  return READER_LABEL.test(text);
}
