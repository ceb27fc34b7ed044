import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/core/embedder.js';
import { readCurrentGeneration } from '../../src/core/index-store.js';
import { runIndexJob } from '../../src/core/indexer.js';
import type { Progress } from '../../src/core/types.js';
import { copyOfCorpus, engineOptions, tempDir, tinyEmbedderLoader } from '../support/fixtures.js';

describe('embedding job', () => {
  it('GIVEN no model THEN it says so in one line and builds the lexical index', async () => {
    const embeddingsDir = tempDir();
    const summary = await runIndexJob(engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir }));
    expect(summary).toMatchObject({ mode: 'lexical', articles: 5, embedded: 0, upToDate: false, problems: [] });
    expect(summary.notice).toMatch(/not available.*lexical-only until the model is available/);
    expect(summary.notice).not.toMatch(/\n/);
    expect((await readCurrentGeneration(embeddingsDir)).manifest.model).toBeNull();
  });

  it('GIVEN REQUIRE_MODEL and no model THEN the job fails and writes nothing', async () => {
    const embeddingsDir = tempDir();
    await expect(runIndexJob(engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir, requireModel: true }))).rejects.toMatchObject({ code: 'model_unavailable' });
    await expect(readCurrentGeneration(embeddingsDir)).rejects.toMatchObject({ code: 'index_missing' });
  });

  it('GIVEN a model THEN unchanged passages are never embedded again', async () => {
    const corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    const getEmbedder = await tinyEmbedderLoader();
    const progress: Progress[] = [];
    const first = await runIndexJob({ ...engineOptions({ corpusDir, embeddingsDir, getEmbedder }), onProgress: (p: Progress) => progress.push(p) });
    expect(first).toMatchObject({ mode: 'hybrid', embedded: first.passages, reused: 0, added: first.passages });
    expect(progress.filter((p) => p.stage === 'embed').at(-1)).toEqual({ stage: 'embed', done: first.passages, total: first.passages });

    const second = await runIndexJob(engineOptions({ corpusDir, embeddingsDir, getEmbedder }));
    expect(second).toMatchObject({ upToDate: true, embedded: 0, unchanged: first.passages });

    appendFileSync(join(corpusDir, '003_d9f6056cd9229062.txt'), '\n\nEin ganz neuer Absatz über die Beziehungen zwischen Nordkorea und Russland, der vorher nicht im Artikel stand und lang genug ist, um allein zu stehen.\n');
    const third = await runIndexJob(engineOptions({ corpusDir, embeddingsDir, getEmbedder }));
    expect(third).toMatchObject({ upToDate: false, added: 1, removed: 0, embedded: 1, reused: first.passages });

    rmSync(join(corpusDir, '000_15cf9ce17911e84b.txt'));
    const fourth = await runIndexJob(engineOptions({ corpusDir, embeddingsDir, getEmbedder }));
    expect(fourth.articles).toBe(4);
    expect(fourth.removed).toBeGreaterThan(0);
    expect(fourth.embedded).toBe(0);
  });

  it('GIVEN a malformed file THEN it is reported by name and the rest is indexed', async () => {
    const corpusDir = copyOfCorpus();
    writeFileSync(join(corpusDir, '005_binary.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00, 0x42]));
    writeFileSync(join(corpusDir, '006_empty.txt'), '  \n');
    const summary = await runIndexJob(engineOptions({ corpusDir, embeddingsDir: tempDir() }));
    expect(summary.articles).toBe(5);
    expect(summary.problems.map((p) => p.file).sort()).toEqual(['005_binary.txt', '006_empty.txt']);
  });

  it('GIVEN the model fails mid-job THEN the previous index stays current', async () => {
    const corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    await runIndexJob(engineOptions({ corpusDir, embeddingsDir }));
    const before = await readCurrentGeneration(embeddingsDir);
    const failing: Embedder = {
      modelId: 'test/failing',
      dimensions: 8,
      embedPassages: () => Promise.reject(new Error('onnxruntime exploded')),
      embedQuery: () => Promise.reject(new Error('unused')),
    };
    await expect(runIndexJob(engineOptions({ corpusDir, embeddingsDir, getEmbedder: async () => failing }))).rejects.toThrow(/exploded/);
    expect((await readCurrentGeneration(embeddingsDir)).manifest.generation).toBe(before.manifest.generation);
  });

  it('GIVEN a job running THEN a second one in the same folder is refused', async () => {
    const corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = engineOptions({ corpusDir, embeddingsDir, getEmbedder: () => gate.then(() => Promise.reject(new Error('stop'))) });
    const first = runIndexJob(slow);
    await new Promise((r) => setTimeout(r, 50));
    await expect(runIndexJob(engineOptions({ corpusDir, embeddingsDir }))).rejects.toMatchObject({ code: 'reindex_busy' });
    release();
    await expect(first).rejects.toThrow('stop');
    await expect(runIndexJob(engineOptions({ corpusDir, embeddingsDir }))).resolves.toMatchObject({ mode: 'lexical' });
  });
});
