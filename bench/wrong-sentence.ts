/**
 * Where the answer sentence misses: for each answered answerable question of the tuning dossiers whose answer does
 * not state the evidence (eval-metrics.ts answerHasEvidence) although an answering passage is cited in the top 3,
 * the question, the answer, the evidence, and the sentences of the answering passage (the one holding the evidence
 * marked "*", the picked ones ">"), lexical mode.
 *   node dist/bench/wrong-sentence.js [--dossier a,b]
 * Held-out dossiers are never opened: their answers would say where the rules fail on them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/core/log.js';
import { sentenceSpans } from '../src/core/retrieval/answer.js';
import { engineOptionsFrom } from '../src/setup.js';
import { probeArgs } from './probe-args.js';
import { answerHasEvidence, relevantPassages } from './eval-metrics.js';
import { openProbe } from './eval-run.js';

const USAGE = 'usage: node dist/bench/wrong-sentence.js [--dossier a,b]';
const { values, dossiers } = probeArgs('wrong-sentence', USAGE, { help: { type: 'boolean' } });
if (values.help) (console.log(USAGE), process.exit(0));
const work = mkdtempSync(join(tmpdir(), 'dossier-wrong-sentence-'));
const options = engineOptionsFrom(loadConfig(), createLogger('error'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
let total = 0;
let wrong = 0;

for (const dossier of dossiers) {
  const { questions, halves, engine, passages, close } = await openProbe(work, dossier, options);
  for (const q of questions) {
    if (q.answers.length === 0) continue;
    const relevant = relevantPassages(q, passages, () => {});
    const result = await engine.ask({ question: q.question, k: 5 }, 'lexical');
    if (!result.answered || !result.answer) continue;
    const cited = result.passages.slice(0, 3).findIndex((p) => relevant.has(`${p.sourceId}#${p.paragraph}`));
    if (cited < 0) continue;
    total++;
    if (answerHasEvidence(result.answer, q)) continue;
    wrong++;
    const picked = result.passages.findIndex((p) => p.highlights.length > 0 && result.answer!.includes(`[${p.rank}]`));
    console.log(`\n== ${dossier.name} ${q.id} [${halves.get(q.id)}] ${q.lang}: ${q.question}`);
    console.log(`   answer (from [${picked + 1}], evidence in [${cited + 1}]): ${result.answer}`);
    for (const a of q.answers) console.log(`   evidence ${a.article}: ${a.evidence}`);
    const passage = result.passages[cited]!;
    const evidence = q.answers.map((a) => squash(a.evidence));
    for (const s of sentenceSpans(passage.text)) {
      const mark = passage.highlights.some(([start]) => start === s.start) ? '>' : evidence.some((e) => squash(s.text).includes(e) || e.includes(squash(s.text))) ? '*' : ' ';
      console.log(`   ${mark} ${s.text}`);
    }
  }
  await close();
}
console.log(`\n${wrong} of ${total} answered questions with an answering passage in the top 3 do not state the evidence.`);
rmSync(work, { recursive: true, force: true });
