/**
 * Answerable questions that lexical mode declines although their answering passage is in the top 3 of the ranking
 * before abstention, with the check that declined each (coverage, stated answer, expected name, unknown name).
 *   node dist/bench/declined-found.js [--dossier a,b]
 * Under a stated-answer decline, the evidence sentences (*) and near-best sentences stating the answer, with coverage.
 * With --unanswerable: the unanswerable questions it answers instead, with their signals and the same sentences.
 * Tuning dossiers only: a held-out dossier's declines would say where the checks fail on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/core/log.js';
import { retrieve, type Candidate } from '../src/core/retrieval/retrieve.js';
import { answerEvidenceOf, expectedAnswerTest } from '../src/core/retrieval/answer-type.js';
import { expectedAnswer, withoutInterrogative } from '../src/core/retrieval/expected-answer.js';
import type { QuestionView } from '../src/core/store/types.js';
import { defaultThresholds, isAnswerable, type RelevanceSignals, type RelevanceThresholds } from '../src/core/retrieval/relevance.js';
import { engineOptionsFrom } from '../src/setup.js';
import { probeArgs } from './probe-args.js';
import { relevantPassages } from './eval-metrics.js';
import { openProbe } from './eval-run.js';

/** The top sentences as the stated-answer check reads them: coverage, rest coverage, whether each states the answer; * marks evidence. */
function explainStated(question: string, top: readonly Candidate[], evidence: readonly string[]): void {
  const view = current!;
  const words = view.lexical.queryWords(question);
  const rest = view.lexical.queryWords(withoutInterrogative(question));
  const states = expectedAnswerTest(answerEvidenceOf(view, question));
  console.log(`   expects ${JSON.stringify(expectedAnswer(question))}; rest "${withoutInterrogative(question)}"`);
  const sentences = top.flatMap((c) => view.sentencesOf(c.index).map((x) => ({ text: x.text, cov: view.lexical.coverage(words, x.terms), rest: view.lexical.coverage(rest, x.terms) })));
  const best = Math.max(...sentences.map((x) => x.cov));
  for (const x of sentences) {
    const ev = evidence.some((e) => x.text.includes(e.slice(0, 40)) || e.includes(x.text.slice(0, 40)));
    if (!ev && !(states?.(x.text) && x.cov >= 0.4 * best)) continue;
    console.log(`   ${ev ? '*' : ' '} cov ${x.cov.toFixed(2)}/${(0.4 * best).toFixed(2)} rest ${x.rest.toFixed(2)} states ${states?.(x.text)}: ${x.text.slice(0, 150)}`);
  }
}
let current: QuestionView | null = null;
type Probe = Awaited<ReturnType<typeof openProbe>>;

const USAGE = 'usage: node dist/bench/declined-found.js [--dossier a,b] [--unanswerable]';
const { values, dossiers: tuning } = probeArgs('declined-found', USAGE, { unanswerable: { type: 'boolean' } });
const NEVER: RelevanceThresholds = { ...defaultThresholds, lexicalCoverage: 0, lexicalEnglishOffset: 0 };
const work = mkdtempSync(`${tmpdir()}/dossier-declined-`);
let signals: RelevanceSignals | null = null;
const options = { ...engineOptionsFrom(loadConfig(), createLogger('error')), thresholds: NEVER, onSignals: (_q: string, _m: unknown, s: RelevanceSignals) => (signals = s) };
let count = 0;
for (const dossier of tuning) {
  // The ranking before abstention: the candidates retrieve() gives (the engine returns none for a declined question).
  const { questions, halves, engine, live, passages, close } = await openProbe(work, dossier, options);
  for (const q of questions) {
    if (values.unanswerable) {
      if (q.answers.length === 0) await explainAnswered(dossier.name, q.id, halves.get(q.id), q.question, engine, live);
      continue;
    }
    if (q.answers.length === 0) continue;
    const relevant = relevantPassages(q, passages, () => {});
    await engine.ask({ question: q.question, k: 5 }, 'lexical');
    const { candidates, view } = await retrieve(live, q.question, null, { depth: 50, mode: 'lexical' });
    current = view;
    const rank = candidates.slice(0, 3).findIndex((c) => relevant.has(`${passages[c.index]!.articleId}#${passages[c.index]!.paragraph}`));
    const s = signals as RelevanceSignals | null;
    if (rank < 0 || !s || isAnswerable(s, 'lexical', defaultThresholds)) continue;
    const need = defaultThresholds.lexicalCoverage - (s.english ? defaultThresholds.lexicalEnglishOffset ?? 0 : 0);
    const why = [s.lexicalCoverage < need ? `coverage ${s.lexicalCoverage.toFixed(2)}<${need.toFixed(2)}` : '', s.missesStatedAnswer ? 'stated-answer' : '', s.missesAnswerType ? '(answer-type anywhere)' : '', s.missesName ? 'expected-name' : '', s.unknownName ? 'unknown-name' : ''].filter(Boolean);
    count++;
    console.log(`${dossier.name} ${q.id} [${halves.get(q.id)}] rank ${rank + 1} ${why.join(', ')}: ${q.question}`);
    if (s.missesStatedAnswer) explainStated(q.question, candidates.slice(0, 3), q.answers.map((a) => a.evidence));
  }
  await close();
}
rmSync(work, { recursive: true, force: true });
console.log(values.unanswerable ? `${count} unanswerable questions answered` : `${count} answerable questions declined with the answer in the top 3`);

/** An unanswerable question the default thresholds answer: its signals, and what the stated-answer check read. */
async function explainAnswered(dossier: string, id: string, half: string | undefined, question: string, engine: Probe['engine'], live: Probe['live']): Promise<void> {
  await engine.ask({ question, k: 5 }, 'lexical');
  const s = signals as RelevanceSignals | null;
  if (!s || !isAnswerable(s, 'lexical', defaultThresholds)) return;
  const { candidates, view } = await retrieve(live, question, null, { depth: 50, mode: 'lexical' });
  current = view;
  count++;
  console.log(`${dossier} ${id} [${half}] coverage ${s.lexicalCoverage.toFixed(2)}${s.english ? ' (en)' : ''}: ${question}`);
  if (expectedAnswer(question)) explainStated(question, candidates.slice(0, 3), []);
}
