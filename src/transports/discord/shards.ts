/**
 * `npm start` with DISCORD_SHARDS: discord.js's ShardingManager runs one bot process per shard (main.js again, which
 * sees SHARDS/SHARD_COUNT from the manager and runs the bot for that shard). Each opens the same index; Discord sends
 * each guild's interactions to the shard that owns it. The manager respawns a crashed shard and stops all on SIGTERM.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import type { Config } from '../../config.js';
import { DossierError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';

/** The process each shard runs: the same entry point as `npm start`. */
const SHARD_ENTRY = fileURLToPath(new URL('../../main.js', import.meta.url));
/** A shard loads the index (and may build it, or load the model) before it connects: generous, not 30 s. */
const READY_TIMEOUT_MS = 15 * 60_000;
/** Discord allows one IDENTIFY per 5 s per concurrency bucket; discord.js's default spacing. */
const IDENTIFY_SPACING_MS = 5_500;
/** After SIGTERM, a shard that has not exited by then is killed. */
const STOP_GRACE_MS = 10_000;

/** How many shards to run and how far apart to start them, from the setting and Discord's GET /gateway/bot. */
export function shardPlan(setting: number | 'auto', gateway: RESTGetAPIGatewayBotResult): { total: number; delayMs: number } {
  const total = setting === 'auto' ? gateway.shards : setting;
  // Shards in different buckets (id % max_concurrency) may identify at once; large bots get max_concurrency 16.
  return { total, delayMs: gateway.session_start_limit.max_concurrency >= total ? 0 : IDENTIFY_SPACING_MS };
}

/**
 * Asks Discord (or DISCORD_API_BASE_URL) for the recommended shard count. discord.js's own `totalShards: 'auto'`
 * always asks discord.com, whatever REST base URL is configured, so the count is fetched here and passed as a number.
 */
export async function fetchGatewayBot(config: Config): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST(config.DISCORD_API_BASE_URL ? { api: config.DISCORD_API_BASE_URL } : {}).setToken(config.DISCORD_TOKEN!);
  try {
    return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401) throw new DossierError('bad_config', 'Discord refused DISCORD_TOKEN (401 Unauthorized). Copy the token again from the Developer Portal.');
    throw new DossierError('discord_unreachable', `Could not ask Discord for the shard count: ${(error as Error).message}`);
  }
}

/** Runs the shards until SIGINT/SIGTERM, then stops every shard process. */
export async function runShards(config: Config, log: Logger): Promise<void> {
  const plan = shardPlan(config.DISCORD_SHARDS!, await fetchGatewayBot(config));
  const manager = new ShardingManager(SHARD_ENTRY, { totalShards: plan.total, mode: 'process', respawn: true, token: config.DISCORD_TOKEN! });
  manager.on('shardCreate', (shard) => watchShard(shard, manager, log));
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => resolve(name));
  });
  log.info('starting shards', { shards: plan.total, delayMs: plan.delayMs });
  const spawned = spawnShards(manager, plan);
  spawned.catch(() => undefined); // handled below; a signal may win the race first
  const first = await Promise.race([spawned.then(() => null, (error: unknown) => error as Error), signal]);
  if (first instanceof Error) {
    await stopShards(manager);
    throw new DossierError('shard_failed', `A shard stopped before it was ready (${first.message}); its own message is above.`);
  }
  if (first === null) process.stderr.write(`Discord bot ready: ${plan.total} shard${plan.total === 1 ? '' : 's'}.\n`);
  const name = first ?? (await signal); // null: every shard is ready; serve until a signal
  log.info('shutting down', { signal: name, shards: plan.total });
  await stopShards(manager);
}

/**
 * Starts the shards one after the other, each once the previous one is ready (and `delayMs` has passed), as
 * `manager.spawn()` does; but its pause is a timer that would hold the process for 5.5 s after a failure or a signal.
 */
async function spawnShards(manager: ShardingManager, plan: { total: number; delayMs: number }): Promise<void> {
  for (let id = 0; id < plan.total && manager.respawn; id++) {
    const shard = manager.createShard(id);
    const pause = id < plan.total - 1 && plan.delayMs > 0 ? sleep(plan.delayMs, undefined, { ref: false }) : null;
    await Promise.all([shard.spawn(READY_TIMEOUT_MS), pause]);
  }
}

function watchShard(shard: Shard, manager: ShardingManager, log: Logger): void {
  shard.on('spawn', (spawned) => {
    const child = spawned as ChildProcess; // mode 'process'
    // Stopping already (a signal came while the manager was still starting shards): this one must not stay.
    if (!manager.respawn) return void child.kill('SIGTERM');
    log.info('shard process started', { shard: shard.id, pid: child.pid });
  });
  shard.on('ready', () => log.info('shard ready', { shard: shard.id }));
  shard.on('death', (died) => {
    const child = died as ChildProcess;
    if (!manager.respawn) return;
    // The manager forks it again right away (its default); a person should still hear that it crashed.
    log.error('shard process exited; respawning it', { shard: shard.id, code: child.exitCode ?? null, signal: child.signalCode ?? null });
  });
  shard.on('error', (error: Error) => log.error('shard error', { shard: shard.id, error: String(error) }));
}

/** SIGTERM to every shard process (no respawn), SIGKILL to any still running after the grace period. */
async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = sleep(STOP_GRACE_MS, 'timeout' as const, { ref: false });
      if ((await Promise.race([exited, timer])) === 'timeout') child.kill('SIGKILL');
    }),
  );
}
