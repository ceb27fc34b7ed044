/**
 * One measured step of the scale benchmark, in its own process so that its start-up and peak memory are its own:
 *   index <corpus> <embeddings> <lexical|hybrid> <modelRoot>         the index job
 *   ask <corpus> <embeddings> <lexical|hybrid> <modelRoot> <questions> cold start to first answer, then warm questions
 *   peer-index <minisearch|flexsearch> <passages.json> <out>          a peer's index over the same passages
 *   peer-ask <minisearch|flexsearch> <passages.json> <index> <questions>
 * Prints one JSON line. Cold start counts from the process's time origin (node's start), so it includes loading code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { loadEmbedder } from '../src/core/embedder.js';
import { Engine } from '../src/core/engine.js';
import { DossierError } from '../src/core/errors.js';
import { runIndexJob } from '../src/core/indexer.js';
import { silentLogger } from '../src/core/log.js';

const [command, ...args] = process.argv.slice(2);
const maxRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const WARM_ROUNDS = 2;

function engineOptions(corpusDir: string, embeddingsDir: string, mode: string, modelRoot: string) {
  const getEmbedder =
    mode === 'hybrid'
      ? () => loadEmbedder({ modelId: 'test/tiny-bert', modelDir: modelRoot, cacheDir: `${modelRoot}/.cache`, allowRemote: false, dtype: 'q8', threads: 2, batchSize: 1, queryPrefix: 'query: ', passagePrefix: 'passage: ' })
      : () => Promise.reject(new DossierError('model_unavailable', 'lexical benchmark'));
  return { corpusDir, embeddingsDir, getEmbedder, modelSettings: { dtype: 'q8', queryPrefix: 'query: ', passagePrefix: 'passage: ' }, requireModel: false, maxQuestionLength: 300, log: silentLogger };
}

/** First question (cold), then every question `WARM_ROUNDS` times: latency figures for one system. */
async function timeQuestions(questions: string[], ask: (q: string) => unknown | Promise<unknown>) {
  await ask(questions[0]!);
  const coldMs = performance.now();
  const round = async () => {
    const times: number[] = [];
    for (const q of questions) {
      const start = performance.now();
      await ask(q);
      times.push(performance.now() - start);
    }
    return times;
  };
  // The first round meets every question (and most code paths) for the first time in this process; it is reported
  // apart. Warm figures: the rounds after it, as `npm run bench` measures.
  const first = (await round()).sort((a, b) => a - b);
  const times: number[] = [];
  for (let r = 0; r < WARM_ROUNDS; r++) times.push(...(await round()));
  times.sort((a, b) => a - b);
  return { coldMs: Math.round(coldMs), firstP95: percentile(first, 0.95), p50: percentile(times, 0.5), p95: percentile(times, 0.95), maxRssMiB: maxRssMiB() };
}

type Peer = { search(q: string): unknown };
function peerIndex(kind: string, texts: string[], stored?: string): Peer & { save(): string } {
  if (kind === 'minisearch') {
    const options = { fields: ['text'], idField: 'id' };
    const index = stored ? MiniSearch.loadJSON(stored, options) : new MiniSearch(options);
    if (!stored) index.addAll(texts.map((text, id) => ({ id, text })));
    return { search: (q) => index.search(q).slice(0, 50), save: () => JSON.stringify(index) };
  }
  // FlexSearch's export is asynchronous and keyed by its internals; it is built at start instead (counted as cold start).
  // `suggest` lets a multi-word question match passages holding only some of its words (the typings omit it).
  const index = new FlexSearch.Index({ tokenize: 'strict', suggest: true } as ConstructorParameters<typeof FlexSearch.Index>[0]);
  texts.forEach((text, id) => index.add(id, text));
  return { search: (q) => index.search(q, { limit: 50, suggest: true }), save: () => '' };
}

const texts = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as Array<{ text: string; section: string | null }>).map((p) => (p.section ? `${p.section}\n${p.text}` : p.text));
const questionsOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as string[];

let result: object;
if (command === 'index') {
  const [corpusDir, embeddingsDir, mode, modelRoot] = args as [string, string, string, string];
  const start = performance.now();
  const summary = await runIndexJob(engineOptions(corpusDir, embeddingsDir, mode, modelRoot));
  result = { ms: Math.round(performance.now() - start), passages: summary.passages, maxRssMiB: maxRssMiB() };
} else if (command === 'ask') {
  const [corpusDir, embeddingsDir, mode, modelRoot, questions] = args as [string, string, string, string, string];
  const { engine } = await Engine.open(engineOptions(corpusDir, embeddingsDir, mode, modelRoot));
  result = await timeQuestions(questionsOf(questions), (question) => engine.ask({ question, k: 5 }));
} else if (command === 'peer-index') {
  const [kind, passages, out] = args as [string, string, string];
  const start = performance.now();
  const saved = peerIndex(kind, texts(passages)).save();
  const ms = Math.round(performance.now() - start);
  writeFileSync(out, saved);
  result = { ms, bytes: Buffer.byteLength(saved), maxRssMiB: maxRssMiB() };
} else if (command === 'peer-ask') {
  const [kind, passages, stored, questions] = args as [string, string, string, string];
  const index = peerIndex(kind, texts(passages), kind === 'minisearch' ? readFileSync(stored, 'utf8') : undefined);
  result = await timeQuestions(questionsOf(questions), (q) => index.search(q));
} else {
  throw new Error(`unknown command ${command}`);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
