/**
 * How long cleaning one large page takes (`npm run bench:page`): a reader's file may be up to 5 MB (MAX_FILE_BYTES),
 * and the cleaning rules read the page's lines and blocks, so a rule that compares every block with every line turns a
 * 5 MB page into minutes. Two shapes: one-sentence paragraphs (many blocks) and a page with no blank line inside its
 * story (one long block). Prints the median of three runs per size; a figure to compare between commits, not a test.
 */
import { cleanArticle } from '../src/core/corpus/clean.js';
import { MAX_FILE_BYTES } from '../src/core/corpus/load.js';

const SENTENCE = 'Der Gemeinderat hat am Dienstag beschlossen, die Brücke über den Fluss im kommenden Jahr zu erneuern.';

/** A page of about `bytes` bytes: a title, a lead, then numbered one-sentence paragraphs joined by `separator`. */
function page(bytes: number, separator: string): string {
  const parts = ['Titel der Seite', 'Einleitung der Seite mit einem Satz.'];
  for (let k = 0, size = 0; size < bytes; k++) {
    parts.push(`${SENTENCE} Absatz ${k}.`);
    size += Buffer.byteLength(parts.at(-1)!) + separator.length;
  }
  return parts.join(separator);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const sizes = [0.5, 2, MAX_FILE_BYTES / 1024 / 1024 - 0.1];
console.log('page shape | size | median of 3 | MB/s');
for (const [shape, separator] of [['one-sentence paragraphs', '\n\n'], ['one long block', '\n']] as const) {
  for (const mb of sizes) {
    const raw = page(mb * 1024 * 1024, separator);
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
