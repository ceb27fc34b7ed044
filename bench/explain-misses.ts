/**
 * Why a question is missed, lexical mode: for each answerable question of the tuning dossiers whose answering passage
 * is not in the top 3, the question's analysed words (terms and weights), the top 3 and every answering passage
 * within the first 50 with its rank, blended score, BM25 score and rank, passage and best-sentence coverage, and
 * which terms of each question word it holds; also whether plain BM25 (eval.ts's baseline) finds it at @3.
 *   node dist/bench/explain-misses.js [--dossier a,b] [--lang de|en] [--all]
 * Held-out dossiers are never opened: their misses would say where the rules fail on them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/core/log.js';
import { retrieve, type Candidate } from '../src/core/retrieval/retrieve.js';
import { engineOptionsFrom } from '../src/setup.js';
import { probeArgs } from './probe-args.js';
import { relevantPassages } from './eval-metrics.js';
import { openProbe, plainBm25Index, plainWords as words } from './eval-run.js';

const USAGE = 'usage: node dist/bench/explain-misses.js [--dossier a,b] [--lang de|en] [--all]';
const { values, dossiers } = probeArgs('explain-misses', USAGE, { lang: { type: 'string', default: 'de' }, all: { type: 'boolean' }, help: { type: 'boolean' } });
if (values.help) (console.log(`${USAGE}\n  --all: also the questions found at @3`), process.exit(0));
if (values.lang !== 'de' && values.lang !== 'en') (console.error(`explain-misses: --lang must be de or en\n${USAGE}`), process.exit(2));
const work = mkdtempSync(join(tmpdir(), 'dossier-explain-'));
const options = engineOptionsFrom(loadConfig(), createLogger('error'));

for (const dossier of dossiers) {
  const { questions, halves, engine, live, passages, close } = await openProbe(work, dossier, options);
  const idOf = (index: number) => `${passages[index]!.articleId}#${passages[index]!.paragraph}`;
  const plain = plainBm25Index(passages);
  for (const q of questions) {
    if (q.lang !== values.lang || q.answers.length === 0) continue;
    const relevant = relevantPassages(q, passages, () => {});
    const result = await engine.ask({ question: q.question, k: 5 }, 'lexical');
    const hit = result.answered && result.passages.slice(0, 3).some((p) => relevant.has(`${p.sourceId}#${p.paragraph}`));
    if (hit && !values.all) continue;
    const plainHit = plain.search(q.question, 3).some((h) => relevant.has(idOf(h.index)));
    const { candidates, view } = await retrieve(live, q.question, null, { depth: 50, mode: 'lexical' });
    const query = view.lexical.queryWords(q.question);
    console.log(`\n== ${dossier.name} ${q.id} [${halves.get(q.id)}] ${result.answered ? 'answered' : 'DECLINED'}${plainHit ? ', plain BM25 finds it' : ''}: ${q.question}`);
    console.log(`   words: ${query.map((w) => w.terms.map((t) => (t.weight === 1 ? t.term : `${t.term}:${t.weight}`)).join('|')).join('  ')}`);
    const byBm25 = [...candidates].sort((a, b) => b.lexical!.bm25 - a.lexical!.bm25).map((c) => c.index);
    const show = (c: Candidate, rank: number) => {
      const terms = view.passageTermsOf(c.index);
      const held = query.map((w) => w.terms.filter((t) => terms.has(t.term)).map((t) => t.term).join('|') || '-').join(' ');
      const l = c.lexical!;
      console.log(`   ${String(rank).padStart(2)} ${relevant.has(idOf(c.index)) ? '*' : ' '} ${idOf(c.index)} score ${l.score.toFixed(3)} bm25 ${l.bm25.toFixed(2)} (#${byBm25.indexOf(c.index) + 1}) coverage ${l.coverage.toFixed(2)} sentence ${l.sentenceCoverage.toFixed(2)} [${held}]`);
    };
    candidates.forEach((c, i) => (i < 3 || relevant.has(idOf(c.index)) ? show(c, i + 1) : undefined));
    if (!candidates.some((c) => relevant.has(idOf(c.index)))) console.log('   (no answering passage among the first 50)');
    if (plainHit) {
      // What plain BM25 ranks first, and which of the question's surface words each passage holds: the words our analysis weighs differently.
      const asked = [...new Set(words(q.question))];
      for (const [i, h] of plain.search(q.question, 3).entries()) {
        const held = new Set(words(passages[h.index]!.text));
        console.log(`   plain ${i + 1} ${relevant.has(idOf(h.index)) ? '*' : ' '} ${idOf(h.index)} bm25 ${h.score.toFixed(2)} [${asked.map((w) => (held.has(w) ? w : '-')).join(' ')}]`);
      }
    }
    for (const a of q.answers) console.log(`   evidence ${a.article}: ${a.evidence.slice(0, 160)}`);
  }
  await close();
}
rmSync(work, { recursive: true, force: true });
