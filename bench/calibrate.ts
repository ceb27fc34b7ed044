/**
 * `npm run calibrate` (needs the embedding model): chooses hybrid fusion and the abstention rule on TUNING data only
 * — the tuning halves of the tuning dossiers in test/eval/dossiers.json — and then reports the chosen settings on
 * the held-out halves and on the held-out dossier, which play no part in the choice.
 *   node dist/bench/calibrate.js [--json] [--max-false-decline 0.03] [--dossier a,b] [--lexical]
 * --dossier: only these dossiers (e.g. the tuning ones, leaving a held-out dossier unopened).
 * --lexical: lexical mode's coverage threshold instead (no model needed; see calibrate-lexical.ts).
 * Each question is embedded once; every setting is then scored from the signals the engine reports (onSignals).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import type { Embedder } from '../src/core/embedder.js';
import { Engine, type EngineOptions } from '../src/core/engine.js';
import { createLogger } from '../src/core/log.js';
import type { FusionSettings } from '../src/core/retrieval/fusion.js';
import { DEFAULT_FUSION } from '../src/core/retrieval/retrieve.js';
import { isAnswerable, type RelevanceSignals, type RelevanceThresholds } from '../src/core/retrieval/relevance.js';
import { engineOptionsFrom } from '../src/setup.js';
import { calibrateLexical } from './calibrate-lexical.js';
import { loadDossiers } from './dossiers.js';
import { openDossierEngine } from './eval-run.js';
import { halvesOf, loadQuestions, relevantPassages, type Question } from './eval-metrics.js';

const USAGE = 'usage: node dist/bench/calibrate.js [--json] [--max-false-decline 0.03] [--dossier a,b] [--lexical]';
let parsed;
try {
  parsed = parseArgs({ options: { json: { type: 'boolean' }, lexical: { type: 'boolean' }, help: { type: 'boolean' }, dossier: { type: 'string' }, 'max-false-decline': { type: 'string', default: '0.03' } } });
} catch (error) {
  console.error(`calibrate: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(`${USAGE}\n  Hybrid fusion and abstention (needs the embedding model), or with --lexical the lexical coverage threshold;\n  chosen on the tuning halves of the tuning dossiers, reported on the held-out halves.`);
  process.exit(0);
}
const maxFalseDecline = Number(values['max-false-decline']);
if (!(maxFalseDecline >= 0 && maxFalseDecline <= 1)) {
  console.error(`calibrate: --max-false-decline must be a share from 0 to 1, not "${values['max-false-decline']}"`);
  process.exit(2);
}
const found = loadDossiers();
const wanted = values.dossier?.split(',');
for (const name of wanted ?? []) if (!found.dossiers.some((d) => d.name === name)) {
  console.error(`calibrate: no dossier "${name}" in test/eval/dossiers.json (or its files are missing)`);
  process.exit(2);
}
const dossiers = found.dossiers.filter((d) => !wanted || wanted.includes(d.name));
if (values.lexical) {
  await calibrateLexical(dossiers, engineOptionsFrom(loadConfig(), createLogger('error')), maxFalseDecline, values.json ?? false);
  process.exit(0);
}

/** One question's result under one fusion setting: where the first answering passage ranks, and the signals. */
interface Trial {
  q: Question;
  dossier: string;
  /** 'tune' for the tuning halves of tuning dossiers, 'held' for everything else. */
  split: 'tune' | 'held';
  firstHit: number;
  signals: RelevanceSignals;
}

const NEVER_DECLINE: RelevanceThresholds = { lexicalCoverage: 0, denseSimilarity: -2, denseMargin: 0, denseMarginRank: 10, denseEnglishOffset: 0, hybridRule: 'either' };
const fusions: FusionSettings[] = [
  ...[10, 30, 60].flatMap((k) => [0.5, 1, 1.5, 2, 3].map((denseWeight): FusionSettings => ({ method: 'rrf', lexicalWeight: 1, denseWeight, k }))),
  ...[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7].map((lexicalShare): FusionSettings => ({ method: 'score', lexicalShare })),
  // The lexical share scaled by how much of the question the lexical side understood (fusion.ts, AdaptiveShare).
  ...[0.4, 0.5].flatMap((lexicalShare) =>
    (['top', 'reach'] as const).flatMap((signal) => [0.4, 0.5, 0.6, 0.8, 1].map((full): FusionSettings => ({ method: 'score', lexicalShare, adaptive: { signal, full } }))),
  ),
];

const config = loadConfig();
const base = engineOptionsFrom(config, createLogger('error'));
const model = memoised(await base.getEmbedder().catch((error: Error) => {
  console.error(`calibrate: needs the embedding model (${error.message}). See README, "Models".`);
  process.exit(1);
}));
const work = mkdtempSync(join(tmpdir(), 'dossier-calibrate-'));
const trials = new Map<string, Trial[]>(); // by fusion label
const lostEvidence: string[] = [];
for (const dossier of dossiers) {
  const questions = loadQuestions(dossier.questions);
  const halves = halvesOf(questions);
  const common = { ...base, getEmbedder: async () => model, thresholds: NEVER_DECLINE };
  const built = await openDossierEngine(work, dossier.name, [dossier], common);
  const options: EngineOptions = { ...common, corpusDir: join(work, dossier.name, 'corpus'), embeddingsDir: join(work, dossier.name, 'embeddings') };
  const relevant = new Map(questions.map((q) => [q.id, relevantPassages(q, built.passages(), (m) => lostEvidence.push(m))]));
  for (const fusion of fusions) {
    let signals: RelevanceSignals | null = null;
    const { engine } = await Engine.open({ ...options, fusion, onSignals: (_q, _m, s) => (signals = s) });
    const list = trials.get(label(fusion)) ?? trials.set(label(fusion), []).get(label(fusion))!;
    for (const q of questions) {
      const result = await engine.ask({ question: q.question, k: 5 }, 'hybrid');
      const ranked = result.passages.map((p) => `${p.sourceId}#${p.paragraph}`);
      const index = ranked.findIndex((id) => relevant.get(q.id)!.has(id));
      const split = dossier.role === 'tuning' && halves.get(q.id) === 'tune' ? 'tune' : 'held';
      list.push({ q, dossier: dossier.name, split, firstHit: index < 0 ? Infinity : index + 1, signals: signals! });
    }
  }
}
rmSync(work, { recursive: true, force: true });

// 1. Fusion: best recall@3 on the tuning split, then MRR@5.
const ranking = [...trials].map(([name, list]) => ({ name, ...rankingFigures(list.filter((t) => t.split === 'tune')) }));
ranking.sort((a, b) => b.recall3 - a.recall3 || b.mrr5 - a.mrr5);
const chosenFusion = ranking[0]!.name;
const chosen = trials.get(chosenFusion)!;

// 2. Abstention: the rule that declines the most unanswerable tuning questions within the false-decline budget.
const grid: RelevanceThresholds[] = [];
for (const hybridRule of ['either', 'both', 'dense'] as const)
  for (const lexicalCoverage of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5])
    for (let s = 0.7; s <= 0.905; s += 0.01)
      for (const denseMargin of [0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06])
        for (const denseMarginRank of denseMargin ? [3, 5, 10] : [10])
          for (const denseEnglishOffset of [0, 0.03, 0.05, 0.07])
            grid.push({ hybridRule, lexicalCoverage, denseSimilarity: Math.round(s * 100) / 100, denseMargin, denseMarginRank, denseEnglishOffset });
const tuning = chosen.filter((t) => t.split === 'tune');
const scored = grid.map((th) => ({ th, ...declines(tuning, th) }));
const feasible = scored.filter((r) => r.falseDecline <= maxFalseDecline);
feasible.sort((a, b) => b.decline - a.decline || a.falseDecline - b.falseDecline);
const best = feasible[0];
// Among the rules as good as the best, take the median dense threshold: the middle of the plateau, not its edge.
const plateau = best ? feasible.filter((r) => r.decline === best.decline && r.falseDecline === best.falseDecline && r.th.hybridRule === best.th.hybridRule && r.th.denseMargin === best.th.denseMargin && r.th.denseMarginRank === best.th.denseMarginRank && r.th.lexicalCoverage === best.th.lexicalCoverage && r.th.denseEnglishOffset === best.th.denseEnglishOffset) : [];
const thresholds = plateau.length ? plateau[Math.floor(plateau.length / 2)]!.th : null;

const report = {
  fusion: ranking.slice(0, 8),
  chosenFusion,
  // Per tuning dossier and half, for the best fusions and the default: the held halves play no part in the choice.
  halves: [...new Set([...ranking.slice(0, 8).map((r) => r.name), label(DEFAULT_FUSION)])].map((name) => ({ name, dossiers: byHalf(trials.get(name)!) })),
  abstention: thresholds,
  plateau: plateau.map((r) => r.th.denseSimilarity),
  tuning: thresholds ? { ...rankingFigures(tuning), ...declines(tuning, thresholds) } : null,
  held: thresholds ? byDossier(chosen.filter((t) => t.split === 'held'), thresholds) : null,
};
if (lostEvidence.length) console.error(`calibrate: ${lostEvidence.length} evidence strings are in no passage (ingestion lost them); those questions count as misses`);
if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  console.log('fusion (tuning split, no abstention): R@1 R@3 MRR@5');
  for (const r of report.fusion) console.log(`  ${r.name.padEnd(38)} ${pct(r.recall1)} ${pct(r.recall3)} ${r.mrr5.toFixed(2)}`);
  console.log(`chosen fusion: ${chosenFusion}`);
  console.log('per dossier, tuning half | held half: R@1 R@3 MRR@5');
  for (const h of report.halves) {
    console.log(`  ${h.name}`);
    for (const d of h.dossiers) console.log(`    ${d.name.padEnd(10)} ${figures(d.tune)} | ${figures(d.held)}`);
  }
  if (thresholds) console.log(`abstention (≤ ${pct(maxFalseDecline)} of answerable tuning questions declined): ${JSON.stringify(thresholds)}; equally good dense thresholds: ${report.plateau.join(', ')}`);
  else console.log(`abstention: no rule of the grid declines ≤ ${pct(maxFalseDecline)} of the answerable tuning questions (try a larger --max-false-decline); nothing chosen`);
  if (report.tuning) console.log(`tuning split: R@3 ${pct(report.tuning.recall3)}, unanswerable declined ${pct(report.tuning.decline)}, answerable declined ${pct(report.tuning.falseDecline)}`);
  for (const h of report.held ?? []) console.log(`held ${h.name.padEnd(10)} R@1 ${pct(h.recall1)} R@3 ${pct(h.recall3)}  unanswerable declined ${pct(h.decline)}  answerable declined ${pct(h.falseDecline)}  (${h.n} questions)`);
}

function label(f: FusionSettings): string {
  if (f.method === 'rrf') return `rrf k=${f.k} dense weight ${f.denseWeight}`;
  return `score lexical share ${f.lexicalShare}${f.adaptive ? ` × ${f.adaptive.signal}/${f.adaptive.full}` : ''}`;
}

/** Ranking figures per tuning dossier, tuning half and held half apart. */
function byHalf(list: Trial[]) {
  return [...new Set(list.filter((t) => t.split === 'tune').map((t) => t.dossier))].map((name) => {
    const mine = list.filter((t) => t.dossier === name);
    return { name, tune: rankingFigures(mine.filter((t) => t.split === 'tune')), held: rankingFigures(mine.filter((t) => t.split === 'held')) };
  });
}

function figures(f: ReturnType<typeof rankingFigures>): string {
  return `${pct(f.recall1)} ${pct(f.recall3)} ${f.mrr5.toFixed(2)}`;
}

function rankingFigures(list: Trial[]) {
  const answerable = list.filter((t) => t.q.answers.length);
  const share = (n: number) => (answerable.length ? n / answerable.length : 0);
  return {
    recall1: share(answerable.filter((t) => t.firstHit <= 1).length),
    recall3: share(answerable.filter((t) => t.firstHit <= 3).length),
    mrr5: share(answerable.reduce((sum, t) => sum + (t.firstHit <= 5 ? 1 / t.firstHit : 0), 0)),
  };
}

/** Shares declined under `th`: of unanswerable questions (decline) and of answerable ones (falseDecline). */
function declines(list: Trial[], th: RelevanceThresholds) {
  const answers = (t: Trial) => isAnswerable(t.signals, 'hybrid', th);
  const unanswerable = list.filter((t) => !t.q.answers.length);
  const answerable = list.filter((t) => t.q.answers.length);
  return {
    decline: unanswerable.length ? unanswerable.filter((t) => !answers(t)).length / unanswerable.length : 0,
    falseDecline: answerable.length ? answerable.filter((t) => !answers(t)).length / answerable.length : 0,
    recall3Answered: answerable.length ? answerable.filter((t) => answers(t) && t.firstHit <= 3).length / answerable.length : 0,
  };
}

function byDossier(list: Trial[], th: RelevanceThresholds) {
  const names = [...new Set(list.map((t) => t.dossier))];
  return names.map((name) => {
    const mine = list.filter((t) => t.dossier === name);
    return { name, n: mine.length, ...rankingFigures(mine), ...declines(mine, th) };
  });
}

function pct(x: number): string {
  return `${(x * 100).toFixed(0).padStart(3)}%`;
}

/** The same model, but each text is embedded once for the whole run. */
function memoised(embedder: Embedder): Embedder {
  const queries = new Map<string, Float32Array>();
  const passages = new Map<string, Float32Array>();
  return {
    modelId: embedder.modelId,
    dimensions: embedder.dimensions,
    async embedQuery(text) {
      return queries.get(text) ?? queries.set(text, await embedder.embedQuery(text)).get(text)!;
    },
    async embedPassages(texts, onProgress) {
      const missing = [...new Set(texts.filter((t) => !passages.has(t)))];
      if (missing.length) (await embedder.embedPassages(missing, onProgress)).forEach((v, i) => passages.set(missing[i]!, v));
      return texts.map((t) => passages.get(t)!);
    },
  };
}
