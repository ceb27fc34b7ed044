/** The shard manager's plan and its refusals: a bad token, or a shard that cannot start, end `npm start` with one line. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RESTGetAPIGatewayBotResult } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { fetchGatewayBot, shardPlan } from '../../src/transports/discord/shards.js';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-stand-in.js';
import { copyOfCorpus, tempDir } from '../support/fixtures.js';
import { TOKEN } from './harness.js';

const gateway = (shards: number, maxConcurrency: number) =>
  ({ url: 'ws://x', shards, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: maxConcurrency } }) as RESTGetAPIGatewayBotResult;

describe('shardPlan', () => {
  it('GIVEN auto THEN Discord\'s count; GIVEN a number THEN that count', () => {
    expect(shardPlan('auto', gateway(3, 1)).total).toBe(3);
    expect(shardPlan(8, gateway(3, 1)).total).toBe(8);
  });

  it('GIVEN one login per 5 s THEN shards start 5.5 s apart; GIVEN a concurrency covering them all THEN at once', () => {
    expect(shardPlan(2, gateway(1, 1)).delayMs).toBe(5_500);
    expect(shardPlan(16, gateway(1, 16)).delayMs).toBe(0);
    expect(shardPlan(17, gateway(1, 16)).delayMs).toBe(5_500);
  });
});

describe('the shard manager refuses to start', () => {
  let discord: DiscordStandIn;
  let env: Record<string, string>;
  beforeAll(async () => {
    discord = await startDiscordStandIn({ token: TOKEN });
    env = {
      DISCORD_API_BASE_URL: discord.apiBaseUrl,
      CORPUS_DIR: copyOfCorpus(),
      EMBEDDINGS_DIR: tempDir(),
      MODEL_CACHE_DIR: tempDir(),
      ALLOW_REMOTE_MODELS: 'false',
      TMPDIR: tempDir('tmp-'),
    };
  });
  afterAll(() => discord.close());
  const npmStart = (more: Record<string, string>) =>
    promisify(execFile)(process.execPath, ['dist/src/main.js'], { env: { ...process.env, ...env, ...more }, timeout: 20_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it('GIVEN a token Discord refuses THEN fetchGatewayBot says so in one line', async () => {
    const config = configSchema.parse({ DISCORD_TOKEN: 'another.token.that-is-long-enough', DISCORD_API_BASE_URL: discord.apiBaseUrl });
    await expect(fetchGatewayBot(config)).rejects.toThrow(/^Discord refused DISCORD_TOKEN \(401 Unauthorized\)\./);
    expect((await fetchGatewayBot(configSchema.parse({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE_URL: discord.apiBaseUrl }))).shards).toBe(1);
  });

  it('GIVEN DISCORD_SHARDS and a refused token THEN npm start exits 1 with that line and no shard ever starts', async () => {
    const before = discord.gatewayConnections.length;
    const { code, stderr } = await npmStart({ DISCORD_SHARDS: '2', DISCORD_TOKEN: 'another.token.that-is-long-enough' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Discord refused DISCORD_TOKEN (401 Unauthorized). Copy the token again from the Developer Portal.');
    expect(discord.gatewayConnections.length).toBe(before);
  });

  it('GIVEN a shard that cannot start (REQUIRE_MODEL without a model) THEN its message, then the manager stops it and exits 1', async () => {
    const { code, stderr } = await npmStart({ DISCORD_SHARDS: '2', DISCORD_TOKEN: TOKEN, REQUIRE_MODEL: 'true', LOG_LEVEL: 'silent' });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(/model/i); // the shard's own one-line reason
    expect(lines.at(-1)).toMatch(/^A shard stopped before it was ready \(.+\); its own message is above\.$/);
    expect(discord.gatewayConnections.length).toBe(0); // it never reached the gateway
  });
});
