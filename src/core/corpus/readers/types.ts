/** What every reader returns, whatever the file format. */
import type { CleanParagraph } from '../../types.js';
import type { TextMetadata } from '../text.js';

/** Reader-facing paragraphs, metadata values each with its source, and notes on what the reader could not use. */
export interface ArticleRead {
  paragraphs: CleanParagraph[];
  meta: TextMetadata;
  notes: string[];
}
