/**
 * Site addresses as pages print them ("tagesschau.de", "sport.ORF.at", "www.kicker.de"): one definition for every
 * rule that must tell an address from a name — sign-offs, source lines, link lines, navigation rows, outlets.
 */

/** The top-level domains of the German-language and generic sites a dossier cites. */
export const TLD = '(?:at|de|ch|com|net|org|eu|info)';

/** A host name ending in one of those domains, unanchored: "sport.ORF.at", "n-tv.de". */
export const HOST = `[\\w-]+(?:\\.[\\w-]+)*\\.${TLD}`;

const ADDRESS = new RegExp(`^(?:www\\.)?(${HOST})$`, 'i');

/** "tagesschau.de", "www.kicker.de" → the address without "www."; null for anything else. */
export function siteAddress(text: string): string | null {
  return text.match(ADDRESS)?.[1] ?? null;
}
