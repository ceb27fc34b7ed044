/**
 * How long cleaning one large page takes (`npm run bench:page`): a reader's file may be up to 5 MB (MAX_FILE_BYTES),
 * and the cleaning rules read the page's lines and blocks, so a rule that compares every block with every line turns a
 * 5 MB page into minutes. Three shapes: one-sentence paragraphs (many blocks), a page with no blank line inside its
 * story (one long block), and a hostile page of comment titles in one block. Prints the median of three runs per size; a figure to compare between commits, not a test.
 */
import { cleanArticle } from '../src/core/corpus/clean.js';
import { MAX_FILE_BYTES } from '../src/core/corpus/load.js';

const SENTENCE = 'Der Gemeinderat hat am Dienstag beschlossen, die Brücke über den Fluss im kommenden Jahr zu erneuern.';

/**
 * A page of about `bytes` bytes: a title, a lead, then numbered lines joined by `separator`: one-sentence paragraphs,
 * or a hostile page's comment titles ("Kommentare (3)") in one block between two paragraphs.
 */
function page(bytes: number, separator: string, comments = false): string {
  const parts = ['Titel der Seite', 'Einleitung der Seite mit einem Satz.', ...(comments ? [SENTENCE, ''] : [])];
  for (let k = 0, size = 0; size < bytes; k++) {
    parts.push(comments ? `Kommentare (${(k % 90) + 1})` : `${SENTENCE} Absatz ${k}.`);
    size += Buffer.byteLength(parts.at(-1)!) + separator.length;
  }
  return parts.join(separator) + (comments ? `\n\n${SENTENCE}` : '');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const sizes = [0.5, 2, MAX_FILE_BYTES / 1024 / 1024 - 0.1];
console.log('page shape | size | median of 3 | MB/s');
const shapes = [['one-sentence paragraphs', '\n\n', false], ['one long block', '\n', false], ['comment titles', '\n', true]] as const;
for (const [shape, separator, comments] of shapes) {
  for (const mb of sizes) {
    const raw = page(mb * 1024 * 1024, separator, comments);
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      cleanArticle(raw);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    console.log(`${shape} | ${mb.toFixed(1)} MB | ${ms.toFixed(0)} ms | ${(mb / (ms / 1000)).toFixed(1)}`);
  }
}
