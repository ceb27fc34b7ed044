/**
 * The storage contract, run against both backends: the embedded files and PostgreSQL (a real PostgreSQL with
 * pgvector — PGlite — reached over TCP by the ordinary `pg` driver). Answers are compared with an index the files
 * backend built from the same corpus.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/core/embedder.js';
import { Engine } from '../../src/core/engine.js';
import { isDossierError } from '../../src/core/errors.js';
import { runIndexJob } from '../../src/core/indexer.js';
import { thesaurus } from '../../src/core/lexical/thesaurus.js';
import { silentLogger } from '../../src/core/log.js';
import { FilesStore } from '../../src/core/store/files.js';
import { PostgresStore } from '../../src/core/store/postgres.js';
import type { IndexStore } from '../../src/core/store/types.js';
import type { AskResult } from '../../src/core/types.js';
import { copyOfCorpus, engineOptions, repoCorpus, tempDir, tinyEmbedderLoader } from '../support/fixtures.js';
import { startPgliteServer, type PgliteServer } from '../support/pglite-server.js';

const run = promisify(execFile);
const courtCorpus = resolve('test/eval/dossiers/court/corpus');
const questionsOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as Array<{ question: string }>).map((q) => q.question);
const courtQuestions = questionsOf('test/eval/dossiers/court/questions.json');
/** A slice of the tuning dossier's questions for the hybrid comparison (the tiny model embeds slowly). */
const schoiguQuestions = questionsOf('test/eval/questions.json').slice(0, 6);

let pglite: PgliteServer;
let getEmbedder: () => Promise<Embedder>;
const reference = { lexical: new Map<string, AskResult>(), hybrid: new Map<string, AskResult>(), sources: [] as unknown[] };

beforeAll(async () => {
  // Kept loaded, as in a long-running bot: each index job would otherwise read the whole thesaurus (~1.6 s) again.
  thesaurus();
  [pglite, getEmbedder] = await Promise.all([startPgliteServer(), tinyEmbedderLoader()]);
  const { engine } = await Engine.open(engineOptions({ corpusDir: courtCorpus, embeddingsDir: tempDir() }), { buildIfMissing: true });
  for (const q of courtQuestions) reference.lexical.set(q, await engine.ask({ question: q }));
  reference.sources = engine.sources();
  const hybrid = (await Engine.open(engineOptions({ corpusDir: repoCorpus, embeddingsDir: tempDir(), getEmbedder }), { buildIfMissing: true })).engine;
  for (const q of schoiguQuestions) reference.hybrid.set(q, await hybrid.ask({ question: q }));
});
afterAll(async () => pglite?.stop());

type Backend = { name: 'files' | 'postgres'; store: (dir: string) => IndexStore; env: (dir: string) => Record<string, string> };
const backends: Backend[] = [
  { name: 'files', store: (dir) => new FilesStore(dir, { pollMs: 100 }), env: (dir) => ({ EMBEDDINGS_DIR: dir }) },
  {
    name: 'postgres',
    store: () => new PostgresStore({ connectionString: pglite.url, log: silentLogger, pollMs: 100, lockStaleMs: 1_000 }),
    env: (dir) => ({ EMBEDDINGS_DIR: dir, DATABASE_URL: pglite.url }),
  },
];

const NEW_ARTICLE = 'Titel: Neuer Artikel\nQuelle: Test\nDatum: 2024-06-01\n\nDer Zitronenfalter flog über den Kreml.\n';
const comparable = ({ timings: _t, ...rest }: AskResult) => rest;

describe.each(backends)('the $name store', (backend) => {
  const open = async (corpusDir: string, extra: Partial<Parameters<typeof engineOptions>[0]> = {}) => {
    const embeddingsDir = tempDir();
    const store = backend.store(embeddingsDir);
    // One database serves every test: index this corpus now, whatever generation is live.
    const options = engineOptions({ corpusDir, embeddingsDir, store, ...extra });
    await runIndexJob(options);
    const { engine } = await Engine.open(options);
    return { engine, store, embeddingsDir };
  };

  it('GIVEN the court dossier without a model THEN every question gets the embedded index’s answer, and the listing is the same', async () => {
    const { engine, embeddingsDir } = await open(courtCorpus);
    for (const q of courtQuestions) expect(comparable(await engine.ask({ question: q })), q).toEqual(comparable(reference.lexical.get(q)!));
    expect(engine.sources()).toEqual(reference.sources);
    const first = engine.sources()[0]!;
    expect(engine.source(first.id)?.passageTexts.length).toBe(first.passages);
    if (backend.name === 'postgres') expect(readdirSync(embeddingsDir)).toEqual([]); // nothing written to embeddings/
    await engine.close();
  });

  it('GIVEN the tiny model THEN hybrid answers cite the same passages with the same answer, and a new article’s reindex embeds only it', async () => {
    const corpusDir = copyOfCorpus();
    const { engine } = await open(corpusDir, { getEmbedder });
    for (const q of schoiguQuestions) {
      const [got, want] = [await engine.ask({ question: q }), reference.hybrid.get(q)!];
      expect(got.mode).toBe('hybrid');
      expect({ answered: got.answered, answer: got.answer, cited: got.passages.map((p) => `${p.sourceId}#${p.paragraph}`) }, q)
        .toEqual({ answered: want.answered, answer: want.answer, cited: want.passages.map((p) => `${p.sourceId}#${p.paragraph}`) });
      got.passages.forEach((p, i) => expect(p.score).toBeCloseTo(want.passages[i]!.score, 3));
    }
    // The stored vectors of unchanged passages are reused by content hash.
    const before = engine.passages().length;
    writeFileSync(join(corpusDir, 'zz-neu.txt'), NEW_ARTICLE);
    const summary = await engine.reindex();
    expect(summary.added).toBeGreaterThan(0);
    expect(summary.embedded).toBe(summary.added);
    expect(summary.reused).toBe(before);
    await engine.close();
  });

  it('GIVEN two index jobs at once THEN one runs and the other is refused with a clear message', async () => {
    const embeddingsDir = tempDir();
    const [a, b] = [backend.store(embeddingsDir), backend.store(embeddingsDir)];
    const corpusDir = copyOfCorpus();
    const results = await Promise.allSettled([a, b].map((store) => runIndexJob(engineOptions({ corpusDir, embeddingsDir, store }))));
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    expect(isDossierError(reason) && reason.code).toBe('reindex_busy');
    expect(reason.message).toMatch(/job is (already )?running/);
    await Promise.all([a.close(), b.close()]);
  });

  it('GIVEN an index job killed while it writes THEN the old generation stays live and whole, and the next job succeeds', async () => {
    const corpusDir = copyOfCorpus();
    const { engine, store, embeddingsDir } = await open(corpusDir);
    const before = await store.currentGeneration();
    const articles = engine.sources().length;
    writeFileSync(join(corpusDir, 'zz-neu.txt'), NEW_ARTICLE);
    const child = spawn(process.execPath, ['dist/src/transports/cli/main.js', 'index'], {
      env: { ...process.env, CORPUS_DIR: corpusDir, ...backend.env(embeddingsDir), MODEL_CACHE_DIR: tempDir(), ALLOW_REMOTE_MODELS: 'false', LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    let gone = false;
    const exited = new Promise((done) => child.on('exit', done)).then(() => (gone = true));
    // PostgreSQL: killed inside the switching transaction, deterministically. Files: killed once its temporary
    // generation folder appears, which on a loaded machine can be after the switch (the job is quick): then the new
    // generation must be whole instead — never a half one.
    const tmpSeen = () => existsSync(join(embeddingsDir, 'generations')) && readdirSync(join(embeddingsDir, 'generations')).some((n) => n.startsWith('.tmp-'));
    if (backend.name === 'postgres') await pglite.whenClientSends('dossier_postings');
    else await until(() => gone || tmpSeen());
    child.kill('SIGKILL');
    await exited;
    const now = await store.currentGeneration();
    if (backend.name === 'postgres') expect(now).toBe(before);
    const reopened = (await Engine.open(engineOptions({ corpusDir, embeddingsDir, store: backend.store(embeddingsDir) }))).engine;
    expect(reopened.sources()).toHaveLength(now === before ? articles : articles + 1);
    expect((await reopened.ask({ question: 'Wie viele Tote gab es im Koreakrieg?' })).answered).toBe(true);
    await new Promise((r) => setTimeout(r, 1_100)); // PGlite shares one session: the killed job's lease must go stale first
    const summary = await engine.reindex(); // the lock the killed job held is not in the way
    expect(summary.upToDate).toBe(now !== before);
    expect(await store.currentGeneration()).not.toBe(before);
    expect((await Engine.open(engineOptions({ corpusDir, embeddingsDir, store: backend.store(embeddingsDir) }))).engine.sources()).toHaveLength(articles + 1);
    await Promise.all([engine.close(), reopened.close()]);
  });

  it('GIVEN a watching engine THEN a reindex by another process’s store switches it to the new generation', async () => {
    const corpusDir = copyOfCorpus();
    const { engine, embeddingsDir } = await open(corpusDir);
    engine.watch();
    const articles = engine.sources().length;
    const switched = new Promise<string>((done) => engine.onGenerationSwitch(done));
    writeFileSync(join(corpusDir, 'zz-neu.txt'), NEW_ARTICLE);
    const other = backend.store(embeddingsDir);
    const started = performance.now();
    await runIndexJob(engineOptions({ corpusDir, embeddingsDir, store: other }));
    const generation = await switched;
    console.log(`${backend.name}: switched ${Math.round(performance.now() - started)} ms after the other job began`);
    expect(generation).toBe(await other.currentGeneration());
    expect(engine.generation).toBe(generation);
    expect(engine.sources()).toHaveLength(articles + 1);
    // The command line reads the same database: `dossier sources` and `dossier ask` with DATABASE_URL set (the
    // files store's command line has tests of its own).
    if (backend.name === 'files') return void (await Promise.all([engine.close(), other.close()]));
    // (Asynchronously: PGlite's server runs in this process and must keep answering.)
    const cli = async (...args: string[]) => JSON.parse((await run(process.execPath, ['dist/src/transports/cli/main.js', ...args, '--json'], {
      env: { ...process.env, CORPUS_DIR: corpusDir, ...backend.env(embeddingsDir), MODEL_CACHE_DIR: tempDir(), ALLOW_REMOTE_MODELS: 'false', LOG_LEVEL: 'silent' }, encoding: 'utf8',
    })).stdout) as unknown;
    expect(await cli('sources')).toEqual(engine.sources());
    expect(comparable((await cli('ask', 'Wie viele Tote gab es im Koreakrieg?')) as AskResult)).toEqual(comparable(await engine.ask({ question: 'Wie viele Tote gab es im Koreakrieg?' })));
    await Promise.all([engine.close(), other.close()]);
  });

  it('GIVEN the connection breaks mid-question THEN the question fails with a clear error and the next one is answered', async (context) => {
    if (backend.name === 'files') return context.skip('the files store has no connection to lose');
    const { engine } = await open(repoCorpus);
    const pending = engine.ask({ question: 'Wer leitete die Parade in Pjöngjang?' });
    await pglite.whenClientSends('dossier_postings');
    pglite.dropConnections();
    const error = await pending.then(() => null, (e: unknown) => e);
    expect(isDossierError(error) && error.code).toBe('store_unavailable');
    expect((error as Error).message).toMatch(/^The index database postgres:\/\/127\.0\.0\.1:\d+\/postgres failed \(.+\)\. Try again/);
    expect((error as Error).message).not.toMatch(/postgres:postgres@|\n\s+at /);
    expect((await engine.ask({ question: 'Wer leitete die Parade in Pjöngjang?' })).passages.length).toBeGreaterThan(0);
    await engine.close();
  });
});

/** Resolves when `condition` holds (checked every millisecond or so). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 1));
}

