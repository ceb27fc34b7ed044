/**
 * A byline without "Von": the author's name alone on a line, beside the date line under the headline —
 * "Der Preis der Sonne" / "Georg Lechner" / "26.07.2023, 05:00". A name alone elsewhere (a subheading in the story,
 * a portrait's headline over its date) is left alone: the rule needs the date line next to the name and a headline
 * above both, so the page still has its title once the name is read — or the date line above the headline, the teaser
 * under it and the name straight under the teaser.
 */
import { functionWordShare, isProse } from './boilerplate.js';
import { isDateLine } from './dates.js';
import { NAME } from './names.js';
import { PHRASE_START, type Line } from './text.js';

const ONLY_NAME = new RegExp(`^${NAME}$`, 'u');
/** A name's word as people are named: "Georg", "Müller-Lüdenscheidt", "O’Neill"; not an acronym ("SWR") or a number. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
/** A paywall badge alone on a line: a short brand or "Abo" with "+" or "Plus" ("Abo+", "OP+", "SZ Plus", "Kurier+"). */
const PAY_BADGE = /^[\p{L}\d.-]{1,12}\s?(?:\+|Plus|PLUS)$/u;
const PARTICLE = /^(?:von|van|vom|de|der|den|da|di|du|zu|zur|la|le|al|ten|ter|el)$/;

/** Whether `text` is only a person's name: two or three name words (particles between), none a German function word. */
export function isPersonName(text: string): boolean {
  const words = text.split(' ');
  const named = words.filter((w) => !PARTICLE.test(w));
  // "Der Preis der Sonne" has the shape of a name with a particle, but its "Der" opens a phrase: no name starts with an article.
  return ONLY_NAME.test(text) && named.length >= 2 && named.length <= 3 && named.every((w) => NAME_WORD.test(w)) && functionWordShare(named.join(' ')) === 0;
}

/** Whether line `i` is the author's name alone, set beside the date line (same block) below a headline of three or more words (a teaser may come between). */
export function isLoneByline(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (!isPersonName(line.text)) return false;
  const beside = [i - 1, i + 1].filter((k) => lines[k]?.block === line.block && isDateLine(lines[k]!.text) !== null);
  if (beside.length === 0) return underTeaserDatedAbove(lines, i);
  // The nearest line above the name and its date line must be a headline, so the title is not the name.
  // A teaser may stand between the headline and the byline ("Erstmals seit 36 Jahren … 2025."): the headline above it counts.
  // A paywall badge over the byline ("Abo+", "SZ Plus") marks the article, it is no headline or teaser: look past it.
  let top = Math.min(i, ...beside);
  while (top > 0 && PAY_BADGE.test(lines[top - 1]!.text)) top--;
  const above = lines[top - 1];
  if (above !== undefined && isHeadline(above)) return true;
  const overTeaser = above !== undefined && isProse(above.text) ? lines[top - 2] : undefined;
  return overTeaser !== undefined && isHeadline(overTeaser);
}

/**
 * "Freitag, 7. März 2025" / headline / teaser / "Anita Zurbriggen": a page may print the date line above the headline
 * instead; then the name alone straight under the teaser, with the headline and that date line above it, is the byline.
 */
function underTeaserDatedAbove(lines: Line[], i: number): boolean {
  const [date, headline, teaser] = [lines[i - 3], lines[i - 2], lines[i - 1]];
  return date !== undefined && headline !== undefined && teaser !== undefined && isDateLine(date.text) !== null && isHeadline(headline) && isProse(teaser.text);
}

/** A headline: three or more words from a capital, no sentence's full stop, not a menu row or breadcrumb ("Meinung > Kommentare"). */
function isHeadline(line: Line): boolean {
  const { text } = line;
  return !line.cells && PHRASE_START.test(text) && text.split(' ').length >= 3 && text.length <= 140 && !/[.:;,]$/.test(text) && !/\s[>›»|/]\s/.test(text) && isDateLine(text) === null;
}
