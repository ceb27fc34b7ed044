/**
 * Figures a sentence states, each with the word it counts ("vier Millionen", "1.234 Stimmen", "27. Juli"), so that
 * two reports giving different figures for the same thing are not presented as one fact.
 */

/** German and English number words a report spells out: general, not corpus-fitted (34 entries). */
const WORDS: Record<string, string> = {
  zwei: '2', drei: '3', vier: '4', fünf: '5', fuenf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9', zehn: '10', elf: '11',
  zwölf: '12', zwoelf: '12', zwanzig: '20', dreißig: '30', dreissig: '30', vierzig: '40', fünfzig: '50', hundert: '100',
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11',
  twelve: '12', twenty: '20', hundred: '100',
};
const TOKEN = /\d+(?:[.,']\d+)*|\p{L}+/gu;
/** Units compare by their first letters, so "Stimme"/"Stimmen" and "Million"/"Millionen" meet. */
const UNIT_PREFIX = 5;

/** A figure and the word after it (its unit or what it counts), e.g. { value: '4', unit: 'milli' }. */
export interface Figure {
  value: string;
  unit: string;
}

/** The figures of a text, numbers normalised ("1.200" and "1200" meet; "1,9" and "1.9" meet). */
export function figuresOf(text: string): readonly Figure[] {
  let figures = seen.get(text);
  if (!figures) {
    // Every question compares the figures of the same candidate sentences again: read each sentence once.
    if (seen.size >= 20_000) seen.clear();
    seen.set(text, (figures = readFigures(text)));
  }
  return figures;
}
const seen = new Map<string, Figure[]>();

function readFigures(text: string): Figure[] {
  const tokens = [...text.toLowerCase().matchAll(TOKEN)].map(([t]) => t);
  const out: Figure[] = [];
  tokens.forEach((token, i) => {
    const value = /^\d/.test(token) ? normaliseNumber(token) : WORDS[token];
    const next = tokens[i + 1];
    if (value !== undefined) out.push({ value, unit: next && !/^\d/.test(next) ? next.slice(0, UNIT_PREFIX) : '' });
  });
  return out;
}

/**
 * True when both texts count the same thing (a shared unit) with no figure in common for it: "31 Mitglieder" and
 * "29 Mitglieder" disagree even if both say "zwölf Millionen Franken"; "27. Juli" and "70. Jahrestag" count
 * different things and do not.
 */
export function figuresDisagree(a: string, b: string): boolean {
  const byUnit = (figures: readonly Figure[]) => {
    const map = new Map<string, Set<string>>();
    for (const f of figures) if (f.unit) map.set(f.unit, (map.get(f.unit) ?? new Set()).add(f.value));
    return map;
  };
  const inB = byUnit(figuresOf(b));
  for (const [unit, values] of byUnit(figuresOf(a))) {
    const other = inB.get(unit);
    if (other && ![...values].some((v) => other.has(v))) return true;
  }
  return false;
}

/** German conventions: "1.200" / "1'200" (thousands) → "1200"; "1,9" (decimal) → "1.9". */
function normaliseNumber(token: string): string {
  if (/^\d{1,3}(['.]\d{3})+$/.test(token)) return token.replace(/['.]/g, '');
  return token.replace(',', '.');
}
