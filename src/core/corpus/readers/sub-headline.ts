import { isProse } from '../boilerplate.js';
import { PHRASE_START, SENTENCE_END, type Line } from '../text.js';

/**
 * "Physik-Nobelpreis 2023 würdigt die Erzeugung von Attosekunden-Lichtpulsen" under the <h1>: a sub-headline, a
 * second title of four to fourteen words in a headline's shape (no sentence end), alone above the story's first
 * paragraph. It restates the headline and is no text to quote, so it becomes the section heading of the paragraphs
 * under it: searchable with them (lexical-file.ts searchableText), never cited as a passage. Dropping it instead cost
 * nobel one German question whose words stood only there (round 21, lexical, twenty-two tuning dossiers: German R@3
 * 280 → 281 of 341 against dropping, every other row identical). A topic label of one to three words over the story
 * ("Energie", "Meinung · Kommentar") and a standfirst ending like a sentence stay.
 */
export function subHeadlineAsHeading(lines: Line[]): Line[] {
  const [first, next] = lines;
  if (!first || !next || first.heading || first.list || !isProse(next.text) || !SENTENCE_END.test(next.text)) return lines;
  const words = first.text.split(' ').length;
  const headlineShaped = PHRASE_START.test(first.text) && words >= 4 && words <= 14 && first.text.length <= 100 && !/[.!?:;,…]["“”»«’')]*$/.test(first.text);
  return headlineShaped ? [{ ...first, heading: true }, ...lines.slice(1)] : lines;
}
