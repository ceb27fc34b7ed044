import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exactSearch } from '../../src/core/exact-vectors.js';
import { VectorIndex } from '../../src/core/vector-index.js';
import { runIndexJob } from '../../src/core/indexer.js';
import { openLiveIndex } from '../../src/core/live-index.js';
import { retrieve } from '../../src/core/retrieval/retrieve.js';
import { FilesStore } from '../../src/core/store/files.js';
import { copyOfCorpus, engineOptions, tempDir, tinyEmbedderLoader } from '../support/fixtures.js';

function unitVectors(count: number, dims: number, seed = 3): Float32Array[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) - 0.5;
  return Array.from({ length: count }, () => {
    const v = Float32Array.from({ length: dims }, random);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

describe('exact search over a range of raw vectors', () => {
  it('GIVEN one article’s range THEN it finds what HNSW with an article filter finds, in the same order', () => {
    const dims = 16;
    const vectors = unitVectors(400, dims);
    const path = join(tempDir(), 'vectors.f32');
    writeFileSync(path, Buffer.concat(vectors.map((v) => Buffer.from(v.buffer))));
    const hnsw = VectorIndex.build(vectors, dims);
    for (const [from, to] of [[0, 7], [120, 180], [390, 400]] as const) {
      const query = unitVectors(1, dims, from + 11)[0]!;
      const exact = exactSearch(path, dims, from, to, query, 5);
      const filtered = hnsw.search(query, 5, (label) => label >= from && label < to);
      expect(exact.map((h) => h.label)).toEqual(filtered.map((h) => h.label));
      exact.forEach((hit, i) => expect(hit.similarity).toBeCloseTo(filtered[i]!.similarity, 5));
      expect(exact.every((h) => h.label >= from && h.label < to)).toBe(true);
    }
    expect(exactSearch(path, dims, 10, 10, vectors[0]!, 5)).toEqual([]);
    expect(() => exactSearch(path, dims, 395, 405, vectors[0]!, 5)).toThrow(/shorter than its passages/);
  });
});

describe('dense retrieval restricted to one article', () => {
  it('GIVEN /ask source:… THEN the dense side ranks that article’s passages as HNSW with a filter does', async () => {
    const getEmbedder = await tinyEmbedderLoader();
    const options = engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir: tempDir(), getEmbedder });
    await runIndexJob(options);
    const live = await openLiveIndex(options.embeddingsDir);
    const query = await (await getEmbedder()).embedQuery('Wie viele Menschen starben im Koreakrieg?');
    const article = 'taz-allianz';
    const { candidates } = await retrieve(await new FilesStore(options.embeddingsDir).open(), 'Wie viele Menschen starben im Koreakrieg?', query, { sourceId: article, depth: 50, mode: 'dense' });
    const filtered = live.vectors!.search(query, 50, (i) => live.passages[i]!.articleId === article);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.map((c) => c.index)).toEqual(filtered.map((h) => h.label));
    candidates.forEach((c, i) => expect(c.dense!.similarity).toBeCloseTo(filtered[i]!.similarity, 5));
  });
});
