/** Lines that several articles of one dossier share: menus, footers and prompts of the sites they came from. */
import { squash } from './text.js';

/** The squashed lines that occur in at least `minFiles` of the texts (each text counted once per line). */
export function repeatedLines(texts: string[], minFiles = 2): Set<string> {
  const files = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set(text.split(/\r?\n/).map(squash).filter((line) => line.length >= 2));
    for (const line of seen) files.set(line, (files.get(line) ?? 0) + 1);
  }
  return new Set([...files].filter(([, n]) => n >= minFiles).map(([line]) => line));
}
