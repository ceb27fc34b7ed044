/**
 * "Wolf in OberkärntenAlmbauern fürchten den nächsten Sommer": a kicker (the roofline over a headline) and the headline
 * set in two elements with no space between them, so copying the page glues the kicker's last word to the headline's
 * first. German writes no capital inside a word; a brand that does ("WhatsApp", "BahnCard") is a name the page prints
 * again, while a glue made by copying happens once. The headline is the part after the glue.
 */

/** A capitalised word glued to the next: "Oberkärnten" + "Almbauern", both halves of three letters or more. */
const GLUED = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,}[\p{L}-]*)$/u;

/**
 * The headline without the kicker glued before it, or null when `title` has no such glue: a kicker of up to six
 * words, a headline of three or more after it, and the glued word nowhere else in `page` (a brand recurs).
 */
export function withoutGluedKicker(title: string, page: string): string | null {
  const words = title.split(' ');
  const at = words.findIndex((word) => GLUED.test(word));
  if (at < 0 || at > 5 || words.length - at < 3) return null;
  const word = words[at]!;
  if (page.split(word).length > 2) return null;
  return [word.match(GLUED)![2]!, ...words.slice(at + 1)].join(' ');
}
