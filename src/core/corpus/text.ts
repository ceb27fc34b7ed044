/** What the cleaning stages share: lines with their block numbers, the metadata a text carries, small helpers. */
import type { CleanParagraph } from '../types.js';

/** Metadata fields an article's own text may carry. */
export type MetaField = 'title' | 'outlet' | 'date' | 'author';

/** A value together with where it came from, so every metadata value can be traced. */
export interface Sourced {
  value: string;
  source: string;
}

/** Metadata found in the article text itself. */
export type TextMetadata = Partial<Record<MetaField, Sourced>>;

/** One article after cleaning: reader-facing paragraphs plus the metadata its text carried. */
export interface CleanedText {
  paragraphs: CleanParagraph[];
  meta: TextMetadata;
}

/** `block` numbers runs of lines between blank lines; `list` marks bullet items and summary boxes; `heading` a known heading. */
export interface Line {
  text: string;
  block: number;
  list?: boolean;
  heading?: boolean;
  /** The parts a copied row of links keeps apart with wide gaps or tabs ("Fußball   Tennis   Formel 1"), when it has several. */
  cells?: string[];
}

/** How a headline, a sentence or a phrase starts: a capital, a digit or an opening quote. */
export const PHRASE_START = /^[\p{Lu}\d„«"]/u;

/** How a sentence ends, closing quotes and brackets included. */
export const SENTENCE_END = /[.!?…]["“”»«’')]*$/;

/** Collapses runs of white space into one space and trims. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "2023", "7", "26" (or "23", "07", "26") → "2023-07-26". */
export function isoDay(year: string, month: string, day: string): string {
  const fullYear = year.length === 2 ? `20${year}` : year;
  return `${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The largest of `values`, or `floor` when there is none or all are below it. Not `Math.max(...values)`: spreading
 * an array passes each element as an argument, and a 2 MB page of short lines has more than the stack holds
 * (RangeError).
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
