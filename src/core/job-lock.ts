/**
 * The indexing job lock: one writer at a time across processes and across containers that share the
 * embeddings volume (the indexer and the bot in docker-compose.yml).
 *
 * The lock is a directory (`mkdir` is atomic on every file system we target, NFS included). Its holder touches it
 * every second; a lock whose heartbeat stopped for STALE_MS is abandoned (a killed job). On the holder's own host a
 * lock whose process is gone is abandoned at once, so `kill -9` and retry needs no wait. A process id alone is never
 * trusted across hosts: another container has its own process ids. Taking over an abandoned lock happens under a
 * second lock (`…takeover`) and re-checks staleness there, so two jobs can never both take it over.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ensureDir, fsFailure } from './fs-errors.js';
import { DossierError } from './errors.js';

export const LOCK_NAME = '.index.lock';
/** A heartbeat older than this marks an abandoned lock (a heartbeat comes every second from its own thread). */
export const STALE_MS = 30_000;
const HEARTBEAT_MS = 1_000;
const OWNER_FILE = 'owner.json';

interface Owner {
  pid: number;
  host: string;
  token: string;
  startedAt: string;
}

/** Locks this process holds (path → token), released on exit too, so Ctrl-C leaves no lock behind. */
const held = new Map<string, string>();
process.once('exit', () => {
  for (const [path, token] of held) if (ownerTokenSync(path) === token) rmSync(path, { recursive: true, force: true });
});

/** Runs `job` while holding the lock in `dir`. Throws DossierError 'reindex_busy' (naming the lock) when it is held. */
export async function withJobLock<T>(dir: string, job: () => Promise<T>): Promise<T> {
  await ensureDir(dir);
  const path = join(dir, LOCK_NAME);
  if (held.has(path)) throw new DossierError('reindex_busy', 'An indexing job is already running in this process. Wait for it to finish.');
  const token = await acquire(path);
  held.set(path, token);
  const beat = startHeartbeat(path);
  try {
    return await job();
  } finally {
    await beat.terminate();
    held.delete(path);
    if ((await readOwner(path))?.token === token) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Refreshes the lock's time every second from a worker thread, so a long synchronous step of the job (building a
 * large HNSW graph takes minutes at 100k vectors) cannot stop the heartbeat and let another job take over.
 */
function startHeartbeat(path: string): Worker {
  const source = `const { utimesSync } = require('node:fs');
    const { workerData } = require('node:worker_threads');
    setInterval(() => { try { const now = new Date(); utimesSync(workerData.path, now, now); } catch {} }, workerData.ms);`;
  const worker = new Worker(source, { eval: true, workerData: { path, ms: HEARTBEAT_MS } });
  worker.unref(); // never what keeps the process alive
  return worker;
}

async function acquire(path: string): Promise<string> {
  const token = randomBytes(8).toString('hex');
  if (await tryCreate(path, token)) return token;
  const first = await inspect(path);
  if (first && !first.stale) throw busy(path, first);
  // Abandoned (or gone meanwhile): take it over under the takeover lock, re-checking there.
  const guard = `${path}.takeover`;
  if (!(await tryMkdir(guard))) {
    const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > STALE_MS) await rm(guard, { recursive: true, force: true }); // left by a job killed mid-takeover
    throw busy(path, first);
  }
  try {
    const again = await inspect(path);
    if (again && !again.stale) throw busy(path, again);
    if (again) {
      const grave = `${path}.abandoned-${token}`;
      await rename(path, grave);
      await rm(grave, { recursive: true, force: true });
    }
    if (await tryCreate(path, token)) return token;
    throw busy(path, await inspect(path));
  } finally {
    await rm(guard, { recursive: true, force: true });
  }
}

async function tryCreate(path: string, token: string): Promise<boolean> {
  if (!(await tryMkdir(path))) return false;
  const owner: Owner = { pid: process.pid, host: hostname(), token, startedAt: new Date().toISOString() };
  await writeFile(join(path, OWNER_FILE), JSON.stringify(owner)).catch(async (error: unknown) => {
    await rm(path, { recursive: true, force: true }); // e.g. a full disk: leave no ownerless lock behind
    throw fsFailure(error, path);
  });
  return true;
}

async function tryMkdir(path: string): Promise<boolean> {
  try {
    await mkdir(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw fsFailure(error, path);
  }
}

interface LockState {
  owner: Owner | null;
  ageMs: number;
  stale: boolean;
}

/** null when the lock vanished meanwhile. A lock without a readable owner is judged by its age alone. */
async function inspect(path: string): Promise<LockState | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  const owner = await readOwner(path);
  const ageMs = Date.now() - info.mtimeMs;
  const deadHere = owner !== null && owner.host === hostname() && !isAlive(owner.pid);
  // A lock younger than one heartbeat may still be writing its owner file: never stale by "no owner".
  return { owner, ageMs, stale: ageMs > STALE_MS || (deadHere && ageMs > 0) };
}

async function readOwner(path: string): Promise<Owner | null> {
  try {
    return JSON.parse(await readFile(join(path, OWNER_FILE), 'utf8')) as Owner;
  } catch {
    return null;
  }
}

function ownerTokenSync(path: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(path, OWNER_FILE), 'utf8')) as Owner).token;
  } catch {
    return null;
  }
}

function busy(path: string, state: LockState | null): DossierError {
  const who = state?.owner ? ` by process ${state.owner.pid} on ${state.owner.host}` : '';
  const seen = state ? `, last heartbeat ${Math.round(state.ageMs / 1000)} s ago` : '';
  return new DossierError(
    'reindex_busy',
    `Another indexing job is running (lock ${path} held${who}${seen}). Try again when it has finished; ` +
      `if no job is running, the lock is taken over ${STALE_MS / 1000} s after its last heartbeat, or delete ${path}.`,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
