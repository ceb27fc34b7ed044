/** Faults of the index job: locks left behind, file systems that fail, paths that cannot hold an index. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import type { FileWriter } from '../../src/core/index-store.js';
import { runIndexJob } from '../../src/core/indexer.js';
import { LOCK_NAME, withJobLock } from '../../src/core/job-lock.js';
import { handleLine } from '../../src/transports/cli/console.js';
import { copyOfCorpus, engineOptions, tempDir } from '../support/fixtures.js';

const silentProgress = { isTTY: false } as NodeJS.WriteStream;

function lockOf(embeddingsDir: string, owner: { pid: number; host: string }): string {
  const path = join(embeddingsDir, LOCK_NAME);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'owner.json'), JSON.stringify({ ...owner, token: 'other', startedAt: new Date().toISOString() }));
  return path;
}

/** A writer that fails like the kernel does once the given file is reached. */
function failingWriter(code: string, at: string): FileWriter {
  return async (path, content) => {
    if (path.endsWith(at)) throw Object.assign(new Error(`${code}: simulated, write '${path}'`), { code });
    writeFileSync(path, content);
  };
}

describe('job lock', () => {
  it('GIVEN a lock left by a killed job on this host THEN the next job takes it over at once', async () => {
    const embeddingsDir = tempDir();
    const deadPid = Number(execFileSync(process.execPath, ['-p', 'process.pid'], { encoding: 'utf8' }));
    lockOf(embeddingsDir, { pid: deadPid, host: hostname() });
    await expect(runIndexJob(engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir }))).resolves.toMatchObject({ upToDate: false });
    expect(existsSync(join(embeddingsDir, LOCK_NAME))).toBe(false);
  });

  it('GIVEN a job that blocks its event loop (a large HNSW build) THEN its lock keeps its heartbeat', async () => {
    const dir = tempDir();
    const age = await withJobLock(dir, async () => {
      const until = Date.now() + 2_500;
      while (Date.now() < until); // synchronous, as hnswlib's addPoint loop is
      return Date.now() - statSync(join(dir, LOCK_NAME)).mtimeMs;
    });
    expect(age).toBeLessThan(1_500);
  });

  it('GIVEN a fresh lock held by a live job in another container THEN refused with the lock named and what to do', async () => {
    const embeddingsDir = tempDir();
    const path = lockOf(embeddingsDir, { pid: process.pid, host: 'indexer-container' });
    const job = runIndexJob(engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir }));
    await expect(job).rejects.toMatchObject({ code: 'reindex_busy' });
    await expect(job).rejects.toThrow(new RegExp(`lock ${path} held by process \\d+ on indexer-container.*delete ${path}`));
    expect(existsSync(path)).toBe(true); // someone else's lock is left alone
  });
});

describe('file-system failures of the index job', () => {
  for (const [code, at, advice] of [
    ['ENOSPC', 'passages.json', /disk .* is full\. Free some space/],
    ['EROFS', 'articles.json', /read-only file system\. Set EMBEDDINGS_DIR/],
    ['ENOTDIR', 'manifest.json', /is a file, not a folder/],
    ['EACCES', '.tmp', /No permission to write/], // the new current.json, after the generation was renamed into place
  ] as const) {
    it(`GIVEN ${code} while writing ${at} THEN one line of advice, no temp generation, the old index answers`, async () => {
      const corpusDir = copyOfCorpus();
      const embeddingsDir = tempDir();
      const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir }), { buildIfMissing: true });
      const [before] = readdirSync(join(embeddingsDir, 'generations'));
      appendArticleText(corpusDir); // so the reindex has something to write
      const failing = await Engine.open(engineOptions({ corpusDir, embeddingsDir, writeFile: failingWriter(code, at) }));
      await expect(failing.engine.reindex()).rejects.toMatchObject({ code: 'index_write_failed', message: expect.stringMatching(advice) });
      await expect(failing.engine.reindex()).rejects.toThrow(/^[^\n]*The index was not changed\. \(\w+\)$/);
      expect(readdirSync(join(embeddingsDir, 'generations'))).toEqual([before]);
      expect(readdirSync(embeddingsDir).filter((n) => n.endsWith('.tmp') || n.startsWith(LOCK_NAME))).toEqual([]);
      for (const e of [engine, failing.engine]) {
        await expect(e.ask({ question: 'Wer empfing Schoigu?' })).resolves.toMatchObject({ answered: true });
      }
    });
  }

  it('GIVEN a full disk during /reindex in the console THEN it says so in one line and the next command still works', async () => {
    const corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    await runIndexJob(engineOptions({ corpusDir, embeddingsDir }));
    appendArticleText(corpusDir);
    const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir, writeFile: failingWriter('ENOSPC', 'passages.json') }));
    const reply = await handleLine(engine, '/reindex', { progress: silentProgress });
    expect(reply).toMatch(/^The disk holding .* is full\. Free some space and run the index job again\. The index was not changed\. \(ENOSPC\)$/);
    expect(await handleLine(engine, '/ask Wer empfing Schoigu?', { progress: silentProgress })).toMatch(/^Answer: /m);
  });

  it('GIVEN an unexpected error in a console command THEN one line, no stack, and the console carries on', async () => {
    const corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir }), { buildIfMissing: true });
    const broken = Object.assign(Object.create(engine) as Engine, { reindex: () => Promise.reject(new TypeError('boom')) });
    expect(await handleLine(broken, '/reindex', { progress: silentProgress })).toBe('Unexpected error: boom. The console keeps running.');
  });

  for (const [what, dir] of [
    ['a file where the folder should be', (d: string) => (writeFileSync(join(d, 'file'), ''), join(d, 'file'))],
    ['a folder below a file', (d: string) => (writeFileSync(join(d, 'file'), ''), join(d, 'file', 'embeddings'))],
    ['a folder under /proc (mkdir -p would loop forever)', () => '/proc/dossier-embeddings'],
  ] as const) {
    it(`GIVEN EMBEDDINGS_DIR is ${what} THEN refused at once with advice`, async () => {
      const embeddingsDir = dir(tempDir());
      const started = performance.now();
      await expect(runIndexJob(engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir }))).rejects.toMatchObject({
        code: 'index_write_failed',
        message: expect.stringMatching(/Set EMBEDDINGS_DIR to/),
      });
      expect(performance.now() - started).toBeLessThan(2_000);
    });
  }
});

describe('index damage', () => {
  it('GIVEN a file where the generations folder belongs THEN the next job repairs it', async () => {
    const corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    await runIndexJob(engineOptions({ corpusDir, embeddingsDir }));
    rmSync(join(embeddingsDir, 'generations'), { recursive: true });
    writeFileSync(join(embeddingsDir, 'generations'), '');
    await expect(Engine.open(engineOptions({ corpusDir, embeddingsDir }))).rejects.toMatchObject({ code: 'index_corrupt' });
    await expect(runIndexJob(engineOptions({ corpusDir, embeddingsDir }))).resolves.toMatchObject({ upToDate: false });
    const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir }));
    await expect(engine.ask({ question: 'Wer empfing Schoigu?' })).resolves.toMatchObject({ answered: true });
  });
});

describe('REQUIRE_MODEL', () => {
  it('GIVEN REQUIRE_MODEL and no model THEN opening the engine (ask, console, bot) fails with the index job message', async () => {
    const corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    await runIndexJob(engineOptions({ corpusDir, embeddingsDir }));
    const jobError = await runIndexJob(engineOptions({ corpusDir, embeddingsDir, requireModel: true })).catch((e: Error) => e);
    const openError = await Engine.open(engineOptions({ corpusDir, embeddingsDir, requireModel: true })).catch((e: Error) => e);
    expect(openError).toMatchObject({ code: 'model_unavailable' });
    expect((openError as Error).message).toBe((jobError as Error).message);
  });
});

function appendArticleText(corpusDir: string): void {
  const file = join(corpusDir, readdirSync(corpusDir).find((n) => n.endsWith('.txt'))!);
  writeFileSync(file, `${execFileSync('cat', [file], { encoding: 'utf8' })}\n\nEin neuer Absatz über die Parade in Pjöngjang, mit genug Text, um ein eigener Abschnitt zu sein und gezählt zu werden.\n`);
}
