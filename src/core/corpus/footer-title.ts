/**
 * A copyright footer that names the publisher's company and then, after a separator, the paper it prints:
 * "© Krone Multimedia GmbH & Co KG 2023 · Kronen Zeitung", "© 2023 Märkisches Medienhaus GmbH & Co. KG – Märkische
 * Oderzeitung", "© VDI Verlag GmbH 2024 · VDI nachrichten". The company is who owns the rights; the name after it, with no legal form, is the outlet.
 */

/** A company's legal form or the year: what shows that the part before the separator is the rights holder. */
const HOLDER = /\b(?:GmbH|AG|KG|KGaA|SE|Ltd\.?|Inc\.?|Verlag\w*|Medienhaus|Mediengruppe|Media|\d{4})\s*$/;
/**
 * The paper's name: up to four capitalised words (hyphens and dots inside, "B.Z."), no sentence, no rights notice.
 * A brand may set its word in lower case after its letters ("VDI nachrichten"): only after an acronym of 2–5 capitals.
 */
const TITLE = /^(?:\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}|\p{Lu}{2,5}(?:\s\p{Ll}[\p{L}-]*){1,2})$/u;
const NOT_A_TITLE = /\b(?:Rechte|Rights|vorbehalten|reserved|GmbH|AG|KG|Impressum|Datenschutz)\b/i;

/** The paper named after the rights holder in a copyright line ("… KG 2023 · Kronen Zeitung" → "Kronen Zeitung"), or null. */
export function titleAfterHolder(text: string): string | null {
  const parts = text.split(/\s+[·–|]\s+/);
  if (parts.length !== 2) return null;
  const [holder, title] = [parts[0]!.trim(), parts[1]!.trim().replace(/\.$/, '')];
  if (!/^(?:©|\(c\)|Copyright)/i.test(holder) || !HOLDER.test(holder)) return null;
  return TITLE.test(title) && !NOT_A_TITLE.test(title) ? title : null;
}
