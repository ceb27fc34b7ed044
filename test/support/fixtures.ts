/** Temporary corpora, index folders and engine options for tests. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { loadEmbedder, type Embedder } from '../../src/core/embedder.js';
import type { EngineOptions } from '../../src/core/engine.js';
import { DossierError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/log.js';
import { makeTinyModel } from './tiny-model.js';

export const repoCorpus = resolve('corpus');

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'dossier-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of the real corpus that a test may change. */
export function copyOfCorpus(): string {
  const dir = join(tempDir('corpus-'), 'corpus');
  cpSync(repoCorpus, dir, { recursive: true });
  return dir;
}

export const noModel = () => Promise.reject(new DossierError('model_unavailable', 'Embedding model test/none is not available (test).'));

/** Loads the real transformers.js embedder over a tiny model the tests generate (offline). */
export async function tinyEmbedderLoader(dims = 32): Promise<() => Promise<Embedder>> {
  const { modelId, modelRoot } = await makeTinyModel(tempDir('model-'), { dims });
  let loaded: Promise<Embedder> | null = null;
  return () =>
    (loaded ??= loadEmbedder({
      modelId,
      modelDir: modelRoot,
      cacheDir: join(modelRoot, '.cache'),
      allowRemote: false,
      dtype: 'q8',
      threads: 1,
      batchSize: 8,
      queryPrefix: 'query: ',
      passagePrefix: 'passage: ',
    }));
}

export function engineOptions(overrides: Partial<EngineOptions> & Pick<EngineOptions, 'corpusDir' | 'embeddingsDir'>): EngineOptions {
  return {
    getEmbedder: noModel,
    modelSettings: { dtype: 'q8', queryPrefix: 'query: ', passagePrefix: 'passage: ' },
    requireModel: false,
    maxQuestionLength: 300,
    log: silentLogger,
    ...overrides,
  };
}
