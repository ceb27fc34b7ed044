/**
 * `npm run bench -- --scale`: the whole engine at 1k / 10k / 100k passages (generated news-like corpora, see
 * scale-corpus.ts), lexical and hybrid (the generated tiny model, 384 dimensions), beside MiniSearch and FlexSearch
 * over the same passages and questions in the same run. Every step runs in its own process (scale-worker.ts).
 *
 *   node dist/bench/run.js --scale [--sizes 1000,10000,100000] [--modes lexical,hybrid] [--hybrid-max 10000] [--json]
 *
 * Questions: those of the tuning dossiers (never the held-out one): the first one cold (process start → answer), then
 * a first round over all of them (each new to the process: reported as "first round p95"), then two warm rounds. Hybrid rows stop at
 * `--hybrid-max` passages (default 10,000): the tiny model embeds ~80 passages/s here, so 100k would add ~21 minutes
 * of embedding plus ~4 minutes of HNSW build (see the HNSW rows of `--scale-hnsw`) without measuring anything new.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDossiers } from './dossiers.js';
import { loadQuestions } from './eval-metrics.js';
import { sentencePool, writeCorpus } from './scale-corpus.js';
import { makeTinyModel } from './tiny-model-gen.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000,100000' }, modes: { type: 'string', default: 'lexical,hybrid' }, 'hybrid-max': { type: 'string', default: '10000' }, json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
});
const worker = join(dirname(fileURLToPath(import.meta.url)), 'scale-worker.js');
const run = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [worker, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 }).trim().split('\n').at(-1)!) as Record<string, number>;
const dirBytes = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

const work = mkdtempSync(join(tmpdir(), 'dossier-scale-'));
const tuning = loadDossiers().dossiers.filter((d) => d.role === 'tuning');
const pool = await sentencePool(tuning.map((d) => d.corpus));
const questionsFile = join(work, 'questions.json');
writeFileSync(questionsFile, JSON.stringify(tuning.flatMap((d) => loadQuestions(d.questions).map((q) => q.question))));
const { modelRoot } = await makeTinyModel(join(work, 'model'), { dims: 384 });

interface Row { passages: number; system: string; indexS: number; indexMiB: number; coldS: number; firstP95: number; p50: number; p95: number; rssMiB: number }
const rows: Row[] = [];
for (const size of values.sizes.split(',').map(Number)) {
  const corpus = join(work, `corpus-${size}`);
  // Chunking merges short paragraphs: about 85 passages come of 100 generated paragraphs.
  writeCorpus(corpus, pool, Math.round(size / 0.85));
  let passagesFile = '';
  for (const mode of values.modes.split(',')) {
    if (mode === 'hybrid' && size > Number(values['hybrid-max'])) continue;
    const embeddings = join(work, `embeddings-${size}-${mode}`);
    const index = run('index', corpus, embeddings, mode, modelRoot);
    const generation = join(embeddings, 'generations', JSON.parse(readFileSync(join(embeddings, 'current.json'), 'utf8')).generation);
    passagesFile ||= join(generation, 'passages.json');
    const ask = run('ask', corpus, embeddings, mode, modelRoot, questionsFile);
    rows.push({ passages: index.passages!, system: `dossier ${mode}`, indexS: index.ms! / 1000, indexMiB: dirBytes(generation) / 2 ** 20, coldS: ask.coldMs! / 1000, firstP95: ask.firstP95!, p50: ask.p50!, p95: ask.p95!, rssMiB: ask.maxRssMiB! });
    console.error(`  ${size}: ${mode} done (index ${(index.ms! / 1000).toFixed(1)} s, index peak ${index.maxRssMiB} MiB)`);
  }
  const passages = (JSON.parse(readFileSync(passagesFile, 'utf8')) as unknown[]).length;
  for (const peer of ['minisearch', 'flexsearch']) {
    const stored = join(work, `${peer}-${size}.json`);
    const index = run('peer-index', peer, passagesFile, stored);
    const ask = run('peer-ask', peer, passagesFile, stored, questionsFile);
    rows.push({ passages, system: peer, indexS: index.ms! / 1000, indexMiB: index.bytes! / 2 ** 20, coldS: ask.coldMs! / 1000, firstP95: ask.firstP95!, p50: ask.p50!, p95: ask.p95!, rssMiB: ask.maxRssMiB! });
  }
  if (!values.keep) rmSync(corpus, { recursive: true, force: true });
}
if (!values.keep) rmSync(work, { recursive: true, force: true });

if (values.json) console.log(JSON.stringify(rows, null, 2));
else {
  const ours = (r: Row) => rows.find((o) => o.passages === r.passages && o.system === 'dossier lexical');
  const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '–');
  console.log('| passages | system | index job | index size | cold start → 1st answer | first round p95 | warm p50 / p95 | peak RSS | warm p95 ÷ dossier lexical | RSS ÷ dossier lexical |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const base = ours(r);
    console.log(`| ${r.passages} | ${r.system} | ${r.indexS.toFixed(1)} s | ${r.system === 'flexsearch' ? '–' : `${r.indexMiB.toFixed(1)} MiB`} | ${r.coldS.toFixed(2)} s | ${r.firstP95.toFixed(1)} ms | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} ms | ${r.rssMiB} MiB | ${ratio(r.p95, base?.p95)} | ${ratio(r.rssMiB, base?.rssMiB)} |`);
  }
}
