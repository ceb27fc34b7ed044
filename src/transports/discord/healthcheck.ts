/**
 * Docker HEALTHCHECK: `node dist/src/transports/discord/healthcheck.js [file]` exits 0 when the bot's heartbeat
 * file is fresh, 1 otherwise. One stat call; no Discord request, so checking costs nothing against rate limits.
 */
import { statSync } from 'node:fs';
import { DEFAULT_HEARTBEAT_FILE, HEARTBEAT_MAX_AGE_MS } from './heartbeat.js';

const file = process.argv[2] ?? DEFAULT_HEARTBEAT_FILE;
let age: number | null = null;
try {
  age = Date.now() - statSync(file).mtimeMs;
} catch {
  // No heartbeat yet: not ready, or not running.
}
const healthy = age !== null && age < HEARTBEAT_MAX_AGE_MS;
process.stdout.write(`${healthy ? 'healthy' : 'unhealthy'}: ${age === null ? 'no heartbeat' : `heartbeat ${Math.round(age / 1000)} s old`}\n`);
process.exitCode = healthy ? 0 : 1;
