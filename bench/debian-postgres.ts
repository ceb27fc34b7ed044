/**
 * A throwaway PostgreSQL server from the distribution's packages (Debian's postgresql-15 has no pgvector, so only
 * lexical-only indexes fit), in a temporary folder on a free port of 127.0.0.1. Run as the `postgres` user when
 * started by root (the server refuses to run as root). Returns null with the reason when no server is installed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface DebianPostgres {
  url: string;
  version: string;
  stop(): Promise<void>;
}

/** Starts the newest installed /usr/lib/postgresql/<n>/bin/postgres, or says why it cannot. */
export async function startDebianPostgres(): Promise<DebianPostgres | { skipped: string }> {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'postgres'))).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (!version) return { skipped: `no PostgreSQL server under ${root}/<version>/bin (apt-get install postgresql-15)` };
  const bin = join(root, version, 'bin');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg15-'));
  const asRoot = process.getuid?.() === 0;
  // setpriv execs the server in place (runuser would stay as a parent that does not pass our SIGINT on).
  const run = (file: string, args: string[]) => (asRoot ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', file, ...args]] : [file, args]) as [string, string[]];
  try {
    if (asRoot) execFileSync('chown', ['-R', 'postgres', dir]);
    execFileSync(...run(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']), { stdio: 'ignore' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `initdb failed: ${(error as Error).message.split('\n')[0]}` };
  }
  const port = await freePort();
  const server = spawn(...run(join(bin, 'postgres'), ['-D', join(dir, 'data'), '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']), { stdio: 'ignore' });
  const exited = new Promise<void>((done) => server.on('exit', () => done()));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    server.kill('SIGINT'); // fast shutdown
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return { url, version, stop };
    } catch {
      await client.end().catch(() => {});
      if (attempt > 100) {
        await stop();
        return { skipped: `PostgreSQL ${version} did not accept connections within 10 s` };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
