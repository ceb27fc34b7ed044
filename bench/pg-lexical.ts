/**
 * Which lexical search the PostgreSQL store should run, measured on the tuning dossiers (lexical mode, no model):
 *   bm25-tables   the project's analyzer and BM25 statistics stored in tables, summed in SQL (what the store does)
 *   fts-german    PostgreSQL full-text search, `german` configuration, ts_rank_cd, as the candidate ranking in the
 *                 same pipeline (sentence re-ranking, coverage, abstention unchanged)
 * and each candidate ranking alone (top 5, never declining), beside the files store's answers for identity.
 *   node dist/bench/pg-lexical.js
 * PostgreSQL is PGlite 0.4.6 (PostgreSQL 17, WASM) over pglite-socket; its `german` configuration is Snowball's.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Engine, type EngineOptions } from '../src/core/engine.js';
import { DossierError } from '../src/core/errors.js';
import { runIndexJob } from '../src/core/indexer.js';
import type { Bm25Hit } from '../src/core/lexical/bm25.js';
import { silentLogger } from '../src/core/log.js';
import { PostgresStore } from '../src/core/store/postgres.js';
import type { GenerationReader, IndexStore } from '../src/core/store/types.js';
import { loadDossiers } from './dossiers.js';
import { loadQuestions, outcomeOf, relevantPassages, score, type Outcome } from './eval-metrics.js';
import { startPgliteServer } from './pglite-server.js';

const work = mkdtempSync(join(tmpdir(), 'dossier-pg-lexical-'));
const server = await startPgliteServer();
const pool = new pg.Pool({ connectionString: server.url, max: 2 });
const base: Omit<EngineOptions, 'corpusDir' | 'embeddingsDir'> = {
  requireModel: false, maxQuestionLength: 300, log: silentLogger,
  modelSettings: { dtype: 'q8', queryPrefix: 'query: ', passagePrefix: 'passage: ' },
  getEmbedder: () => Promise.reject(new DossierError('model_unavailable', 'lexical benchmark')),
};
const lines: string[] = [];
try {
  for (const dossier of loadDossiers().dossiers.filter((d) => d.role === 'tuning')) {
    const corpusDir = join(work, dossier.name, 'corpus');
    for (const file of readdirSync(dossier.corpus)) cpSync(join(dossier.corpus, file), join(corpusDir, file), { recursive: true });
    const options = { ...base, corpusDir, embeddingsDir: join(work, dossier.name, 'embeddings') };
    const store = new PostgresStore({ connectionString: server.url, log: silentLogger });
    await runIndexJob(options);
    await runIndexJob({ ...options, store });
    await pool.query(`ALTER TABLE dossier_passages ADD COLUMN IF NOT EXISTS fts tsvector`);
    await pool.query(`UPDATE dossier_passages SET fts = to_tsvector('german', coalesce(section || E'\\n', '') || text) WHERE generation = (SELECT generation FROM dossier_current)`);
    const files = (await Engine.open(options)).engine;
    const tables = (await Engine.open({ ...options, store })).engine;
    const fts = (await Engine.open({ ...options, store: withFts(store) })).engine;
    const reader = await store.open();
    const questions = loadQuestions(dossier.questions);
    const relevant = new Map(questions.map((q) => [q.id, relevantPassages(q, files.passages(), () => {})]));
    const outcomes = new Map<string, Map<string, Outcome>>();
    const record = (system: string, id: string, outcome: Outcome) => (outcomes.get(system) ?? outcomes.set(system, new Map()).get(system)!).set(id, outcome);
    let identical = 0;
    for (const q of questions) {
      const [a, b] = [await files.ask({ question: q.question }), await tables.ask({ question: q.question })];
      if (JSON.stringify({ ...a, timings: 0 }) === JSON.stringify({ ...b, timings: 0 })) identical++;
      record('bm25-tables', q.id, outcomeOf(b));
      record('fts-german', q.id, outcomeOf(await fts.ask({ question: q.question })));
      const label = (i: number) => `${reader.passages[i]!.articleId}#${reader.passages[i]!.paragraph}`;
      record('bm25-tables, ranking alone', q.id, { answered: true, ranked: (await reader.searchLexical(q.question, 5)).map((h) => label(h.index)) });
      record('fts-german, ranking alone', q.id, { answered: true, ranked: (await ftsSearch(q.question, 5)).map((h) => label(h.index)) });
    }
    lines.push(`${dossier.name}: ${questions.length} questions, ${files.passages().length} passages; PostgreSQL answers identical to the files store's: ${identical}/${questions.length}`);
    for (const [system, byQuestion] of outcomes) {
      const all = score(system, { lang: 'all', half: 'all' }, questions, byQuestion, relevant);
      const de = score(system, { lang: 'de', half: 'all' }, questions, byQuestion, relevant);
      lines.push(`  ${system.padEnd(28)} R@3 ${pct(all.recall3)} (German ${pct(de.recall3)}, n=${all.n})  R@1 ${pct(all.recall1)}  MRR@5 ${all.mrr5.toFixed(2)}`);
    }
    await Promise.all([tables.close(), store.close()]);
  }
} finally {
  await pool.end();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log(lines.join('\n'));

function pct(x: number): string {
  return `${Math.round(x * 100)} %`.padStart(5);
}

/** Full-text search over the live generation: the question's German lexemes OR-ed, ranked by ts_rank_cd. */
async function ftsSearch(question: string, k: number, sourceId?: string): Promise<Array<{ index: number; score: number }>> {
  const { rows } = await pool.query<{ idx: number; score: number }>(
    `WITH q AS (SELECT (SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(to_tsvector('german', $1))) AS l)::tsquery AS q)
     SELECT idx, ts_rank_cd(fts, q.q) AS score FROM dossier_passages, q
     WHERE generation = (SELECT generation FROM dossier_current) AND q.q IS NOT NULL AND fts @@ q.q AND ($3::text IS NULL OR article_id = $3)
     ORDER BY score DESC, idx LIMIT $2`,
    [question, k, sourceId ?? null],
  );
  return rows.map((r) => ({ index: r.idx, score: r.score }));
}

/** The PostgreSQL store with full-text search as its lexical ranking; coverage still from the project's analyzer. */
function withFts(store: PostgresStore): IndexStore {
  const wrapped = Object.create(store) as PostgresStore;
  wrapped.open = async () => {
    const reader = await store.open();
    const fts = Object.create(reader) as GenerationReader;
    (fts as { searchLexical: GenerationReader['searchLexical'] }).searchLexical = async (question, k, sourceId): Promise<Bm25Hit[]> => {
      const hits = await ftsSearch(question, k, sourceId);
      const view = await reader.view(question, hits.map((h) => h.index));
      const words = view.lexical.queryWords(question);
      return hits.map((h) => {
        const terms = new Set([...view.passageTermsOf(h.index), ...view.sentencesOf(h.index).flatMap((s) => [...s.terms])]);
        const matchedTerms = words.flatMap((w) => w.terms.map((t) => t.term)).filter((t) => terms.has(t));
        return { index: h.index, score: h.score, coverage: view.lexical.coverage(words, new Set(matchedTerms), 'reference'), matchedTerms };
      });
    };
    return fts;
  };
  return wrapped;
}
