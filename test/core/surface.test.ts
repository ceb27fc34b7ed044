import { describe, expect, it } from 'vitest';
import { surfaceBm25Index, surfaceIndexOf, surfaceWords } from '../../src/core/lexical/surface.js';
import type { Passage } from '../../src/core/types.js';

describe('surface-form BM25', () => {
  it('GIVEN a German sentence THEN its surface words are lowercased letters and digits, nothing stemmed, split or dropped', () => {
    expect(surfaceWords('Die Korea-Krieges endeten 1953, sagte Kim.')).toEqual(['die', 'korea', 'krieges', 'endeten', '1953', 'sagte', 'kim']);
  });

  it('GIVEN an inflected question word THEN only passages writing that very form match', () => {
    const index = surfaceBm25Index(['Der Streik endete am Montag.', 'Die Streiks enden nie.', 'Das Wetter war gut.']);
    expect(index.search('Wann endete der Streik?', 5).map((h) => h.index)).toEqual([0]); // not "Streiks", "enden"
    expect(index.search('Streiks', 5).map((h) => h.index)).toEqual([1]);
  });

  it('GIVEN candidate passages THEN scoreDocs gives each exactly the score search ranks it by, and 0 without a shared word', () => {
    const texts = ['Der Streik endete am Montag nach drei Tagen.', 'Die Bahn und die Gewerkschaft streiten.', 'Der Streik der Bahn, der Streik der Lokführer.', 'Nichts davon.'];
    const index = surfaceBm25Index(texts);
    const question = 'Wann endete der Streik der Bahn?';
    const hits = index.search(question, texts.length);
    expect(index.scoreDocs(question, hits.map((h) => h.index))).toEqual(hits.map((h) => h.score));
    expect(index.scoreDocs(question, [3])).toEqual([0]);
  });

  it('GIVEN the same passage list twice THEN the surface index is built once; GIVEN another list THEN it gets its own', () => {
    const passages = [{ text: 'Der Streik endete.' }, { text: 'Die Bahn fährt.' }] as unknown as Passage[];
    expect(surfaceIndexOf(passages)).toBe(surfaceIndexOf(passages));
    const other = [{ text: 'Die Bahn fährt.' }] as unknown as Passage[];
    expect(surfaceIndexOf(other)).not.toBe(surfaceIndexOf(passages));
    expect(surfaceIndexOf(other).size).toBe(1);
  });
});
