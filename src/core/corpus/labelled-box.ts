/**
 * A box set into the story under its own heading as labelled entries: "Chronologie" over "Sonntag, 18. Juni: …",
 * "Montag, 19. Juni: …"; "Das wissen wir – das wissen wir nicht" over "Wir wissen: …", "Wir wissen nicht: …". The
 * heading titles the entries only: the story's paragraphs after the last entry go back to the section they were in
 * before the box. A heading over prose, or over one labelled paragraph only ("Südkorea - Deutschland 1:1 (1:0)"
 * above a report), stays the section of everything under it.
 */
import type { CleanParagraph } from '../types.js';

/** A short label and a colon opening the paragraph: at most five words, no sentence end (a day's "18." is no stop). */
const ENTRY = /^((?:[^:!?.]|(?<=\d)\.){2,40}):\s/u;

/** Whether a paragraph opens with a box entry's label ("Wir wissen nicht: …", "Montag, 19. Juni: …"). */
export function isLabelledEntry(text: string): boolean {
  const label = text.match(ENTRY)?.[1];
  return label !== undefined && label.trim().split(/\s+/).length <= 5;
}

/** The paragraphs with each labelled box's heading ended after its entries (see the file comment). */
export function endLabelledBoxes(paragraphs: CleanParagraph[]): CleanParagraph[] {
  const out = paragraphs.map((p) => ({ ...p }));
  let start = 0;
  while (start < out.length) {
    const section = out[start]!.section;
    let end = start;
    while (end < out.length && out[end]!.section === section) end++;
    let entries = start;
    while (entries < end && isLabelledEntry(out[entries]!.text)) entries++;
    // Two entries or more make a box; the story after them is in the section before the box.
    if (section !== null && entries - start >= 2 && entries < end) {
      const before = start > 0 ? out[start - 1]!.section : null;
      for (let i = entries; i < end; i++) out[i]!.section = before;
    }
    start = end;
  }
  return out;
}
