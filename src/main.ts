/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is configured, the local console otherwise.
 * Either way the index is built first if it is missing or unusable.
 */
import { openCommunity } from './community/open.js';
import { loadConfig } from './config.js';
import { Engine } from './core/engine.js';
import { isDossierError } from './core/errors.js';
import { createLogger } from './core/log.js';
import { runConsole } from './transports/cli/console.js';
import { createProgressBar } from './transports/cli/progress-bar.js';
import { ansiStyle, plainStyle, renderIndexSummary } from './transports/cli/render.js';
import { engineOptionsFrom } from './setup.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  if (config.DISCORD_TOKEN) {
    // With DISCORD_SHARDS this process becomes the shard manager; the shard processes it starts carry SHARDS.
    if (config.DISCORD_SHARDS !== undefined && config.SHARDS === undefined) {
      const { runShards } = await import('./transports/discord/shards.js');
      await runShards(config, log);
      return 0;
    }
    const { runBot } = await import('./transports/discord/bot.js');
    await runBot(config, log);
    return 0;
  }
  const bar = createProgressBar(process.stderr);
  const { engine, built } = await Engine.open(engineOptionsFrom(config, log), { buildIfMissing: true, onProgress: bar.update }).finally(bar.done);
  if (built) process.stderr.write(`${renderIndexSummary(built)}\n`);
  const interactive = Boolean(process.stdin.isTTY);
  const community = openCommunity(config, log);
  await runConsole(engine, {
    community,
    input: process.stdin,
    output: process.stdout,
    progress: process.stderr,
    interactive,
    style: process.stdout.isTTY && !config.NO_COLOR ? ansiStyle : plainStyle,
  }).finally(() => community?.close());
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line either way; LOG_LEVEL=debug has the details of an unexpected error.
    process.stderr.write(`${isDossierError(error) ? error.message : `Unexpected error: ${(error as Error)?.message ?? String(error)}`}\n`);
    process.exitCode = 1;
  },
);
