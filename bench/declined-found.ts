/**
 * Answerable questions that lexical mode declines although their answering passage is in the top 3 of the ranking
 * before abstention, with the check that declined each (coverage, stated answer, expected name, unknown name).
 *   node dist/bench/declined-found.js [--dossier a,b]
 * Tuning dossiers only: a held-out dossier's declines would say where the checks fail on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { storeOf } from '../src/core/indexer.js';
import { createLogger } from '../src/core/log.js';
import { retrieve } from '../src/core/retrieval/retrieve.js';
import { defaultThresholds, isAnswerable, type RelevanceSignals, type RelevanceThresholds } from '../src/core/retrieval/relevance.js';
import { engineOptionsFrom } from '../src/setup.js';
import { loadDossiers } from './dossiers.js';
import { halvesOf, loadQuestions, relevantPassages } from './eval-metrics.js';
import { openDossierEngine } from './eval-run.js';

const { values } = parseArgs({ options: { dossier: { type: 'string' } } });
const wanted = values.dossier?.split(',');
const NEVER: RelevanceThresholds = { ...defaultThresholds, lexicalCoverage: 0, lexicalEnglishOffset: 0 };
const work = mkdtempSync(`${tmpdir()}/dossier-declined-`);
let signals: RelevanceSignals | null = null;
const options = { ...engineOptionsFrom(loadConfig(), createLogger('error')), thresholds: NEVER, onSignals: (_q: string, _m: unknown, s: RelevanceSignals) => (signals = s) };
let count = 0;
for (const dossier of loadDossiers().dossiers.filter((d) => d.role === 'tuning' && (!wanted || wanted.includes(d.name)))) {
  const questions = loadQuestions(dossier.questions);
  const halves = halvesOf(questions);
  const engine = await openDossierEngine(work, dossier.name, [dossier], options);
  // The ranking before abstention: the candidates retrieve() gives (the engine returns none for a declined question).
  const live = await storeOf({ ...options, embeddingsDir: join(work, dossier.name, 'embeddings') }).open();
  const passages = engine.passages();
  for (const q of questions) {
    if (q.answers.length === 0) continue;
    const relevant = relevantPassages(q, passages, () => {});
    await engine.ask({ question: q.question, k: 5 }, 'lexical');
    const { candidates } = await retrieve(live, q.question, null, { depth: 50, mode: 'lexical' });
    const rank = candidates.slice(0, 3).findIndex((c) => relevant.has(`${passages[c.index]!.articleId}#${passages[c.index]!.paragraph}`));
    const s = signals as RelevanceSignals | null;
    if (rank < 0 || !s || isAnswerable(s, 'lexical', defaultThresholds)) continue;
    const need = defaultThresholds.lexicalCoverage - (s.english ? defaultThresholds.lexicalEnglishOffset ?? 0 : 0);
    const why = [s.lexicalCoverage < need ? `coverage ${s.lexicalCoverage.toFixed(2)}<${need.toFixed(2)}` : '', s.missesStatedAnswer ? 'stated-answer' : '', s.missesAnswerType ? '(answer-type anywhere)' : '', s.missesName ? 'expected-name' : '', s.unknownName ? 'unknown-name' : ''].filter(Boolean);
    count++;
    console.log(`${dossier.name} ${q.id} [${halves.get(q.id)}] rank ${rank + 1} ${why.join(', ')}: ${q.question}`);
  }
}
rmSync(work, { recursive: true, force: true });
console.log(`${count} answerable questions declined with the answer in the top 3`);
