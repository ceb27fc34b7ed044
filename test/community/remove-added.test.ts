import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAddedArticle } from '../../src/community/add-article.js';
import { FetchRefused } from '../../src/community/safe-fetch.js';
import type { DossierEngine } from '../../src/core/engine-api.js';
import type { IndexSummary } from '../../src/core/types.js';
import { tempDir } from '../support/fixtures.js';

/** An engine whose reindex fails the first time (e.g. the index is locked by another process), then works. */
function flakyEngine(): DossierEngine & { reindexes: number } {
  const engine = {
    reindexes: 0,
    reindexing: false,
    maxQuestionLength: 300,
    ask: () => Promise.reject(new Error('not used')),
    sources: () => [],
    source: () => null,
    reindex: async () => {
      engine.reindexes++;
      if (engine.reindexes === 1) throw new Error('the index is locked by another job');
      return { upToDate: false } as IndexSummary;
    },
  };
  return engine;
}

describe('"Remove again"', () => {
  it('GIVEN a removal whose reindex fails THEN it says the index still holds it, and a second click takes it out', async () => {
    const corpusDir = tempDir();
    const file = 'added-20261128-abcdefgh.txt';
    writeFileSync(join(corpusDir, file), 'Ein Artikel.');
    const engine = flakyEngine();
    await expect(removeAddedArticle(engine, corpusDir, file)).rejects.toThrow(FetchRefused);
    expect(existsSync(join(corpusDir, file))).toBe(false);
    // The file is gone already; the second click still reindexes, and the index changed, so it reports removal.
    await expect(removeAddedArticle(engine, corpusDir, file)).resolves.toBe(true);
    expect(engine.reindexes).toBe(2);
  });
});
