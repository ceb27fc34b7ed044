/**
 * What a lexical question costs the PostgreSQL store once warm: one prepared statement, and no sentence data for
 * passages the process already holds. Prepared statements are named per process and connection, because PGlite
 * behind pglite-socket serves every connection (and every process) from one session.
 */
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { runIndexJob } from '../../src/core/indexer.js';
import { silentLogger } from '../../src/core/log.js';
import { PostgresStore } from '../../src/core/store/postgres.js';
import { engineOptions, tempDir } from '../support/fixtures.js';
import { startPgliteServer, type PgliteServer } from '../support/pglite-server.js';

const courtCorpus = resolve('test/eval/dossiers/court/corpus');
const question = 'Wie hoch ist der Schaden laut Anklage?';

let pglite: PgliteServer;
beforeAll(async () => {
  pglite = await startPgliteServer();
  const store = new PostgresStore({ connectionString: pglite.url, log: silentLogger });
  await runIndexJob(engineOptions({ corpusDir: courtCorpus, embeddingsDir: tempDir(), store }));
  await store.close();
});
afterAll(async () => pglite?.stop());

const openEngine = () =>
  Engine.open(engineOptions({ corpusDir: courtCorpus, embeddingsDir: tempDir(), store: new PostgresStore({ connectionString: pglite.url, log: silentLogger }) })).then((r) => r.engine);

describe('the postgres store’s lexical round trips', () => {
  it('GIVEN a question already asked THEN asking it again is one prepared statement, no sentence data comes again, and the answer is the same', async () => {
    const engine = await openEngine();
    const first = await engine.ask({ question });
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const again = await engine.ask({ question });
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0]![0]).toMatchObject({ name: expect.stringMatching(/^dossier_rank_/) });
      const { rows } = (await spy.mock.results[0]!.value) as pg.QueryResult<{ stored: unknown }>;
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.stored !== null)).toEqual([]);
      expect({ ...again, timings: null }).toEqual({ ...first, timings: null });
    } finally {
      spy.mockRestore();
      await engine.close();
    }
  });

  it('GIVEN two processes’ stores on one shared PGlite session THEN their prepared statements do not collide', async () => {
    const [a, b] = await Promise.all([openEngine(), openEngine()]);
    const [fromA, fromB] = [await a.ask({ question }), await b.ask({ question })];
    expect({ ...fromB, timings: null }).toEqual({ ...fromA, timings: null });
    await Promise.all([a.close(), b.close()]);
  });
});
