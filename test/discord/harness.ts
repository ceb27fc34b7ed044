/** A running bot (real discord.js client) on the Discord stand-in, over a real lexical engine on a corpus copy. */
import { afterAll } from 'vitest';
import { configSchema, type Config } from '../../src/config.js';
import type { DossierEngine } from '../../src/core/engine-api.js';
import { Engine, type EngineOptions } from '../../src/core/engine.js';
import { createLogger } from '../../src/core/log.js';
import type { AskRequest, Progress } from '../../src/core/types.js';
import { startBot, type RunningBot } from '../../src/transports/discord/bot.js';
import { deployCommands } from '../../src/transports/discord/deploy.js';
import { startDiscordStandIn, snowflake, type DiscordStandIn } from '../support/discord-stand-in.js';
import { copyOfCorpus, engineOptions, tempDir } from '../support/fixtures.js';

export const TOKEN = 'stand-in.bot.token.for-tests';

/** The real engine, with a count of searches and hooks to hold or break a call. */
export class ObservedEngine implements DossierEngine {
  asks: AskRequest[] = [];
  /** When set, /reindex waits for it (after reporting `progress`) before running the real job. */
  reindexGate: Promise<void> | null = null;
  progress: Progress[] = [];
  failAsk: Error | null = null;
  private holding = false;

  constructor(readonly real: Engine) {}

  async ask(request: AskRequest) {
    this.asks.push(request);
    if (this.failAsk) throw this.failAsk;
    return this.real.ask(request);
  }
  sources() {
    return this.real.sources();
  }
  source(id: string) {
    return this.real.source(id);
  }
  async reindex(onProgress?: (p: Progress) => void) {
    if (this.reindexing) return this.real.reindex(); // rejects with reindex_busy, as the engine does
    this.holding = true;
    try {
      for (const p of this.progress) {
        onProgress?.(p);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await this.reindexGate;
    } finally {
      this.holding = false;
    }
    return this.real.reindex(onProgress);
  }
  get reindexing() {
    return this.holding || this.real.reindexing;
  }
  get maxQuestionLength() {
    return this.real.maxQuestionLength;
  }
}

export interface Harness {
  discord: DiscordStandIn;
  bot: RunningBot;
  engine: ObservedEngine;
  config: Config;
  corpusDir: string;
  embeddingsDir: string;
  logs: Array<Record<string, any>>;
  heartbeatFile: string;
}

/** Starts everything, registers the commands (guild scope) and stops it all after the file. */
export async function startHarness(
  env: Record<string, string> = {},
  getEmbedder?: EngineOptions['getEmbedder'],
  overrides: Partial<EngineOptions> = {},
): Promise<Harness> {
  const corpusDir = copyOfCorpus();
  const options = engineOptions({ corpusDir, embeddingsDir: tempDir(), ...(getEmbedder ? { getEmbedder } : {}), ...overrides });
  const { embeddingsDir } = options;
  const { engine: real } = await Engine.open(options, { buildIfMissing: true });
  await real.warmUp();
  const engine = new ObservedEngine(real);
  const discord = await startDiscordStandIn({ token: TOKEN });
  const config = configSchema.parse({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_API_BASE_URL: discord.apiBaseUrl,
    ...env,
  });
  const logs: Array<Record<string, any>> = [];
  const log = createLogger('debug', (line) => logs.push(JSON.parse(line)));
  const heartbeatFile = `${tempDir('heartbeat-')}/heartbeat`;
  await deployCommands(config);
  const bot = await startBot({ engine, config, log, heartbeatFile });
  afterAll(async () => {
    await bot.stop();
    await discord.close();
  });
  return { discord, bot, engine, config, corpusDir, embeddingsDir, logs, heartbeatFile };
}

/** A user id nobody else in the file uses, so per-user rate limits do not interfere between tests. */
export const freshUser = () => ({ id: snowflake() });
