/** What every reader returns, whatever the file format. */
import type { CleanParagraph } from '../../types.js';
import type { TextMetadata } from '../text.js';

/** Reader-facing paragraphs, metadata values each with its source, and notes on what the reader could not use. */
export interface ArticleRead {
  paragraphs: CleanParagraph[];
  meta: TextMetadata;
  notes: string[];
  /** Set when the file cannot be read as an article at all (e.g. a page too deeply nested to parse safely). */
  refused?: string;
}
