/**
 * `npm run eval`: retrieval quality on test/eval/questions.json, per language and half, beside a plain BM25 baseline.
 *   node dist/bench/eval.js [--json] [--modes lexical,dense,hybrid] [--sweep] [--misses]
 * Halves: tuning and held-out, alternating within each language × answerable group (see bench/eval-metrics.ts); every choice is reported on both.
 * --sweep: declined shares per lexical coverage threshold (to calibrate src/core/retrieval/relevance.ts).
 * --misses: the answerable questions missed at @3 and the unanswerable ones answered, per mode.
 * Dense and hybrid need the embedding model (see README, "Models"); without it they are reported as unavailable.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { Engine, type EngineOptions } from '../src/core/engine.js';
import { Bm25Index } from '../src/core/lexical/bm25.js';
import { createLogger } from '../src/core/log.js';
import { defaultThresholds } from '../src/core/retrieval/relevance.js';
import type { Passage, RetrievalMode } from '../src/core/types.js';
import { engineOptionsFrom } from '../src/setup.js';
import { halvesOf, loadQuestions, outcomeOf, relevantPassages, score, type Outcome, type Question, type Row } from './eval-metrics.js';

type System = (q: Question) => Promise<Outcome>;

const { values } = parseArgs({
  options: { json: { type: 'boolean' }, sweep: { type: 'boolean' }, misses: { type: 'boolean' }, modes: { type: 'string', default: 'lexical,dense,hybrid' } },
});
const questions = loadQuestions(resolve('test/eval/questions.json'));

const work = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
const config = { ...loadConfig(), EMBEDDINGS_DIR: join(work, 'embeddings'), CORPUS_DIR: join(work, 'corpus') };
cpSync(resolve(loadConfig().CORPUS_DIR), config.CORPUS_DIR, { recursive: true });
const options: EngineOptions = engineOptionsFrom(config, createLogger('error'));
const { engine } = await Engine.open(options, { buildIfMissing: true });
const passages = engine.passages();
const relevant = new Map(questions.map((q) => [q.id, relevantPassages(q, passages)]));

const systems: Array<[string, System]> = [['bm25-plain', plainBm25(passages)]];
const modes = values.modes!.split(',') as RetrievalMode[];
const unavailable: string[] = [];
for (const mode of modes) {
  const probe = await engine.ask({ question: 'Schoigu' }, mode).catch((error: Error) => error);
  if (probe instanceof Error) {
    unavailable.push(`${mode}: ${probe.message}`);
    continue;
  }
  if (mode !== 'lexical' && probe.mode !== mode) {
    unavailable.push(`${mode}: ${probe.notice ?? 'no embedding model'}`);
    continue;
  }
  systems.push([mode, async (q) => outcomeOf(await engine.ask({ question: q.question, k: 5 }, mode))]);
}

const rows: Row[] = [];
const misses: string[] = [];
for (const [name, system] of systems) {
  const outcomes = new Map<string, Outcome>();
  for (const q of questions) outcomes.set(q.id, await system(q));
  for (const lang of ['de', 'en', 'all']) for (const half of ['tune', 'held', 'all'] as const) rows.push(score(name, { lang, half }, questions, outcomes, relevant));
  if (values.misses && name !== 'bm25-plain') misses.push(...missesOf(name, outcomes));
}

const sweep = values.sweep ? await thresholdSweep([0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) : [];
rmSync(work, { recursive: true, force: true });

if (values.json) {
  process.stdout.write(`${JSON.stringify({ questions: questions.length, passages: passages.length, thresholds: defaultThresholds, rows, sweep, unavailable })}\n`);
} else {
  const pct = (x: number | null) => (x === null ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);
  console.log(`Eval: ${questions.length} questions (${questions.filter((q) => !q.answers.length).length} unanswerable) over ${passages.length} passages; lexical coverage threshold ${defaultThresholds.lexicalCoverage}`);
  console.log('system       lang half    n   R@1   R@3   R@5  MRR@5  declined: unanswerable answerable   answer-has-evidence  also-in-correct');
  for (const r of rows) {
    console.log(
      `${r.system.padEnd(12)} ${r.lang.padEnd(4)} ${r.half.padEnd(4)} ${String(r.n).padStart(3)}  ${pct(r.recall1)}  ${pct(r.recall3)}  ${pct(r.recall5)}  ${r.mrr5.toFixed(2).padStart(5)}  ${pct(r.abstention).padStart(22)} ${pct(r.falseAbstention).padStart(10)}  ${pct(r.answerEvidence).padStart(20)}  ${pct(r.alsoInPrecision).padStart(9)} of ${r.alsoInEntries}`,
    );
  }
  if (sweep.length) {
    console.log('\nlexical coverage threshold sweep (declined shares):');
    console.log('threshold  lang half  unanswerable  answerable');
    for (const s of sweep) console.log(`${String(s.threshold).padEnd(9)}  ${s.lang.padEnd(4)} ${s.half.padEnd(4)}  ${pct(s.abstention).padStart(12)}  ${pct(s.falseAbstention).padStart(10)}`);
  }
  for (const line of misses) console.log(line);
  for (const line of unavailable) console.log(`not measured: ${line}`);
  console.log('R@k: share of answerable questions with an answering passage in the top k (declined counts as a miss).');
  console.log('answer-has-evidence: answered answerable questions whose answer states an evidence string (≥ 70 % of its words).');
  console.log('also-in-correct: "also in" entries naming an article the question lists as answering it.');
}

/** Declined shares of the lexical mode at each coverage threshold (same index, engines differing only in thresholds). */
async function thresholdSweep(thresholds: number[]) {
  const results: Array<{ threshold: number; lang: string; half: string; abstention: number | null; falseAbstention: number }> = [];
  for (const threshold of thresholds) {
    const { engine: probe } = await Engine.open({ ...options, thresholds: { ...defaultThresholds, lexicalCoverage: threshold } });
    const outcomes = new Map<string, Outcome>();
    for (const q of questions) outcomes.set(q.id, outcomeOf(await probe.ask({ question: q.question, k: 5 }, 'lexical')));
    for (const lang of ['de', 'en', 'all']) {
      for (const half of ['tune', 'held', 'all'] as const) {
        const { abstention, falseAbstention } = score('lexical', { lang, half }, questions, outcomes, relevant);
        results.push({ threshold, lang, half, abstention, falseAbstention });
      }
    }
  }
  return results;
}

function missesOf(name: string, outcomes: Map<string, Outcome>): string[] {
  const lines = [`\n${name}: missed at @3 (answerable) or answered (unanswerable):`];
  for (const q of questions) {
    const o = outcomes.get(q.id)!;
    const hit = o.answered && o.ranked.slice(0, 3).some((id) => relevant.get(q.id)!.has(id));
    if (q.answers.length ? hit : !o.answered) continue;
    lines.push(`  ${q.id} [${halvesOf(questions).get(q.id)}] ${o.answered ? 'answered' : 'declined'} ${q.question}  → ${o.ranked.slice(0, 3).join(' ')}`);
  }
  return lines;
}

/** Baseline: BM25 over lowercase words, no stemming, folding, compounds or stop words. Never declines. */
function plainBm25(passages: readonly Passage[]): System {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const index = Bm25Index.build(passages.map((p) => p.text), { analyze: words, analyzeWords: (t) => words(t).map((w) => [w]) });
  return async (q) => ({
    answered: true,
    ranked: index.search(q.question, 5).map((h) => `${passages[h.index]!.articleId}#${passages[h.index]!.paragraph}`),
  });
}
