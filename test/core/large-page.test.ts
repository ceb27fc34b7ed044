import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus, MAX_FILE_BYTES } from '../../src/core/corpus/load.js';
import { maxOf } from '../../src/core/corpus/text.js';

/**
 * A file up to 5 MB is accepted, so a page of very many short lines must load. `Math.max(...widths)` over every line
 * of such a page threw "Maximum call stack size exceeded" out of loadCorpus, and the whole index job with it.
 * (How long cleaning takes is `npm run bench:page`'s business, not a test's.)
 */
describe('a large page of short lines (GIVEN a 2.4 MB text file of 150,000 comment titles between two paragraphs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'large-page-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sentence = 'Der Gemeinderat hat am Dienstag beschlossen, die Brücke über den Fluss im kommenden Jahr zu erneuern.';
  const titles = Array.from({ length: 150_000 }, (_, k) => `Kommentare (${(k % 90) + 1})`).join('\n');
  const page = `Brücke wird erneuert\n\n${sentence}\n\n${titles}\n\nDer Bau beginnt im Frühjahr und soll zwei Jahre dauern.\n`;

  it('THEN the file is under the size limit, loads without a problem, and keeps the story without the comment titles', async () => {
    expect(Buffer.byteLength(page)).toBeLessThan(MAX_FILE_BYTES);
    writeFileSync(join(dir, 'gross.txt'), page);
    const { articles, problems } = await loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const text = articles[0]!.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Gemeinderat hat am Dienstag beschlossen');
    expect(text).not.toContain('Kommentare (');
  });
});

describe('maxOf', () => {
  it('GIVEN more values than a call can take as arguments THEN it returns the largest, and the floor when there are none', () => {
    const values = Array.from({ length: 500_000 }, (_, k) => (k * 7919) % 100_003);
    expect(maxOf(values)).toBe(100_002);
    expect(maxOf([], 0)).toBe(0);
    expect(maxOf([3, 9, 4], 5)).toBe(9);
  });
});

describe('a page a reader fails on (GIVEN two articles, and the text reader throwing on one of them)', () => {
  it('THEN that file is listed as a problem and the other article still loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-fails-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'Brücke wird erneuert\n\nDer Gemeinderat hat am Dienstag beschlossen, die Brücke zu erneuern.\n');
      writeFileSync(join(dir, 'b.txt'), 'Schule wird saniert\n\nDer Stadtrat hat am Mittwoch beschlossen, die Schule zu sanieren.\n');
      vi.resetModules();
      vi.doMock('../../src/core/corpus/readers/text.js', async (original) => {
        const real = await original<typeof import('../../src/core/corpus/readers/text.js')>();
        return {
          ...real,
          readTextArticle: (text: string, ...rest: Parameters<typeof real.readTextArticle> extends [unknown, ...infer R] ? R : never) => {
            if (text.includes('Schule')) throw new RangeError('Maximum call stack size exceeded');
            return real.readTextArticle(text, ...rest);
          },
        };
      });
      const { loadCorpus: load } = await import('../../src/core/corpus/load.js');
      const { articles, problems } = await load(dir);
      expect(articles.map((a) => a.meta.title)).toEqual(['Brücke wird erneuert']);
      expect(problems).toEqual([{ file: 'b.txt', reason: expect.stringMatching(/^could not be read: the reader failed on this page \(RangeError\)/) }]);
    } finally {
      vi.doUnmock('../../src/core/corpus/readers/text.js');
      vi.resetModules();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
