import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkArticle, sentenceSpans, splitSentences } from '../../src/core/chunk.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import type { CleanArticle, CleanParagraph } from '../../src/core/types.js';

const article = (paragraphs: Array<string | CleanParagraph>): CleanArticle => ({
  meta: { id: 'art', title: 'T', outlet: 'O', date: '2023-07', author: null, file: 'art.txt' },
  paragraphs: paragraphs.map((p) => (typeof p === 'string' ? { text: p, section: null } : p)),
});
const long = (label: string, chars = 200): string => `${label} ${'Ein ganz gewöhnlicher Satz mit Inhalt. '.repeat(Math.ceil(chars / 39))}`.trim();
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('splitSentences', () => {
  it('GIVEN German abbreviations and ordinals THEN it does not split inside them', () => {
    expect(splitSentences('Er kam am 27. Juli an. Das war z. B. in St. Gallen, Nr. 5 bei Dr. Kim. Zum 70. Jahrestag kam er.')).toEqual([
      'Er kam am 27. Juli an.',
      'Das war z. B. in St. Gallen, Nr. 5 bei Dr. Kim.',
      'Zum 70. Jahrestag kam er.',
    ]);
  });

  it('GIVEN a year, quotes and question marks THEN it splits where sentences end', () => {
    expect(splitSentences('Der Krieg endete 1953. Danach «kam er!» Sagt wer? „Niemand.“ Dann ca. drei Tage… und weiter.')).toEqual([
      'Der Krieg endete 1953.',
      'Danach «kam er!»',
      'Sagt wer?',
      '„Niemand.“',
      'Dann ca. drei Tage… und weiter.',
    ]);
  });

  it('GIVEN merged paragraphs THEN a blank line always ends a sentence, and spans index the text', () => {
    const text = '  Eine Überschrift ohne Punkt\n\nEin Satz. Noch einer.  ';
    expect(splitSentences(text)).toEqual(['Eine Überschrift ohne Punkt', 'Ein Satz.', 'Noch einer.']);
    for (const [start, end] of sentenceSpans(text)) expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
    expect(splitSentences('')).toEqual([]);
  });
});

describe('chunkArticle', () => {
  it('GIVEN normal paragraphs THEN each is one passage numbered like a reader counts', () => {
    const passages = chunkArticle(article([long('A'), long('B')]));
    expect(passages.map((p) => [p.id, p.articleId, p.paragraph, p.paragraphEnd])).toEqual([
      ['art#1', 'art', 1, 1],
      ['art#2', 'art', 2, 2],
    ]);
    expect(passages[0]!.text).toBe(long('A'));
  });

  it('GIVEN a short paragraph THEN it merges with the following paragraph of its section', () => {
    const passages = chunkArticle(article([long('A'), 'Kurz.', long('B'), long('C')]));
    expect(passages.map((p) => [p.id, p.paragraph, p.paragraphEnd])).toEqual([
      ['art#1', 1, 1],
      ['art#2', 2, 3],
      ['art#4', 4, 4],
    ]);
    expect(passages[1]!.text).toBe(`Kurz.\n\n${long('B')}`);
  });

  it('GIVEN a short paragraph ending its section THEN it merges with the previous paragraph instead', () => {
    const passages = chunkArticle(
      article([
        { text: long('A'), section: 'Eins' },
        { text: 'Kurz am Ende.', section: 'Eins' },
        { text: long('B'), section: 'Zwei' },
      ]),
    );
    expect(passages.map((p) => [p.id, p.paragraphEnd, p.section])).toEqual([
      ['art#1', 2, 'Eins'],
      ['art#3', 3, 'Zwei'],
    ]);
  });

  it('GIVEN several short paragraphs in a row THEN they gather until long enough', () => {
    const passages = chunkArticle(article(['Eins.', 'Zwei.', 'Drei.', long('D')]), { minChars: 12 });
    expect(passages.map((p) => [p.paragraph, p.paragraphEnd])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('GIVEN a long paragraph THEN it splits at sentence boundaries, each part keeping its paragraph number', () => {
    const text = long('Lang', 2600);
    const passages = chunkArticle(article([long('A'), text]), { maxChars: 1200 });
    const parts = passages.filter((p) => p.paragraph === 2);
    expect(parts.length).toBe(3);
    expect(parts.map((p) => p.id)).toEqual(['art#2.1', 'art#2.2', 'art#2.3']);
    for (const part of parts) {
      expect(part.paragraphEnd).toBe(2);
      expect(part.text.length).toBeLessThanOrEqual(1200);
      expect(part.text).toMatch(/\.$/);
    }
    expect(parts.map((p) => p.text).join(' ')).toBe(text);
  });

  it('GIVEN a short paragraph next to a long one THEN it stays alone rather than blur a split', () => {
    const passages = chunkArticle(article([long('A', 1300), 'Kurz.']));
    expect(passages.map((p) => p.id)).toEqual(['art#1.1', 'art#1.2', 'art#2']);
  });

  it('GIVEN the same input twice THEN ids and hashes are stable, and a changed paragraph changes only its hash', () => {
    const paragraphs = [long('A'), long('B'), long('C')];
    const first = chunkArticle(article(paragraphs));
    expect(chunkArticle(article(paragraphs))).toEqual(first);
    for (const p of first) expect(p.hash).toBe(sha256(p.text));
    const changed = chunkArticle(article([paragraphs[0]!, `${paragraphs[1]} Neu.`, paragraphs[2]!]));
    expect(changed.map((p) => p.hash === first.find((f) => f.id === p.id)!.hash)).toEqual([true, false, true]);
  });

  it('GIVEN the dossier THEN passage ids are unique and the long taz paragraph is split', async () => {
    const { articles } = await loadCorpus(join(import.meta.dirname, '../../corpus'));
    const passages = articles.flatMap((a) => chunkArticle(a));
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    expect(passages.filter((p) => p.articleId === 'taz-allianz').map((p) => p.id)).toEqual([
      'taz-allianz#1', 'taz-allianz#2', 'taz-allianz#3.1', 'taz-allianz#3.2', 'taz-allianz#4',
    ]);
    for (const p of passages) expect(p.text.length).toBeLessThanOrEqual(1200);
  });
});
