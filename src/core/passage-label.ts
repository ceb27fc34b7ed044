/** The one way a passage is labelled, so an answer's citation and the /sources listing of an article agree. */
import type { Passage } from './types.js';

/**
 * "3" for paragraph 3, "3–4" for short paragraphs merged into one passage, "3.2" for the second part of a long
 * paragraph split in two (the part number comes from the passage id, `article#3.2`).
 */
export function passageLabel(p: Pick<Passage, 'id' | 'paragraph' | 'paragraphEnd'>): string {
  if (p.paragraphEnd > p.paragraph) return `${p.paragraph}–${p.paragraphEnd}`;
  const part = /#\d+\.(\d+)$/.exec(p.id)?.[1];
  return part ? `${p.paragraph}.${part}` : String(p.paragraph);
}
