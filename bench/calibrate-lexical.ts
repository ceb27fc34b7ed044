/**
 * `npm run calibrate -- --lexical` (no model needed): chooses the lexical coverage threshold of lexical mode on the
 * tuning halves of the tuning dossiers, and reports it on the held-out halves, per dossier, beside the number of
 * decisions that flip when all dossiers are indexed together (unrelated articles added must not change them).
 * Rule: the threshold that declines the most unanswerable tuning questions while declining at most the budget of
 * answerable ones; among equals, fewer flips on the tuning halves, then the lower threshold.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineOptions } from '../src/core/engine.js';
import { defaultThresholds, isAnswerable, type RelevanceSignals } from '../src/core/retrieval/relevance.js';
import type { Dossier } from './dossiers.js';
import { openDossierEngine } from './eval-run.js';
import { halvesOf, loadQuestions, type Half } from './eval-metrics.js';

/** Coverage thresholds tried. */
export const LEXICAL_GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

/** One question's signals alone and with every dossier indexed together. */
export interface LexicalTrial {
  dossier: string;
  half: Half;
  answerable: boolean;
  alone: RelevanceSignals;
  mixed: RelevanceSignals;
}

/** Declined shares and flips for one threshold over some trials. */
export interface LexicalFigures {
  threshold: number;
  /** Unanswerable questions declined. */
  decline: number;
  /** Answerable questions declined. */
  falseDecline: number;
  /** Decisions that differ between the dossier alone and all dossiers together. */
  flips: number;
  questions: number;
}

/** The signals of every question of the dossiers, each dossier alone and all together (lexical mode, never declining). */
export async function lexicalTrials(dossiers: Dossier[], base: Omit<EngineOptions, 'corpusDir' | 'embeddingsDir'>): Promise<LexicalTrial[]> {
  const work = mkdtempSync(join(tmpdir(), 'dossier-calibrate-lexical-'));
  try {
    let signals: RelevanceSignals | null = null;
    const options = { ...base, onSignals: (_q: string, _m: unknown, s: RelevanceSignals) => void (signals = s) };
    const mixed = await openDossierEngine(work, 'mixed', dossiers, options);
    const trials: LexicalTrial[] = [];
    for (const dossier of dossiers) {
      const alone = await openDossierEngine(work, dossier.name, [dossier], options);
      const questions = loadQuestions(dossier.questions);
      const halves = halvesOf(questions);
      for (const q of questions) {
        await alone.ask({ question: q.question, k: 5 }, 'lexical');
        const own = signals!;
        await mixed.ask({ question: q.question, k: 5 }, 'lexical');
        trials.push({ dossier: dossier.name, half: halves.get(q.id)!, answerable: q.answers.length > 0, alone: own, mixed: signals! });
      }
    }
    return trials;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Declined shares and flips at `threshold` (the other thresholds as in `defaultThresholds`). */
export function lexicalFigures(trials: LexicalTrial[], threshold: number): LexicalFigures {
  const th = { ...defaultThresholds, lexicalCoverage: threshold };
  const answers = (s: RelevanceSignals) => isAnswerable(s, 'lexical', th);
  const unanswerable = trials.filter((t) => !t.answerable);
  const answerable = trials.filter((t) => t.answerable);
  const share = (part: number, whole: number) => (whole ? part / whole : 0);
  return {
    threshold,
    decline: share(unanswerable.filter((t) => !answers(t.alone)).length, unanswerable.length),
    falseDecline: share(answerable.filter((t) => !answers(t.alone)).length, answerable.length),
    flips: trials.filter((t) => answers(t.alone) !== answers(t.mixed)).length,
    questions: trials.length,
  };
}

/**
 * The threshold the rule picks on the tuning trials, or null when none keeps within the budget. Among thresholds as
 * good as the best (same declines and flips), the middle one: the middle of the plateau, not its edge (as for hybrid).
 */
export function chooseLexicalThreshold(tuning: LexicalTrial[], maxFalseDecline: number, grid = LEXICAL_GRID): LexicalFigures | null {
  const feasible = grid.map((t) => lexicalFigures(tuning, t)).filter((f) => f.falseDecline <= maxFalseDecline);
  feasible.sort((a, b) => b.decline - a.decline || a.falseDecline - b.falseDecline || a.flips - b.flips || a.threshold - b.threshold);
  const best = feasible[0];
  if (!best) return null;
  const plateau = feasible.filter((f) => f.decline === best.decline && f.falseDecline === best.falseDecline && f.flips === best.flips);
  return plateau[Math.floor(plateau.length / 2)]!;
}

/** Prints the whole grid (tuning halves; held-out halves per dossier) and the choice. */
export async function calibrateLexical(dossiers: Dossier[], base: Omit<EngineOptions, 'corpusDir' | 'embeddingsDir'>, maxFalseDecline: number, json: boolean): Promise<void> {
  const trials = await lexicalTrials(dossiers, base);
  const tuning = trials.filter((t) => dossiers.find((d) => d.name === t.dossier)!.role === 'tuning' && t.half === 'tune');
  const chosen = chooseLexicalThreshold(tuning, maxFalseDecline);
  const names = [...new Set(trials.map((t) => t.dossier))];
  const rows = LEXICAL_GRID.map((threshold) => ({
    tuning: lexicalFigures(tuning, threshold),
    held: names.map((name) => ({ name, ...lexicalFigures(trials.filter((t) => t.dossier === name && !tuning.includes(t)), threshold) })),
  }));
  if (json) {
    process.stdout.write(`${JSON.stringify({ chosen, rows })}\n`);
    return;
  }
  const pct = (x: number) => `${(x * 100).toFixed(0).padStart(3)}%`;
  console.log(`lexical coverage threshold (declined unanswerable / answerable, flips when all dossiers are indexed together); budget ${pct(maxFalseDecline)} of answerable tuning questions`);
  for (const { tuning: t, held } of rows) {
    const others = held.map((h) => `${h.name} ${pct(h.decline)} / ${pct(h.falseDecline)}, ${h.flips} flips`).join('; ');
    console.log(`  ${t.threshold.toFixed(2)}  tuning halves ${pct(t.decline)} / ${pct(t.falseDecline)}, ${t.flips} of ${t.questions} flip   held-out halves: ${others}`);
  }
  console.log(chosen ? `chosen: ${chosen.threshold} (today ${defaultThresholds.lexicalCoverage})` : 'no threshold keeps within the budget');
}
