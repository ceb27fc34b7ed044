/**
 * An image box that prints the credit first and the caption under it, with blank lines around the two: "Foto:
 * KNA/Paolo Rinaldi" / "Papst Franziskus segnet den Sarg …". The caption is one short sentence; a paragraph that
 * follows a credit has a blank line before it, or more lines or sentences of its own, and stays.
 */
import { splitSentences } from '../chunk.js';
import { isCreditOnly } from './boilerplate.js';
import type { Line } from './text.js';

/** Whether line `i` is the caption under the credit line above it, the two alone in their block. */
export function isCaptionUnderCredit(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  const credit = lines[i - 1];
  if (!credit || credit.block !== line.block || lines[i - 2]?.block === line.block || lines[i + 1]?.block === line.block) return false;
  if (!isCreditOnly(credit.text) || line.list) return false;
  // The chunker's splitter, which keeps "St. Lorenz" and "27. Juli" in one sentence.
  return line.text.length < 200 && splitSentences(line.text).length === 1;
}
