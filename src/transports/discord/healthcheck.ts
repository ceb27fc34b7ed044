/**
 * Docker HEALTHCHECK: `node dist/src/transports/discord/healthcheck.js [file]` exits 0 when the bot's heartbeat
 * file is fresh, 1 otherwise. Without a file argument it checks every heartbeat in the temp folder (the single
 * process's, or one per shard process) and all must be fresh. One stat per file; no Discord request.
 */
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HEARTBEAT_FILE, HEARTBEAT_MAX_AGE_MS, heartbeatFilePattern } from './heartbeat.js';

const ageOf = (file: string): number | null => {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return null; // no heartbeat yet: not ready, or not running
  }
};

const files = process.argv[2] ? [process.argv[2]] : readdirSync(tmpdir()).filter((n) => heartbeatFilePattern.test(n)).map((n) => join(tmpdir(), n));
if (files.length === 0) files.push(DEFAULT_HEARTBEAT_FILE);
const ages = files.map((file) => ({ file, age: ageOf(file) }));
const stale = ages.filter(({ age }) => age === null || age >= HEARTBEAT_MAX_AGE_MS);
const describe = ({ file, age }: { file: string; age: number | null }) =>
  `${files.length > 1 ? `${file}: ` : ''}${age === null ? 'no heartbeat' : `heartbeat ${Math.round(age / 1000)} s old`}`;
process.stdout.write(`${stale.length === 0 ? 'healthy' : 'unhealthy'}: ${(stale.length ? stale : ages).map(describe).join('; ')}\n`);
process.exitCode = stale.length === 0 ? 0 : 1;
