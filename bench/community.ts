/**
 * `npm run -s build && node dist/bench/community.js`: what recording costs an /ask, and how fast /gaps and /stats
 * are over 10,000 recorded questions. Recording runs synchronously after the reply is sent, so its own time
 * (reference + buttons + the INSERT on a WAL file) is exactly what it adds to the event loop per /ask.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gapReport } from '../src/community/gaps.js';
import { citedIds, newAnswerRef } from '../src/community/open.js';
import { percentile, usageStats } from '../src/community/stats.js';
import { CommunityStore } from '../src/community/store.js';
import { silentLogger } from '../src/core/log.js';
import { answerRow } from '../src/transports/discord/feedback.js';

const QUESTIONS = 10_000;
const work = mkdtempSync(join(tmpdir(), 'bench-community-'));
const store = CommunityStore.open({ path: join(work, 'community.sqlite'), log: silentLogger });
const base = (JSON.parse(readFileSync(resolve('test/eval/questions.json'), 'utf8')) as Array<{ question: string }>).map((q) => q.question);
// Variants so that wordings repeat loosely, as real members' questions do: a prefix and a suffix from small sets.
const prefixes = ['', 'Weisst du, ', 'Sag mal: ', 'Frage: ', 'Kurz: '];
const suffixes = ['', ' Danke!', ' (Quelle?)', ' genau', ' bitte'];
const cited = citedIds([{ sourceId: 'taz-allianz', label: '3' }, { sourceId: 'srf-schulterschluss', label: '5' }]);

const spent: number[] = [];
for (let i = 0; i < QUESTIONS; i++) {
  const question = `${prefixes[i % 5]}${base[i % base.length]}${suffixes[Math.floor(i / 5) % 5]}${i % 7 === 0 ? ` #${i}` : ''}`;
  const started = performance.now();
  const ref = newAnswerRef();
  answerRow(ref).toJSON();
  store.recordQuestion({ ref, guild: '1100000000000000100', userId: String(1e17 + (i % 400)), question, mode: 'hybrid', answered: i % 3 !== 0, cited: i % 3 ? cited : [], latencyMs: 20 + (i % 50) });
  spent.push(performance.now() - started);
  if (i % 10 === 0) store.vote(ref, String(1e17 + i), i % 20 === 0 ? -1 : 1);
}
spent.sort((a, b) => a - b);

const time = (fn: () => unknown, runs: number) => {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b);
};
const gaps = time(() => gapReport(store, 30), 15);
const stats = time(() => usageStats(store, 30), 15);
const report = gapReport(store, 30);
const f = (x: number | null) => `${(x ?? 0).toFixed(3)} ms`;
console.log(`recording per /ask (${QUESTIONS} inserts, WAL file): p50 ${f(percentile(spent, 0.5))}, p95 ${f(percentile(spent, 0.95))}, max ${f(spent.at(-1)!)}`);
console.log(`/gaps over ${QUESTIONS} questions (${report.groups.reduce((n, g) => n + g.count, 0)} gaps in ${report.groups.length} topics): p50 ${f(percentile(gaps, 0.5))}, p95 ${f(percentile(gaps, 0.95))}`);
console.log(`/stats over ${QUESTIONS} questions: p50 ${f(percentile(stats, 0.5))}, p95 ${f(percentile(stats, 0.95))}`);
store.close();

// Worst case for grouping: 10,000 declined questions of five random words each from 3,000 (few repeats).
const worst = CommunityStore.open({ path: join(work, 'worst.sqlite'), log: silentLogger });
const words = Array.from({ length: 3_000 }, (_, i) => `wort${i.toString(36)}x`);
let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
worst.read(undefined, (db) => db.exec('BEGIN'));
for (let i = 0; i < QUESTIONS; i++) {
  const question = Array.from({ length: 5 }, () => words[Math.floor(random() * words.length)]).join(' ');
  worst.recordQuestion({ ref: `w${i}`, guild: 'g', userId: String(i), question, mode: 'lexical', answered: false, cited: [], latencyMs: 10 });
}
worst.read(undefined, (db) => db.exec('COMMIT'));
const worstGaps = time(() => gapReport(worst, 30), 5);
console.log(`/gaps, worst case (${QUESTIONS} declined, random wording, ${gapReport(worst, 30).groups.length} topics): p50 ${f(percentile(worstGaps, 0.5))}, max ${f(worstGaps.at(-1)!)}`);
worst.close();
rmSync(work, { recursive: true, force: true });
