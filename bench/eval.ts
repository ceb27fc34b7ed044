/**
 * `npm run eval`: retrieval quality on test/eval/questions.json, per language and mode, beside a plain BM25 baseline.
 *   node dist/bench/eval.js [--json] [--modes lexical,dense,hybrid]
 * Dense and hybrid need the embedding model (see README, "Models"); without it they are reported as unavailable.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { Engine } from '../src/core/engine.js';
import { Bm25Index } from '../src/core/lexical/bm25.js';
import { createLogger } from '../src/core/log.js';
import type { Passage, RetrievalMode } from '../src/core/types.js';
import { engineOptionsFrom } from '../src/setup.js';

interface Question {
  id: string;
  lang: 'de' | 'en';
  question: string;
  answers: Array<{ article: string; evidence: string }>;
}

/** Ranked passage ids for one question, and whether the system answered at all. */
type System = (q: Question) => Promise<{ ranked: string[]; answered: boolean }>;

interface Row {
  system: string;
  lang: string;
  n: number;
  recall1: number;
  recall3: number;
  recall5: number;
  mrr5: number;
  /** Unanswerable questions declined (higher is better). */
  abstention: number | null;
  /** Answerable questions declined (lower is better). */
  falseAbstention: number;
}

const { values } = parseArgs({ options: { json: { type: 'boolean' }, modes: { type: 'string', default: 'lexical,dense,hybrid' } } });
const questions = JSON.parse(readFileSync(resolve('test/eval/questions.json'), 'utf8')) as Question[];

const work = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
const config = { ...loadConfig(), EMBEDDINGS_DIR: join(work, 'embeddings'), CORPUS_DIR: join(work, 'corpus') };
cpSync(resolve(loadConfig().CORPUS_DIR), config.CORPUS_DIR, { recursive: true });
const { engine } = await Engine.open(engineOptionsFrom(config, createLogger('error')), { buildIfMissing: true });
const passages = engine.passages();
const relevant = new Map(questions.map((q) => [q.id, relevantPassages(q)]));

const systems: Array<[string, System]> = [['bm25-plain', plainBm25()]];
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
  systems.push([mode, async (q) => {
    const result = await engine.ask({ question: q.question, k: 5 }, mode);
    return { ranked: result.passages.map((p) => `${p.sourceId}#${p.paragraph}`), answered: result.answered };
  }]);
}

const rows: Row[] = [];
for (const [name, system] of systems) {
  const outcomes = new Map<string, { ranked: string[]; answered: boolean }>();
  for (const q of questions) outcomes.set(q.id, await system(q));
  for (const lang of ['de', 'en', 'all']) rows.push(score(name, lang, outcomes));
}
rmSync(work, { recursive: true, force: true });

if (values.json) {
  process.stdout.write(`${JSON.stringify({ questions: questions.length, passages: passages.length, rows, unavailable })}\n`);
} else {
  const pct = (x: number | null) => (x === null ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);
  console.log(`Eval: ${questions.length} questions (${questions.filter((q) => !q.answers.length).length} unanswerable) over ${passages.length} passages`);
  console.log('system       lang   n   R@1   R@3   R@5  MRR@5  declined-unanswerable  declined-answerable');
  for (const r of rows) {
    console.log(
      `${r.system.padEnd(12)} ${r.lang.padEnd(4)} ${String(r.n).padStart(3)}  ${pct(r.recall1)}  ${pct(r.recall3)}  ${pct(r.recall5)}  ${r.mrr5.toFixed(2).padStart(5)}  ${pct(r.abstention).padStart(21)}  ${pct(r.falseAbstention).padStart(19)}`,
    );
  }
  for (const line of unavailable) console.log(`not measured: ${line}`);
  console.log('R@k: share of answerable questions with an answering passage in the top k (declined counts as a miss).');
}

function score(system: string, lang: string, outcomes: Map<string, { ranked: string[]; answered: boolean }>): Row {
  const inLang = questions.filter((q) => lang === 'all' || q.lang === lang);
  const answerable = inLang.filter((q) => q.answers.length);
  const unanswerable = inLang.filter((q) => !q.answers.length);
  const firstHit = (q: Question) => {
    const outcome = outcomes.get(q.id)!;
    if (!outcome.answered) return Infinity;
    const index = outcome.ranked.findIndex((id) => relevant.get(q.id)!.has(id));
    return index < 0 ? Infinity : index + 1;
  };
  const recall = (k: number) => answerable.filter((q) => firstHit(q) <= k).length / answerable.length;
  return {
    system,
    lang,
    n: answerable.length,
    recall1: recall(1),
    recall3: recall(3),
    recall5: recall(5),
    mrr5: answerable.reduce((sum, q) => sum + (firstHit(q) <= 5 ? 1 / firstHit(q) : 0), 0) / answerable.length,
    abstention: unanswerable.length ? unanswerable.filter((q) => !outcomes.get(q.id)!.answered).length / unanswerable.length : null,
    falseAbstention: answerable.filter((q) => !outcomes.get(q.id)!.answered).length / answerable.length,
  };
}

/** The passages containing a question's evidence (whitespace-insensitive). A missing one is a broken question: fail loudly. */
function relevantPassages(q: Question): Set<string> {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const ids = new Set<string>();
  for (const answer of q.answers) {
    const hit = passages.find((p) => p.articleId === answer.article && squash(p.text).includes(squash(answer.evidence)));
    if (!hit) throw new Error(`${q.id}: evidence "${answer.evidence}" is in no passage of ${answer.article}`);
    ids.add(`${hit.articleId}#${hit.paragraph}`);
  }
  return ids;
}

/** Baseline: BM25 over lowercase words, no stemming, folding, compounds or stop words. Never declines. */
function plainBm25(): System {
  const analyzer = { analyze: (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [] };
  const index = Bm25Index.build(passages.map((p) => p.text), analyzer as never);
  return async (q) => ({
    ranked: index.search(q.question, 5).map((h) => `${passages[h.index]!.articleId}#${passages[h.index]!.paragraph}`),
    answered: true,
  });
}
