/**
 * `npm run eval`: retrieval quality on every evaluation dossier (test/eval/dossiers.json), each separately and pooled
 * (tuning dossiers, held-out dossier, all), per language and half, beside a plain BM25 baseline.
 *   node dist/bench/eval.js [--json] [--modes lexical,dense,hybrid] [--dossier a,b] [--sweep] [--misses] [--mixed]
 * Halves: within each dossier, tuning and held-out halves alternate per language × answerable group (bench/eval-metrics.ts).
 * --sweep: declined shares per lexical coverage threshold (to calibrate src/core/retrieval/relevance.ts).
 * --misses: the answerable questions missed at @3 and the unanswerable ones answered, per mode (tuning dossiers only).
 * --mixed: also index all dossiers as one corpus and count the questions whose answered/declined decision flips
 *          when the other dossiers' articles are added.
 * Dense and hybrid need the embedding model (see README, "Models"); without it they are reported as unavailable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import type { Embedder } from '../src/core/embedder.js';
import { Engine, type EngineOptions } from '../src/core/engine.js';
import { createLogger } from '../src/core/log.js';
import { defaultThresholds } from '../src/core/retrieval/relevance.js';
import type { RetrievalMode } from '../src/core/types.js';
import { engineOptionsFrom } from '../src/setup.js';
import { loadDossiers } from './dossiers.js';
import { halvesOf, outcomeOf, score, type Outcome } from './eval-metrics.js';
import { openDossierEngine, rowsFor, runDossier, type DossierRow, type DossierRun } from './eval-run.js';

const USAGE = 'usage: node dist/bench/eval.js [--json] [--modes lexical,dense,hybrid] [--dossier a,b] [--sweep] [--misses] [--mixed]';
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        json: { type: 'boolean' },
        sweep: { type: 'boolean' },
        misses: { type: 'boolean' },
        mixed: { type: 'boolean' },
        help: { type: 'boolean' },
        modes: { type: 'string', default: 'lexical,dense,hybrid' },
        dossier: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`eval: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();
if (values.help) {
  console.log(`${USAGE}\n  --sweep: declined shares per lexical coverage threshold; --misses: the questions missed at @3 or wrongly answered (tuning dossiers only);\n  --mixed: decisions that flip when all dossiers are indexed together. Lexical threshold: npm run calibrate -- --lexical.`);
  process.exit(0);
}
const found = loadDossiers();
const wanted = values.dossier?.split(',');
const dossiers = found.dossiers.filter((d) => !wanted || wanted.includes(d.name));
if (wanted) for (const name of wanted) if (!found.dossiers.some((d) => d.name === name)) found.missing.push(`${name}: no such dossier in test/eval/dossiers.json (or its files are missing)`);

const work = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
const config = loadConfig();
const baseOptions: EngineOptions = engineOptionsFrom(config, createLogger('error'));
// One model for every dossier's engine: loading it once keeps the run about the questions, not the loading.
let sharedModel: Promise<Embedder> | null = null;
const getEmbedder = () => (sharedModel ??= baseOptions.getEmbedder());

const modes = values.modes!.split(',') as RetrievalMode[];
const results: DossierRun[] = [];
for (const dossier of dossiers) results.push(await runDossier(dossier, { workDir: work, options: { ...baseOptions, getEmbedder }, modes }));
/** Evidence no passage contains: ingestion lost it, so the question can only be missed. */
const lostEvidence = results.flatMap((r) => r.lost);

const rows: DossierRow[] = [];
const misses: string[] = [];
const systems = [...new Set(results.flatMap((r) => [...r.outcomes.keys()]))];
for (const r of results) {
  for (const system of r.outcomes.keys()) {
    rows.push(...rowsFor(r.dossier.name, system, [r]));
    // A held-out dossier's questions stay unread: its misses are not printed (the figures are).
    if (values.misses && system !== 'bm25-plain' && r.dossier.role !== 'held-out') misses.push(...missesOf(r, system));
  }
}
for (const [pool, members] of [
  ['tuning', results.filter((r) => r.dossier.role === 'tuning')],
  ['held-out', results.filter((r) => r.dossier.role === 'held-out')],
  ['all', results],
] as const) {
  if (results.length < 2 || members.length === 0) continue;
  for (const system of systems) if (members.every((m) => m.outcomes.has(system))) rows.push(...rowsFor(`[${pool}]`, system, members));
}

const sweep = values.sweep ? await thresholdSweep([0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) : [];
const mixed = values.mixed && results.length > 1 ? await mixedFlips() : null;
rmSync(work, { recursive: true, force: true });
const unavailable = [...found.missing, ...new Set(results.flatMap((r) => r.unavailable))];

if (values.json) {
  const summary = results.map((r) => ({ name: r.dossier.name, role: r.dossier.role, questions: r.questions.length, passages: r.passages }));
  process.stdout.write(`${JSON.stringify({ dossiers: summary, thresholds: defaultThresholds, rows, sweep, mixed, unavailable, lostEvidence })}\n`);
} else {
  const pct = (x: number | null) => (x === null ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);
  for (const r of results) {
    console.log(`${r.dossier.name} (${r.dossier.role}): ${r.questions.length} questions (${r.questions.filter((q) => !q.answers.length).length} unanswerable) over ${r.passages} passages`);
  }
  console.log(`lexical coverage threshold ${defaultThresholds.lexicalCoverage}, dense similarity threshold ${defaultThresholds.denseSimilarity}`);
  console.log('dossier     system       lang half    n   R@1   R@3   R@5  MRR@5  declined: unanswerable answerable   answer-has-evidence  also-in-correct');
  for (const r of rows) {
    console.log(
      `${r.dossier.padEnd(11)} ${r.system.padEnd(12)} ${r.lang.padEnd(4)} ${r.half.padEnd(4)} ${String(r.n).padStart(3)}  ${pct(r.recall1)}  ${pct(r.recall3)}  ${pct(r.recall5)}  ${r.mrr5.toFixed(2).padStart(5)}  ${pct(r.abstention).padStart(22)} ${pct(r.falseAbstention).padStart(10)}  ${pct(r.answerEvidence).padStart(20)}  ${pct(r.alsoInPrecision).padStart(9)} of ${r.alsoInEntries}`,
    );
  }
  if (sweep.length) {
    console.log('\nlexical coverage threshold sweep (declined shares, all dossiers pooled):');
    console.log('threshold  lang half  unanswerable  answerable');
    for (const s of sweep) console.log(`${String(s.threshold).padEnd(9)}  ${s.lang.padEnd(4)} ${s.half.padEnd(4)}  ${pct(s.abstention).padStart(12)}  ${pct(s.falseAbstention).padStart(10)}`);
  }
  if (mixed) {
    console.log(`\nall dossiers indexed together (${mixed.passages} passages): decisions that flip against each dossier alone`);
    for (const m of mixed.rows) console.log(`  ${m.system.padEnd(8)} ${m.dossier.padEnd(10)} ${m.flips} of ${m.questions}${m.examples.length ? `  (${m.examples.join(', ')})` : ''}`);
  }
  for (const line of misses) console.log(line);
  if (lostEvidence.length) console.log(`\nevidence in no passage (lost by ingestion), ${lostEvidence.length}:\n  ${lostEvidence.join('\n  ')}`);
  for (const line of unavailable) console.log(`not measured: ${line}`);
  console.log('R@k: share of answerable questions with an answering passage in the top k (declined counts as a miss).');
  console.log('answer-has-evidence: answered answerable questions whose answer states an evidence string (≥ 70 % of its words).');
  console.log('also-in-correct: "also in" entries naming an article the question lists as answering it.');
}

/** Declined shares of the lexical mode at each coverage threshold (same index, engines differing only in thresholds). */
async function thresholdSweep(thresholds: number[]) {
  const sweepRows: Array<{ threshold: number; lang: string; half: string; abstention: number | null; falseAbstention: number }> = [];
  for (const threshold of thresholds) {
    const outcomes = new Map<string, Outcome>();
    for (const r of results) {
      // The index evaluate() built for this dossier, opened again with other thresholds.
      const probe = await Engine.open({ ...baseOptions, getEmbedder, corpusDir: join(work, r.dossier.name, 'corpus'), embeddingsDir: join(work, r.dossier.name, 'embeddings'), thresholds: { ...defaultThresholds, lexicalCoverage: threshold } });
      for (const q of r.questions) outcomes.set(q.id, outcomeOf(await probe.engine.ask({ question: q.question, k: 5 }, 'lexical')));
    }
    const questions = results.flatMap((r) => r.questions);
    const relevant = new Map(results.flatMap((r) => [...r.relevant]));
    const halves = new Map(results.flatMap((r) => [...halvesOf(r.questions)]));
    for (const lang of ['de', 'en', 'all']) {
      for (const half of ['tune', 'held', 'all'] as const) {
        const { abstention, falseAbstention } = score('lexical', { lang, half }, questions, outcomes, relevant, halves);
        sweepRows.push({ threshold, lang, half, abstention, falseAbstention });
      }
    }
  }
  return sweepRows;
}

/** Indexes every dossier together and counts, per mode and dossier, the answered/declined decisions that change. */
async function mixedFlips() {
  const engine = await openDossierEngine(work, 'mixed', results.map((r) => r.dossier), { ...baseOptions, getEmbedder });
  const flipRows: Array<{ system: string; dossier: string; flips: number; questions: number; examples: string[] }> = [];
  for (const r of results) {
    for (const [system, alone] of r.outcomes) {
      if (system === 'bm25-plain') continue;
      const examples: string[] = [];
      for (const q of r.questions) {
        const together = await engine.ask({ question: q.question, k: 5 }, system as RetrievalMode);
        if (together.answered !== alone.get(q.id)!.answered) examples.push(q.id);
      }
      // A held-out dossier's flips are counted only: which questions flip would say where its rules fail.
      flipRows.push({ system, dossier: r.dossier.name, flips: examples.length, questions: r.questions.length, examples: r.dossier.role === 'held-out' ? [] : examples });
    }
  }
  return { passages: engine.passages().length, rows: flipRows };
}

function missesOf(r: DossierRun, system: string): string[] {
  const outcomes = r.outcomes.get(system)!;
  const halves = halvesOf(r.questions);
  const lines = [`\n${r.dossier.name} · ${system}: missed at @3 (answerable) or answered (unanswerable):`];
  for (const q of r.questions) {
    const o = outcomes.get(q.id)!;
    const hit = o.answered && o.ranked.slice(0, 3).some((id) => r.relevant.get(q.id)!.has(id));
    if (q.answers.length ? hit : !o.answered) continue;
    lines.push(`  ${q.id} [${halves.get(q.id)}] ${o.answered ? 'answered' : 'declined'} ${q.question}  → ${o.ranked.slice(0, 3).join(' ')}`);
  }
  return lines;
}

