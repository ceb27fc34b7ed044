/**
 * Runs the evaluation of one dossier (index it in a scratch folder, ask every question in every available mode)
 * and turns outcomes into report rows; shared by `npm run eval`, `npm run calibrate` and the quality tests.
 */
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, type EngineOptions } from '../src/core/engine.js';
import { runIndexJob, storeOf } from '../src/core/indexer.js';
import type { Bm25Index } from '../src/core/lexical/bm25-index.js';
import { surfaceBm25Index, surfaceWords } from '../src/core/lexical/surface.js';
import type { Passage, RetrievalMode } from '../src/core/types.js';
import type { Dossier } from './dossiers.js';
import { halvesOf, loadQuestions, outcomeOf, relevantPassages, score, type Half, type Outcome, type Question, type Row } from './eval-metrics.js';

type System = (q: Question) => Promise<Outcome>;
/** One row of the report: a dossier (or a pool of them) scored for one system, language and half. */
export type DossierRow = Row & { dossier: string };

/** Everything one dossier's run produced. */
export interface DossierRun {
  dossier: Dossier;
  questions: Question[];
  passages: number;
  /** system → question id → outcome. */
  outcomes: Map<string, Map<string, Outcome>>;
  relevant: Map<string, Set<string>>;
  /** Modes that could not run, with the reason. */
  unavailable: string[];
  /** Evidence strings in no passage: ingestion lost them, so those answers can only be missed. */
  lost: string[];
}

/** An engine over the union of the given dossiers' corpora, built in `workDir/name`. */
export async function openDossierEngine(workDir: string, name: string, members: Dossier[], options: Omit<EngineOptions, 'corpusDir' | 'embeddingsDir'>): Promise<Engine> {
  const corpusDir = join(workDir, name, 'corpus');
  mkdirSync(corpusDir, { recursive: true });
  for (const d of members) for (const file of readdirSync(d.corpus)) cpSync(join(d.corpus, file), join(corpusDir, file), { recursive: true });
  const full = { ...options, corpusDir, embeddingsDir: join(workDir, name, 'embeddings') };
  // A database store (DATABASE_URL) holds one live index for every dossier: index this one now.
  if (options.store) await runIndexJob(full);
  return (await Engine.open(full, { buildIfMissing: true })).engine;
}

/**
 * One dossier opened for a probe that reads the ranking before abstention (explain-misses, declined-found): its
 * questions and halves, the engine, the same files store opened again (the engine's own generation is private) and
 * its passages; `close` closes that store.
 */
export async function openProbe(workDir: string, dossier: Dossier, options: Omit<EngineOptions, 'corpusDir' | 'embeddingsDir'>) {
  const questions = loadQuestions(dossier.questions);
  const engine = await openDossierEngine(workDir, dossier.name, [dossier], options);
  const store = storeOf({ ...options, embeddingsDir: join(workDir, dossier.name, 'embeddings') });
  const live = await store.open();
  return { questions, halves: halvesOf(questions), engine, live, passages: engine.passages(), close: () => store.close() };
}

/** Indexes one dossier and runs the plain-BM25 baseline (optional) and every available mode over its questions. */
export async function runDossier(
  dossier: Dossier,
  { workDir, options, modes, baseline = true }: { workDir: string; options: Omit<EngineOptions, 'corpusDir' | 'embeddingsDir'>; modes: RetrievalMode[]; baseline?: boolean },
): Promise<DossierRun> {
  const questions = loadQuestions(dossier.questions);
  const engine = await openDossierEngine(workDir, dossier.name, [dossier], options);
  const passages = engine.passages();
  const lost: string[] = [];
  const relevant = new Map(questions.map((q) => [q.id, relevantPassages(q, passages, (m) => lost.push(m))]));
  const outcomes = new Map<string, Map<string, Outcome>>();
  const unavailable: string[] = [];
  const systems: Array<[string, System]> = baseline ? [['bm25-plain', plainBm25(passages)]] : [];
  for (const [name, system] of [...systems, ...(await modesOf(engine, modes, unavailable))]) {
    const byQuestion = new Map<string, Outcome>();
    for (const q of questions) byQuestion.set(q.id, await system(q));
    outcomes.set(name, byQuestion);
  }
  return { dossier, questions, passages: passages.length, outcomes, relevant, unavailable, lost };
}

/** The engine's modes that can run here; the others are listed with the reason. */
async function modesOf(engine: Engine, modes: RetrievalMode[], unavailable: string[]): Promise<Array<[string, System]>> {
  const systems: Array<[string, System]> = [];
  for (const mode of modes) {
    const probe = await engine.ask({ question: 'Worum geht es?' }, mode).catch((error: Error) => error);
    if (probe instanceof Error) unavailable.push(`${mode}: ${probe.message}`);
    else if (mode !== 'lexical' && probe.mode !== mode) unavailable.push(`${mode}: ${probe.notice ?? 'no embedding model'}`);
    else systems.push([mode, async (q) => outcomeOf(await engine.ask({ question: q.question, k: 5 }, mode))]);
  }
  return systems;
}

/** Rows for one system over the pooled questions of `members`, with each dossier's own halves. */
export function rowsFor(label: string, system: string, members: DossierRun[]): DossierRow[] {
  const questions = members.flatMap((m) => m.questions);
  const ids = new Set(questions.map((q) => q.id));
  if (ids.size < questions.length) throw new Error(`${label}: a question id appears in two dossiers; ids must be unique (test/core/dossiers.test.ts checks them)`);
  const outcomes = new Map(members.flatMap((m) => [...m.outcomes.get(system)!]));
  const relevant = new Map(members.flatMap((m) => [...m.relevant]));
  const halves = new Map(members.flatMap((m) => [...halvesOf(m.questions)]));
  const out: DossierRow[] = [];
  for (const lang of ['de', 'en', 'all']) {
    for (const half of ['tune', 'held', 'all'] as Array<Half | 'all'>) out.push({ dossier: label, ...score(system, { lang, half }, questions, outcomes, relevant, halves) });
  }
  return out;
}

/** The baseline's words: lowercase letters and digits, nothing else done to them (lexical/surface.ts). */
export const plainWords = surfaceWords;

/** BM25 over `plainWords`: no stemming, folding, compounds or stop words (the baseline; explain-misses.ts too). */
export function plainBm25Index(passages: readonly Passage[]): Bm25Index {
  return surfaceBm25Index(passages.map((p) => p.text));
}

/** Baseline: plain BM25 (plainBm25Index). Never declines. */
function plainBm25(passages: readonly Passage[]): System {
  const index = plainBm25Index(passages);
  return async (q) => ({
    answered: true,
    ranked: index.search(q.question, 5).map((h) => `${passages[h.index]!.articleId}#${passages[h.index]!.paragraph}`),
  });
}
