/**
 * One index job per database. A session-level advisory lock on a connection of its own is the lock PostgreSQL
 * releases by itself when the holder dies. A lease row (token, backend pid, heartbeat) backs it up where sessions
 * are shared: behind a multiplexer (PGlite's socket server, poolers in session-sharing modes) every client is the
 * same backend and advisory locks are re-entrant, so the row is what tells a second job that the first still runs.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DossierError } from '../errors.js';
import { JOB_LOCK_KEY } from './postgres-schema.js';

const HEARTBEAT_MS = 2_000;

export interface PgLockOptions {
  connectionString: string;
  where: string;
  /** A lease whose heartbeat is older than this is abandoned (a killed job on a shared session). */
  staleMs: number;
}

const busy = (where: string) => new DossierError('reindex_busy', `An index job is already running on ${where}. Wait for it to finish.`);

/** Runs `job` holding the database's index job lock; DossierError 'reindex_busy' when another job holds it. */
export async function withPgJobLock<T>(options: PgLockOptions, job: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: options.connectionString });
  client.on('error', () => {}); // a dropped lock connection surfaces at the next call, or at release
  await client.connect();
  const token = randomBytes(8).toString('hex');
  let locked = false;
  let leased = false;
  let beat: NodeJS.Timeout | undefined;
  try {
    const { rows } = await client.query<{ got: boolean; pid: number }>('SELECT pg_try_advisory_lock($1, $2) AS got, pg_backend_pid() AS pid', [...JOB_LOCK_KEY]);
    if (!rows[0]!.got) throw busy(options.where);
    locked = true;
    leased = await takeLease(client, token, rows[0]!.pid, options.staleMs);
    if (!leased) throw busy(options.where);
    beat = setInterval(() => void client.query('UPDATE dossier_job_lock SET heartbeat = now() WHERE token = $1', [token]).catch(() => {}), HEARTBEAT_MS);
    return await job();
  } finally {
    clearInterval(beat);
    if (leased) await client.query('DELETE FROM dossier_job_lock WHERE token = $1', [token]).catch(() => {});
    if (locked) await client.query('SELECT pg_advisory_unlock($1, $2)', [...JOB_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/**
 * Writes our lease unless a live one from the same backend is there. A lease from another backend while we hold the
 * advisory lock belongs to a session that is gone (PostgreSQL released its lock), so it is taken over at once.
 */
async function takeLease(client: pg.Client, token: string, pid: number, staleMs: number): Promise<boolean> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ pid: number; stale: boolean }>(
      `SELECT pid, heartbeat < now() - make_interval(secs => $1) AS stale FROM dossier_job_lock FOR UPDATE`,
      [staleMs / 1000],
    );
    const held = rows[0] && rows[0].pid === pid && !rows[0].stale;
    if (!held) {
      await client.query(
        `INSERT INTO dossier_job_lock (only_row, token, pid, heartbeat) VALUES (true, $1, $2, now())
         ON CONFLICT (only_row) DO UPDATE SET token = excluded.token, pid = excluded.pid, heartbeat = excluded.heartbeat`,
        [token, pid],
      );
    }
    await client.query('COMMIT');
    return !held;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
