/**
 * The lexical part of the storage contract against a real PostgreSQL server (Debian's postgresql-15, no pgvector):
 * the same answers as the embedded files store, and the advisory lock refusing a second index job. Skipped, with
 * the reason printed, where no server is installed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { isDossierError } from '../../src/core/errors.js';
import { runIndexJob } from '../../src/core/indexer.js';
import { thesaurus } from '../../src/core/lexical/thesaurus.js';
import { silentLogger } from '../../src/core/log.js';
import { PostgresStore } from '../../src/core/store/postgres.js';
import { engineOptions, tempDir } from '../support/fixtures.js';
import { startDebianPostgres, type DebianPostgres } from '../support/debian-postgres.js';

const courtCorpus = resolve('test/eval/dossiers/court/corpus');
const questions = (JSON.parse(readFileSync('test/eval/dossiers/court/questions.json', 'utf8')) as Array<{ question: string }>).map((q) => q.question);

let server: DebianPostgres | null = null;
let skipped = '';
beforeAll(async () => {
  thesaurus(); // kept loaded, as in a long-running bot: each index job would otherwise read it again (~1.6 s)
  const started = await startDebianPostgres();
  if ('skipped' in started) console.log(`Debian PostgreSQL tests skipped: ${(skipped = started.skipped)}`);
  else server = started;
});
afterAll(async () => server?.stop());

describe('the postgres store on a PostgreSQL server from the distribution (lexical)', () => {
  it('GIVEN the court dossier THEN every answer is the embedded store’s, and a second index job is refused by the advisory lock', async (context) => {
    if (!server) return context.skip(skipped);
    const store = new PostgresStore({ connectionString: server.url, log: silentLogger });
    const options = engineOptions({ corpusDir: courtCorpus, embeddingsDir: tempDir(), store });
    const files = (await Engine.open(engineOptions({ corpusDir: courtCorpus, embeddingsDir: tempDir() }), { buildIfMissing: true })).engine;
    const other = new PostgresStore({ connectionString: server.url, log: silentLogger });
    const [first, second] = await Promise.allSettled([runIndexJob(options), runIndexJob({ ...options, store: other })]);
    const outcomes = [first, second].map((r) => (r.status === 'fulfilled' ? 'ran' : isDossierError(r.reason) ? r.reason.code : String(r.reason)));
    expect(outcomes.sort()).toEqual(['ran', 'reindex_busy']);
    const pg = (await Engine.open(options)).engine;
    for (const q of questions) {
      const [a, b] = [await files.ask({ question: q }), await pg.ask({ question: q })];
      expect({ ...b, timings: null }, q).toEqual({ ...a, timings: null });
    }
    expect(pg.sources()).toEqual(files.sources());
    await Promise.all([pg.close(), other.close()]);
  });
});
