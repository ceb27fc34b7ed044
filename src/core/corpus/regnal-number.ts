/**
 * A ruler's or pope's number closes a name with a period that ends no sentence: "Benedikt XVI.", "Ludwig II.",
 * "Johannes Paul II.". A kicker ("Abschied von Benedikt XVI.") or a breadcrumb's last entry ("Kirche › Benedikt XVI.")
 * that ends so is still a heading, not a sentence. A sentence may end alike ("… am Tag X."): callers use this only
 * where a heading is already likely (above the headline, inside a menu row).
 */
const REGNAL = /\p{Lu}\p{Ll}+\s(?=[IVXL])(?:L?X{0,3})(?:IX|IV|V?I{0,3})\.$/u;

/** Whether `text` ends with a name and its Roman number ("… Benedikt XVI."), so its last period is the number's. */
export function endsWithRegnalNumber(text: string): boolean {
  return REGNAL.test(text);
}

/** `text` without the period of a closing Roman number, so heading rules can judge it; other text as it is. */
export function withoutRegnalPeriod(text: string): string {
  return endsWithRegnalNumber(text) ? text.slice(0, -1) : text;
}
