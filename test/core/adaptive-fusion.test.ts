import { describe, expect, it } from 'vitest';
import { runIndexJob } from '../../src/core/indexer.js';
import { lexicalShareFor, scoreFusion } from '../../src/core/retrieval/fusion.js';
import { retrieve, understanding } from '../../src/core/retrieval/retrieve.js';
import { FilesStore } from '../../src/core/store/files.js';
import { copyOfCorpus, engineOptions, tempDir, tinyEmbedderLoader } from '../support/fixtures.js';

const KNOWN = 'Wie viele Menschen starben im Koreakrieg?';
// The same question with a word no article holds: the lexical side can only have understood part of it.
const UNKNOWN = 'Wie viele Menschen starben laut Quorbelfimmern im Koreakrieg?';

describe('adaptive lexical share (fusion.ts AdaptiveShare)', () => {
  it('GIVEN scores the two sides disagree on THEN a lower lexical share lets the dense favourite win', () => {
    const lexical = new Map([[1, 10], [2, 4], [3, 0]]);
    const dense = new Map([[2, 0.9], [1, 0.8], [3, 0.7]]);
    expect(scoreFusion(lexical, dense, 0.6)[0]!.id).toBe(1);
    expect(scoreFusion(lexical, dense, lexicalShareFor(0.6, { signal: 'reach', full: 1 }, { top: 1, reach: 0.5 }))[0]!.id).toBe(2);
    expect(lexicalShareFor(0.4, { signal: 'top', full: 0.5 }, { top: 0.7, reach: 0.2 })).toBe(0.4);
  });

  it('GIVEN a question with a word the corpus lacks THEN the lexical side understood less and hybrid fusion gives it a lower share', async () => {
    const getEmbedder = await tinyEmbedderLoader();
    const options = engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir: tempDir(), getEmbedder });
    await runIndexJob(options);
    const generation = await new FilesStore(options.embeddingsDir).open();
    const embedder = await getEmbedder();
    const understood = async (question: string) => {
      const hits = await generation.searchLexical(question, 50);
      return understanding(await generation.view(question, hits.map((h) => h.index)), question, hits);
    };
    const known = await understood(KNOWN);
    const unknown = await understood(UNKNOWN);
    expect(known.reach).toBeGreaterThan(0.9);
    expect(unknown.reach).toBeLessThan(known.reach - 0.2);
    expect(unknown.top).toBeLessThan(known.top);

    // Hybrid retrieval with the adaptive share ranks exactly as a fixed share of 0.4 × reach would.
    const adaptive = { method: 'score', lexicalShare: 0.4, adaptive: { signal: 'reach', full: 1 } } as const;
    const vector = await embedder.embedQuery(UNKNOWN);
    const scoresOf = async (fusion: Parameters<typeof retrieve>[3]['fusion']) =>
      (await retrieve(generation, UNKNOWN, vector, { depth: 50, fusion })).candidates.map((c) => [c.index, c.score]);
    const withAdaptive = await scoresOf(adaptive);
    expect(withAdaptive).toEqual(await scoresOf({ method: 'score', lexicalShare: 0.4 * unknown.reach }));
    expect(withAdaptive).not.toEqual(await scoresOf({ method: 'score', lexicalShare: 0.4 }));
  });
});
