/**
 * End to end: `node dist/src/main.js` with DISCORD_SHARDS=auto runs discord.js's ShardingManager, which asks the
 * stand-in's /gateway/bot for the count (2) and forks one real bot process per shard; both answer from ONE index,
 * built first by `dossier index` (as the compose indexer job does). Backends: the embedded files index (one
 * EMBEDDINGS_DIR shared by both processes) and PostgreSQL with pgvector (PGlite served on 127.0.0.1, reached by DATABASE_URL
 * through the ordinary `pg` driver, as a server would be).
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { deployCommands } from '../../src/transports/discord/deploy.js';
import { shardOf, startDiscordStandIn, type DiscordStandIn } from '../support/discord-stand-in.js';
import { copyOfCorpus, tempDir } from '../support/fixtures.js';
import { startPgliteServer } from '../support/pglite-server.js';
import { TOKEN } from './harness.js';

const ADMIN = '1100000000000000888';
const MANAGE_GUILD = 1n << 5n;
const ORDINARY = (1n << 10n) | (1n << 11n) | (1n << 31n);
/** Two guild ids Discord would route to shard 0 and shard 1 of 2. */
const GUILD_ON_0 = ((1234n << 22n) | 100n).toString();
const GUILD_ON_1 = ((1235n << 22n) | 100n).toString();

/** Where the shared index lives: extra settings for every process, and how to stop what was started for it. */
interface Backend {
  name: string;
  start(): Promise<{ env: Record<string, string>; stop(): Promise<void> }>;
}

const backends: Backend[] = [
  { name: 'files', start: async () => ({ env: {}, stop: async () => {} }) },
  {
    name: 'PostgreSQL',
    start: async () => {
      const pg = await startPgliteServer();
      return { env: { DATABASE_URL: pg.url }, stop: () => pg.stop() };
    },
  },
];

interface Manager {
  child: ChildProcess;
  /** stderr lines: JSON log lines parsed, plain lines as `{ text }`. */
  lines: Array<Record<string, any>>;
  exited: Promise<number | null>;
}

function startManager(env: Record<string, string>): Manager {
  const child = spawn(process.execPath, ['dist/src/main.js'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const lines: Manager['lines'] = [];
  let rest = '';
  // The shard processes inherit the manager's stderr, so their lines (with `shard`) arrive here too.
  child.stderr!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop()!;
    for (const line of parts.filter(Boolean)) {
      try {
        lines.push(JSON.parse(line));
      } catch {
        lines.push({ text: line });
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, lines, exited };
}

/** Waits for `condition` (expect.poll is not available in hooks). */
async function until(condition: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out; seen: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.each(backends)('DISCORD_SHARDS=auto: two shard processes on one $name index', (backend) => {
  let stopBackend: () => Promise<void> = async () => {};
  let discord: DiscordStandIn;
  let manager: Manager;
  let corpusDir: string;
  /** The shard processes' temp folder, where their health-check heartbeats go. */
  let tmp: string;
  const ask = (guildId: string, question: string) =>
    discord.sendInteraction(discord.chatInput({ name: 'ask', guildId, options: { question }, user: { id: `11000000000000${Math.floor(Math.random() * 1e6)}` } }));
  const shardPids = (shard: number) => manager.lines.filter((l) => l.msg === 'shard process started' && l.shard === shard).map((l) => l.pid as number);

  beforeAll(async () => {
    corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    tmp = tempDir('tmp-');
    const started = await backend.start();
    stopBackend = started.stop;
    discord = await startDiscordStandIn({ token: TOKEN, guildId: GUILD_ON_0, otherGuildIds: [GUILD_ON_1], recommendedShards: 2, maxConcurrency: 16 });
    const env = {
      ...started.env,
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_BASE_URL: discord.apiBaseUrl,
      DISCORD_ADMIN_USER_IDS: ADMIN,
      DISCORD_SHARDS: 'auto',
      CORPUS_DIR: corpusDir,
      EMBEDDINGS_DIR: embeddingsDir,
      MODEL_CACHE_DIR: tempDir(),
      ALLOW_REMOTE_MODELS: 'false',
      LOG_LEVEL: 'info',
      TMPDIR: tmp,
    };
    // The index exists before the shards start (as after the compose indexer job); both processes open it.
    await promisify(execFile)(process.execPath, ['dist/src/transports/cli/main.js', 'index'], { env: { ...process.env, ...env } });
    await deployCommands(configSchema.parse(env)); // global commands: both guilds have them
    manager = startManager(env);
    await until(() => manager.lines.some((l) => l.text === 'Discord bot ready: 2 shards.'), 25_000, () => JSON.stringify(manager.lines));
  });
  afterAll(async () => {
    if (manager?.child.exitCode === null) manager.child.kill('SIGKILL');
    await discord?.close();
    await stopBackend();
  });

  it('GIVEN auto THEN the count came from /gateway/bot and each shard identified as [id, 2] and logs its id', async () => {
    expect(shardOf(GUILD_ON_0, 2)).toBe(0);
    expect(shardOf(GUILD_ON_1, 2)).toBe(1);
    expect(discord.readyShards().sort()).toEqual([[0, 2], [1, 2]]);
    expect(discord.requests.filter((r) => r.path === '/gateway/bot').length).toBeGreaterThanOrEqual(1);
    for (const shard of [0, 1]) {
      // The manager hears "ready" from discord.js's shard event, a moment before the bot logs it.
      await expect.poll(() => manager.lines.some((l) => l.msg === 'bot ready' && l.shard === shard && l.shards === 2)).toBe(true);
      await expect.poll(() => manager.lines.some((l) => l.text === `Discord bot ready as dossier-bot (shard ${shard} of 2).`)).toBe(true);
    }
    expect(new Set([...shardPids(0), ...shardPids(1)]).size).toBe(2);
  });

  it('GIVEN two shard processes THEN each keeps its own heartbeat and the health check wants all of them fresh', () => {
    const check = () => {
      try {
        return execFileSync(process.execPath, ['dist/src/transports/discord/healthcheck.js'], { env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8' });
      } catch (error) {
        return `exit ${(error as { status: number }).status}: ${(error as { stdout: string }).stdout}`;
      }
    };
    for (const shard of [0, 1]) expect(existsSync(join(tmp, `dossier-bot.shard-${shard}.heartbeat`))).toBe(true);
    expect(check()).toMatch(/^healthy: /);
    // What a shard that stopped beating leaves behind.
    const dead = join(tmp, 'dossier-bot.shard-2.heartbeat');
    writeFileSync(dead, 'old\n');
    utimesSync(dead, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(check()).toMatch(/^exit 1: unhealthy: .*dossier-bot\.shard-2\.heartbeat: heartbeat 6\d s old$/m);
    rmSync(dead);
  });

  it('GIVEN a guild on each shard THEN each shard process answers /ask for its own guild', async () => {
    for (const guild of [GUILD_ON_0, GUILD_ON_1]) {
      const reply = await ask(guild, 'Aus welchem Anlass reiste Schoigu nach Nordkorea?').finalReply();
      expect(reply.embeds[0].fields.length).toBeGreaterThan(0);
    }
    expect(discord.unexpectedRequests()).toEqual([]);
  });

  it('GIVEN a changed corpus THEN one /reindex in shard 0 makes shard 1 answer from the new generation within seconds', async () => {
    const question = 'Wer eröffnete eine Ausstellung über Seidenraupen?';
    appendFileSync(join(corpusDir, '003_d9f6056cd9229062.txt'), '\n\nDer Zirkusdirektor Quastenflosser eröffnete am Abend eine Ausstellung über Seidenraupen in Pjöngjang, berichtete die Agentur.\n');
    expect(JSON.stringify((await ask(GUILD_ON_1, question).finalReply()).embeds)).not.toContain('Quastenflosser');

    const reindex = discord.sendInteraction(
      discord.chatInput({ name: 'reindex', guildId: GUILD_ON_0, permissions: MANAGE_GUILD | ORDINARY, user: { id: ADMIN } }),
    );
    const summary = await reindex.waitForResponse((r) => r.kind === 'editOriginal' && r.body.embeds?.length > 0, 40_000);
    // The title and the reason together, so a failure says why the reindex failed.
    expect(`${summary.body.embeds[0].title}: ${summary.body.embeds[0].description}`).toMatch(/^Reindex finished: /);
    expect(manager.lines).toContainEqual(expect.objectContaining({ msg: 'reindex started', shard: 0 }));
    const switchedAt = Date.now();

    let delayMs = -1;
    await expect
      .poll(async () => {
        const embeds = JSON.stringify((await ask(GUILD_ON_1, question).finalReply()).embeds);
        if (embeds.includes('Quastenflosser') && delayMs < 0) delayMs = Date.now() - switchedAt;
        return embeds.includes('Quastenflosser');
      }, { timeout: 10_000, interval: 100 })
      .toBe(true);
    // A figure, not a timed assertion: between the two processes' log lines for the same generation (shard 0 switched
    // at the end of its job; shard 1 noticed and loaded it), and as a member sees it (reply → first new answer).
    const switched = (shard: number) => manager.lines.find((l) => l.msg === 'answering from a new index generation' && l.shard === shard);
    expect(switched(1)?.generation).toBe(switched(0)?.generation);
    const logDelay = Date.parse(switched(1)!.time) - Date.parse(switched(0)!.time);
    console.log(`generation switch, ${backend.name} backend: shard 1 answered from it ${logDelay} ms after shard 0 switched; first new answer ${delayMs} ms after the /reindex reply`);
  });

  it('GIVEN shard 1 crashes THEN the manager logs it, forks it again, and it answers again', async () => {
    const [pid] = shardPids(1);
    process.kill(pid!, 'SIGKILL');
    await expect.poll(() => manager.lines.some((l) => l.msg === 'shard process exited; respawning it' && l.shard === 1), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => manager.lines.filter((l) => l.msg === 'shard ready' && l.shard === 1).length, { timeout: 15_000, interval: 100 }).toBe(2);
    const reply = await ask(GUILD_ON_1, 'Aus welchem Anlass reiste Schoigu nach Nordkorea?').finalReply();
    expect(reply.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it('GIVEN SIGTERM to the manager THEN every shard process stops and the manager exits 0', async () => {
    const pids = [...shardPids(0), ...shardPids(1)];
    manager.child.kill('SIGTERM');
    expect(await manager.exited).toBe(0);
    expect(pids.filter(alive)).toEqual([]);
    expect(manager.lines.filter((l) => l.msg === 'shutting down').map((l) => l.shard ?? 'manager').sort()).toEqual([0, 1, 'manager']);
  });
});
