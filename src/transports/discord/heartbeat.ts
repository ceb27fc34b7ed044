/**
 * Liveness for container health checks: while the gateway connection is up, the bot touches a file every
 * few seconds; `node dist/src/transports/discord/healthcheck.js` checks that it is fresh.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Status, type Client } from 'discord.js';

export const DEFAULT_HEARTBEAT_FILE = join(tmpdir(), 'dossier-bot.heartbeat');
export const HEARTBEAT_INTERVAL_MS = 10_000;
/** Older than this, the bot is considered unhealthy (a few missed beats, to ride out a gateway reconnect). */
export const HEARTBEAT_MAX_AGE_MS = 45_000;

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
