/** A lock file so two processes (say, the bot's /reindex and a terminal's `npm run index`) never write at once. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError } from './errors.js';

const LOCK = '.index.lock';
// Locks this process holds: a lock file with our own pid but not in here was left by an earlier process
// that had the same pid (common in containers, where the bot is often pid 1).
const held = new Set<string>();

/** Runs `job` while holding the lock in `dir`; a lock left by a dead process is taken over. */
export async function withJobLock<T>(dir: string, job: () => Promise<T>): Promise<T> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, LOCK);
  if (held.has(path)) throw busy(process.pid);
  await acquire(path);
  held.add(path);
  try {
    return await job();
  } finally {
    held.delete(path);
    await rm(path, { force: true });
  }
}

async function acquire(path: string): Promise<void> {
  try {
    await writeFile(path, String(process.pid), { flag: 'wx' });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) throw busy(holder);
  await rm(path, { force: true });
  await writeFile(path, String(process.pid), { flag: 'wx' });
}

const busy = (pid: number) =>
  new DossierError('reindex_busy', `Another indexing job (process ${pid}) is running. Try again when it has finished.`);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
