/**
 * The abstention signals of every question of the tuning dossiers in each mode, as JSON lines, so that abstention
 * rules can be compared offline without running the model again (one run per rule otherwise takes minutes).
 *   node dist/bench/signal-dump.js [--dossier a,b] [--modes lexical,hybrid] > signals.jsonl
 * Tuning dossiers only (probe-args.ts): a held-out dossier's signals would say where its questions fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/core/log.js';
import { defaultThresholds, isAnswerable, type RelevanceSignals, type RelevanceThresholds } from '../src/core/retrieval/relevance.js';
import type { RetrievalMode } from '../src/core/types.js';
import { engineOptionsFrom } from '../src/setup.js';
import { probeArgs } from './probe-args.js';
import { openProbe } from './eval-run.js';
import { relevantPassages } from './eval-metrics.js';

const USAGE = 'usage: node dist/bench/signal-dump.js [--dossier a,b] [--modes lexical,hybrid]';
const { values, dossiers } = probeArgs('signal-dump', USAGE, { modes: { type: 'string' } });
const modes = (values.modes ?? 'lexical,hybrid').split(',') as RetrievalMode[];
// Thresholds that decline nothing: the engine computes the signals before it decides, and a probe wants them all.
const NEVER: RelevanceThresholds = { ...defaultThresholds, lexicalCoverage: 0, lexicalEnglishOffset: 0 };
const work = mkdtempSync(join(tmpdir(), 'dossier-signals-'));
let last: { mode: string; signals: RelevanceSignals } | null = null;
const options = { ...engineOptionsFrom(loadConfig(), createLogger('error')), thresholds: NEVER, onSignals: (_q: string, mode: string, signals: RelevanceSignals) => (last = { mode, signals }) };
for (const dossier of dossiers) {
  const { questions, halves, engine, passages, close } = await openProbe(work, dossier, options);
  for (const q of questions) {
    for (const mode of modes) {
      last = null;
      const result = await engine.ask({ question: q.question, k: 5 }, mode);
      const seen = last as { mode: string; signals: RelevanceSignals } | null;
      if (!seen) continue;
      const { denseSimilarities, ...signals } = seen.signals;
      const ranked = result.passages.slice(0, 3).map((p) => `${p.sourceId}#${p.paragraph}`);
      const relevant = relevantPassages(q, passages, () => {});
      const found = ranked.some((r) => relevant.has(r));
      const row = { dossier: dossier.name, id: q.id, half: halves.get(q.id), lang: q.lang, answerable: q.answers.length > 0, mode, ran: seen.mode, found, answered: isAnswerable(seen.signals, seen.mode as RetrievalMode, defaultThresholds), ...signals, denseTop: denseSimilarities.slice(0, 10) };
      console.log(JSON.stringify(row));
    }
  }
  await close();
}
rmSync(work, { recursive: true, force: true });
