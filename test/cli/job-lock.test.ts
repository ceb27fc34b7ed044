/** The job lock as users meet it: several `dossier index` processes started at once on one embeddings folder. */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME, STALE_MS } from '../../src/core/job-lock.js';
import { copyOfCorpus, tempDir } from '../support/fixtures.js';

const cli = resolve('dist/src/transports/cli/main.js');
const JOBS = 4;
const ROUNDS = 2;

interface Job {
  code: number | null;
  stdout: string;
  stderr: string;
}

function indexJob(env: NodeJS.ProcessEnv): Promise<Job> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, 'index', '--json'], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A lock as a killed job on another host (another container) leaves it: owner file, heartbeat long stopped. */
function staleLock(embeddingsDir: string): void {
  const path = join(embeddingsDir, LOCK_NAME);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'owner.json'), JSON.stringify({ pid: 1, host: 'indexer-container', token: 'dead', startedAt: '2026-01-01T00:00:00Z' }));
  const past = new Date(Date.now() - STALE_MS - 5_000);
  utimesSync(path, past, past);
}

async function round(withStaleLock: boolean) {
  const corpusDir = copyOfCorpus();
  const embeddingsDir = tempDir();
  if (withStaleLock) staleLock(embeddingsDir);
  const env = { CORPUS_DIR: corpusDir, EMBEDDINGS_DIR: embeddingsDir, MODEL_CACHE_DIR: tempDir(), ALLOW_REMOTE_MODELS: 'false', LOG_LEVEL: 'silent' };
  const jobs = await Promise.all(Array.from({ length: JOBS }, () => indexJob(env)));
  return { jobs, embeddingsDir };
}

describe('the index job lock across processes', () => {
  for (const withStaleLock of [false, true]) {
    it(`GIVEN ${JOBS} jobs started at once ${withStaleLock ? 'on a stale lock from another container ' : ''}THEN exactly one writes, the others wait or refuse in one line`, async () => {
      for (let r = 0; r < ROUNDS; r++) {
        const { jobs, embeddingsDir } = await round(withStaleLock);
        // A fresh folder each round: every job that got the lock before the index existed would write a generation.
        const writers = jobs.filter((j) => j.code === 0 && JSON.parse(j.stdout).upToDate === false);
        expect(writers, jobs.map((j) => j.stderr).join('\n')).toHaveLength(1);
        for (const job of jobs) {
          expect(job.stderr).not.toMatch(/EEXIST|ENOENT|unexpected error|\n\s+at /);
          if (job.code !== 0) {
            expect(job.code).toBe(1);
            expect(job.stderr.trim().split('\n')).toHaveLength(1);
            expect(job.stderr).toContain(`lock ${join(embeddingsDir, LOCK_NAME)}`);
          } else {
            expect(JSON.parse(job.stdout)).toMatchObject({ articles: 5 });
          }
        }
        // Nothing is left behind: no lock, no takeover guard, one complete generation.
        expect(readdirSync(embeddingsDir).sort()).toEqual(['current.json', 'generations']);
        expect(readdirSync(join(embeddingsDir, 'generations'))).toHaveLength(1);
      }
    });
  }
});
