import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEmbedder, type Embedder, type EmbedderOptions } from '../../src/core/embedder.js';
import { DossierError } from '../../src/core/errors.js';
import { makeTinyModel } from '../support/tiny-model.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);
const norm = (a: Float32Array) => Math.sqrt(dot(a, a));

let work: string;
let modelId: string;
let modelRoot: string;
let embedder: Embedder;

function options(overrides: Partial<EmbedderOptions> = {}): EmbedderOptions {
  return {
    modelId,
    modelDir: modelRoot,
    cacheDir: join(work, 'empty-cache'),
    allowRemote: false,
    dtype: 'q8',
    threads: 1,
    batchSize: 16,
    queryPrefix: 'query: ',
    passagePrefix: 'passage: ',
    ...overrides,
  };
}

/** Loads and returns the DossierError it must throw, with how long that took. */
async function loadError(opts: EmbedderOptions): Promise<{ error: DossierError; ms: number }> {
  const started = performance.now();
  const error = await loadEmbedder(opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DossierError);
  return { error: error as DossierError, ms: performance.now() - started };
}

/** A port on loopback that nothing listens on. */
async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'embedder-test-'));
  ({ modelId, modelRoot } = await makeTinyModel(join(work, 'models')));
  embedder = await loadEmbedder(options());
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('loadEmbedder with a model on disk', () => {
  it('GIVEN the tiny model in modelDir and downloads off THEN it loads and reports the model width', async () => {
    expect(embedder.modelId).toBe(modelId);
    expect(embedder.dimensions).toBe(32);
    const wide = await makeTinyModel(join(work, 'wide'), { dims: 48 });
    const other = await loadEmbedder(options({ modelDir: wide.modelRoot }));
    expect(other.dimensions).toBe(48);
    expect((await other.embedQuery('hallo')).length).toBe(48);
  });

  it('GIVEN the model only in cacheDir THEN it loads from there', async () => {
    const loaded = await loadEmbedder(options({ modelDir: undefined, cacheDir: modelRoot }));
    expect(await loaded.embedQuery('Nordkorea')).toEqual(await embedder.embedQuery('Nordkorea'));
  });

  it('GIVEN dtype fp32 THEN it loads onnx/model.onnx, whose vectors are close to the int8 ones but not equal', async () => {
    const fp32 = await loadEmbedder(options({ dtype: 'fp32' }));
    const text = 'Schoigu besucht Nordkorea zum Jahrestag des Koreakriegs';
    const [a, b] = [await fp32.embedQuery(text), await embedder.embedQuery(text)];
    expect(dot(a, b)).toBeGreaterThan(0.99);
    expect(a).not.toEqual(b);
  });

  it('GIVEN a load THEN the global transformers.js env is as it was before', async () => {
    const before = { ...env };
    await loadEmbedder(options({ remoteHost: 'http://127.0.0.1:1/' }));
    expect({ ...env }).toEqual(before);
  });

  it('GIVEN a config.json transformers.js warns about THEN the warning goes to onWarning, not the console', async () => {
    const odd = join(work, 'no-model-type');
    cpSync(modelRoot, odd, { recursive: true });
    writeFileSync(join(odd, modelId, 'config.json'), '{}');
    const warnings: string[] = [];
    const consoleWarn = vi.spyOn(console, 'warn');
    await loadEmbedder(options({ modelDir: odd, onWarning: (m) => warnings.push(m) }));
    expect(consoleWarn).not.toHaveBeenCalled();
    consoleWarn.mockRestore();
    expect(warnings.join('\n')).toContain('Unknown model class');
  });

  it('GIVEN two loads at once with different options THEN each gets its own settings', async () => {
    const [good, bad] = await Promise.allSettled([
      loadEmbedder(options()),
      loadEmbedder(options({ modelDir: join(work, 'nowhere') })),
    ]);
    expect(good.status).toBe('fulfilled');
    expect(bad.status === 'rejected' && (bad.reason as DossierError).code).toBe('model_unavailable');
  });
});

describe('embeddings', () => {
  it('GIVEN any text THEN its vector has unit length', async () => {
    const vectors = [await embedder.embedQuery('Wer ist Schoigu?'), ...(await embedder.embedPassages(['Nordkorea', 'x', '']))];
    for (const v of vectors) expect(norm(v)).toBeCloseTo(1, 5);
  });

  it('GIVEN the same text twice THEN the vectors are identical', async () => {
    expect(await embedder.embedQuery('Putin und Kim')).toEqual(await embedder.embedQuery('Putin und Kim'));
    const [a, b] = await embedder.embedPassages(['Putin und Kim', 'Putin und Kim']);
    expect(a).toEqual(b);
  });

  it('GIVEN a question THEN a passage sharing its words scores higher than an unrelated one', async () => {
    const query = await embedder.embedQuery('Warum reist der russische Verteidigungsminister nach Nordkorea?');
    const [related, unrelated] = await embedder.embedPassages([
      'Der russische Verteidigungsminister Schoigu ist zu einem Besuch in Nordkorea eingetroffen.',
      'Ein Rezept für Apfelkuchen mit Kaffee bei Regen im Garten.',
    ]);
    expect(dot(query, related!)).toBeGreaterThan(dot(query, unrelated!) + 0.2);
  });

  it('GIVEN the e5 prefixes THEN query and passage vectors of one text differ, and match when both prefixes are empty', async () => {
    const text = 'Schoigu in Pjöngjang';
    const [passage] = await embedder.embedPassages([text]);
    expect(await embedder.embedQuery(text)).not.toEqual(passage);

    const bare = await loadEmbedder(options({ queryPrefix: '', passagePrefix: '' }));
    const [barePassage] = await bare.embedPassages([text]);
    expect(await bare.embedQuery(text)).toEqual(barePassage);
    const prefixedByHand = await bare.embedQuery(`query: ${text}`);
    expect(Array.from(prefixedByHand)).toEqual(Array.from(await embedder.embedQuery(text)));
  });

  it('GIVEN batches of 16 THEN the vectors equal those embedded one by one', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `Absatz ${i}: ${'Nordkorea Russland Waffen Besuch '.repeat(1 + (i % 5))}`);
    const single = await loadEmbedder(options({ batchSize: 1 }));
    const [batched, oneByOne] = [await embedder.embedPassages(texts), await single.embedPassages(texts)];
    expect(batched).toHaveLength(20);
    batched.forEach((v, i) => {
      const w = oneByOne[i]!;
      expect(Math.max(...v.map((x, j) => Math.abs(x - (w[j] ?? 0))))).toBeLessThan(1e-5);
    });
  });

  it('GIVEN 10 passages in batches of 4 THEN progress is reported after each batch', async () => {
    const small = await loadEmbedder(options({ batchSize: 4 }));
    const calls: Array<[number, number]> = [];
    const vectors = await small.embedPassages(Array.from({ length: 10 }, (_, i) => `Text ${i}`), (done, total) => calls.push([done, total]));
    expect(vectors).toHaveLength(10);
    expect(calls).toEqual([[4, 10], [8, 10], [10, 10]]);
    expect(await small.embedPassages([], () => calls.push([-1, -1]))).toEqual([]);
    expect(calls).toHaveLength(3);
  });
});

describe.skipIf(!existsSync('/proc/self/task'))('threads', () => {
  it('GIVEN threads 4 THEN onnxruntime starts three more OS threads than with threads 1', async () => {
    // The intra-op pool has threads − 1 workers; the calling thread is the last one.
    const count = () => readdirSync('/proc/self/task').length;
    const keep: Embedder[] = [await loadEmbedder(options({ threads: 1 }))];
    const before = count();
    keep.push(await loadEmbedder(options({ threads: 4 })));
    expect(count() - before).toBe(3);
  });
});

describe('model_unavailable', () => {
  const expectOneLine = (error: DossierError) => {
    expect(error.code).toBe('model_unavailable');
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain(modelId);
  };

  it('GIVEN no model anywhere and downloads off THEN it fails at once, naming where it looked', async () => {
    const { error, ms } = await loadError(options({ modelDir: join(work, 'nowhere') }));
    expectOneLine(error);
    expect(error.message).toContain(join(work, 'nowhere', modelId));
    expect(error.message).toContain(join(work, 'empty-cache', modelId));
    expect(error.message).toContain('ALLOW_REMOTE_MODELS');
    expect(ms).toBeLessThan(1000);
  });

  it('GIVEN a corrupt onnx file THEN it says the file is damaged', async () => {
    const broken = join(work, 'broken-onnx');
    cpSync(modelRoot, broken, { recursive: true });
    writeFileSync(join(broken, modelId, 'onnx', 'model_quantized.onnx'), 'not a protobuf');
    const { error } = await loadError(options({ modelDir: broken }));
    expectOneLine(error);
    expect(error.message).toMatch(/damaged or unreadable \(Failed to load model/);
  });

  it('GIVEN a truncated tokenizer.json THEN it says the file is damaged', async () => {
    const broken = join(work, 'broken-tokenizer');
    cpSync(modelRoot, broken, { recursive: true });
    const file = join(broken, modelId, 'tokenizer.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    const { error } = await loadError(options({ modelDir: broken }));
    expectOneLine(error);
    expect(error.message).toContain('damaged or unreadable');
  });

  it('GIVEN downloads allowed but the Hub unreachable (closed loopback port) THEN it fails fast', async () => {
    const remoteHost = `http://127.0.0.1:${await unusedPort()}/`;
    const { error, ms } = await loadError(options({ modelDir: undefined, allowRemote: true, remoteHost }));
    expectOneLine(error);
    expect(error.message).toContain(`the Hub at ${remoteHost} cannot be reached (fetch failed: connect ECONNREFUSED`);
    expect(ms).toBeLessThan(1000);
  });
});

describe('downloading into the cache (from a loopback stand-in for the Hub)', () => {
  let server: Server;
  let remoteHost: string;
  const requests: string[] = [];

  beforeAll(async () => {
    // Serves <modelRoot>/<model>/<file> at /<model>/resolve/main/<file>, as the Hub does.
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      const path = join(modelRoot, decodeURIComponent(req.url ?? '').replace('/resolve/main/', '/'));
      if (!existsSync(path)) return void res.writeHead(404).end();
      const body = readFileSync(path);
      res.writeHead(200, { 'content-length': body.length }).end(req.method === 'HEAD' ? undefined : body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    remoteHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('GIVEN an empty cache and downloads allowed THEN it downloads once, and later loads offline from the cache', async () => {
    const cacheDir = join(work, 'download-cache');
    const online = await loadEmbedder(options({ modelDir: undefined, cacheDir, allowRemote: true, remoteHost }));
    expect(online.dimensions).toBe(32);
    expect(existsSync(join(cacheDir, modelId, 'onnx', 'model_quantized.onnx'))).toBe(true);
    const downloads = requests.length;
    expect(downloads).toBeGreaterThan(0);

    const offline = await loadEmbedder(options({ modelDir: undefined, cacheDir, allowRemote: true, remoteHost }));
    expect(requests.length).toBe(downloads);
    expect(await offline.embedQuery('Kim Jong Un')).toEqual(await online.embedQuery('Kim Jong Un'));
  });

  it('GIVEN a model id the Hub does not have THEN it says so', async () => {
    const { error } = await loadError(options({ modelId: 'nobody/no-such-model', modelDir: undefined, allowRemote: true, remoteHost }));
    expect(error.message).toContain('has no such model (HTTP 404); check MODEL_ID');
  });
});
