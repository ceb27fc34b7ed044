/**
 * Liveness for container health checks: while the gateway connection is up, the bot touches a file every
 * few seconds; `node dist/src/transports/discord/healthcheck.js` checks that it is fresh. Each shard process
 * (DISCORD_SHARDS) has its own file beside it, so one dead shard makes the container unhealthy.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Status, type Client } from 'discord.js';

export const DEFAULT_HEARTBEAT_FILE = join(tmpdir(), 'dossier-bot.heartbeat');
export const HEARTBEAT_INTERVAL_MS = 10_000;
/** Older than this, the bot is considered unhealthy (a few missed beats, to ride out a gateway reconnect). */
export const HEARTBEAT_MAX_AGE_MS = 45_000;

/** The heartbeat file of a shard process (`dossier-bot.shard-<id>.heartbeat`), or the single process's. */
export function heartbeatFileOf(shard: number | undefined, base = DEFAULT_HEARTBEAT_FILE): string {
  return shard === undefined ? base : base.replace(/\.heartbeat$/, `.shard-${shard}.heartbeat`);
}

/** Matches the heartbeat files written beside `base` (the single process's and every shard's). */
export const heartbeatFilePattern = /^dossier-bot(\.shard-\d+)?\.heartbeat$/;

/** Writes the heartbeat now and then every `intervalMs` while the client's gateway is ready; returns a stopper. */
export function startHeartbeat(client: Client, file = DEFAULT_HEARTBEAT_FILE, intervalMs = HEARTBEAT_INTERVAL_MS): () => void {
  const beat = () => {
    if (client.ws.status !== Status.Ready) return;
    try {
      writeFileSync(file, `${new Date().toISOString()}\n`);
    } catch {
      // A read-only /tmp only costs the health check, never the bot.
    }
  };
  beat();
  const timer = setInterval(beat, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
