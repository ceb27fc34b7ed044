/** The Discord bot process: open the engine, connect, serve interactions, stop cleanly on SIGINT/SIGTERM. */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { createMetrics, serveMetrics } from '../../community/metrics.js';
import { openCommunity } from '../../community/open.js';
import type { CommunityStore } from '../../community/store.js';
import type { Config } from '../../config.js';
import type { DossierEngine } from '../../core/engine-api.js';
import { Engine } from '../../core/engine.js';
import { withFields, type Logger } from '../../core/log.js';
import { engineOptionsFrom } from '../../setup.js';
import { renderIndexSummary } from '../cli/render.js';
import { loadCommands } from './command-loader.js';
import { heartbeatFileOf, startHeartbeat } from './heartbeat.js';
import { onThreadMessage } from './follow-ups.js';
import { createInteractionHandler } from './interaction-handler.js';
import { SlidingWindowLimiter } from './rate-limit.js';

export interface BotOptions {
  engine: DossierEngine;
  config: Config;
  log: Logger;
  /** Where the health-check heartbeat is written (default: a file in the OS temp folder). */
  heartbeatFile?: string;
  /** The community store; by default opened from the configuration (and closed on stop). */
  community?: CommunityStore | null;
}

export interface RunningBot {
  client: Client<true>;
  /** The port /metrics listens on, when METRICS_PORT is set. */
  metricsPort: number | null;
  stop(): Promise<void>;
}

/**
 * Logs in with an engine that is already open and warm, and resolves once the gateway is ready. Because the
 * client connects only after the engine is loaded, no interaction can arrive before the bot can answer it.
 */
export async function startBot({ engine, config, log, heartbeatFile, community: given }: BotOptions): Promise<RunningBot> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set.');
  // Message content is a privileged intent: asked for only when follow-up threads are on.
  const followUps = [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, ...(config.COMMUNITY_FOLLOW_UPS ? followUps : [])],
    allowedMentions: { parse: [] },
    ...(config.DISCORD_API_BASE_URL ? { rest: { api: config.DISCORD_API_BASE_URL } } : {}),
  });
  const commands = loadCommands(config);
  const askLimiter = new SlidingWindowLimiter(config.ASK_RATE_LIMIT, config.ASK_RATE_WINDOW_SECONDS * 1000);
  const community = given === undefined ? openCommunity(config, log) : given;
  const metrics = config.METRICS_PORT === undefined ? null : createMetrics();
  const metricsServer = metrics ? await serveMetrics(metrics, config.METRICS_PORT!, config.METRICS_HOST) : null;
  const context = { engine, config, log, askLimiter, community, metrics };
  const handle = createInteractionHandler(commands, context);
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  if (config.COMMUNITY_FOLLOW_UPS) client.on(Events.MessageCreate, (message) => void onThreadMessage(message, context));
  client.on(Events.Error, (error) => log.error('discord client error', { error: String(error) }));
  client.on(Events.ShardDisconnect, (event) => log.warn('gateway disconnected', { code: event.code }));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    // A refused login (bad token, a privileged intent not enabled) must let the process exit: close what keeps it alive.
    ready.catch(() => undefined);
    await metricsServer?.close();
    await client.destroy();
    if (given === undefined) community?.close();
    throw error;
  }
  const stopHeartbeat = startHeartbeat(client, heartbeatFile);
  log.info('bot ready', { user: client.user?.tag, commands: [...commands.keys()] });
  return {
    client: client as Client<true>,
    metricsPort: metricsServer?.port ?? null,
    stop: async () => {
      stopHeartbeat();
      await metricsServer?.close();
      await client.destroy();
      if (given === undefined) community?.close();
    },
  };
}

/** `npm start` with DISCORD_TOKEN: builds the index if missing, loads the model, serves until a signal. */
export async function runBot(config: Config, parentLog: Logger): Promise<void> {
  // A shard process (started by shards.ts) says which shard it is on every log line and in its ready line.
  const shard = config.SHARDS === undefined ? null : { shard: config.SHARDS, shards: config.SHARD_COUNT ?? 1 };
  const log = shard ? withFields(parentLog, shard) : parentLog;
  // Follows reindexes by other processes too: the other shards, replicas, or `npm run index` beside the bot.
  const { engine, built } = await Engine.open(engineOptionsFrom(config, log), { buildIfMissing: true });
  if (built) log.info('index built', { summary: renderIndexSummary(built) });
  await engine.warmUp();
  const stopWatching = engine.watch();
  engine.onGenerationSwitch((generation) => log.info('answering from a new index generation', { generation }));
  const bot = await startBot({ engine, config, log, heartbeatFile: heartbeatFileOf(config.SHARDS) });
  process.stderr.write(`Discord bot ready as ${bot.client.user.tag}${shard ? ` (shard ${shard.shard} of ${shard.shards})` : ''}.\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => resolve(name));
  });
  log.info('shutting down', { signal });
  stopWatching();
  await bot.stop();
  // The store's connections (a PostgreSQL pool, its LISTEN client) would keep the process alive otherwise.
  await engine.close();
  // A shard's IPC channel to its manager would keep this process alive after the bot stopped.
  if (process.connected) process.disconnect();
  // A running /reindex would keep the process alive until it ends; stop now instead. Its generation never became
  // current (the old index stays), the lock is released on exit, and the next job removes the temporary folder.
  if (engine.reindexing) {
    log.info('stopped during a reindex; the index is unchanged');
    process.exit(0);
  }
}
