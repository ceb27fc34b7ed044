/**
 * A footer line naming the site and the company it belongs to: "tagesschau.de – ein Angebot der ARD", "Kurier.at –
 * ein Produkt der Kurier Redaktionsgesellschaft". The left side is the outlet readers know; the right side, which the
 * © line names again, is its owner. The line itself tells nothing of the story.
 */

/** The site, a dash, and "ein Angebot/Produkt/Service/Portal (4 nouns) der/des/von" its owner. */
const OFFER_LINE = /^([\p{L}\d][\p{L}\d.&' -]{1,40}?)\s+[–—-]\s+[Ee]in(?:e)?\s+(?:Angebot|Produkt|Service|Portal)\s+(?:der|des|von|vom)\s+([\p{L}\d][^.!?]{1,60}?)\.?$/u;

/** The site an owner's offer line names, or null: "tagesschau.de – ein Angebot der ARD" → "tagesschau.de". */
export function offeredSite(text: string): string | null {
  return text.length <= 120 ? (text.match(OFFER_LINE)?.[1] ?? null) : null;
}
