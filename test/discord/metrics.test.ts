import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { Engine } from '../../src/core/engine.js';
import { silentLogger } from '../../src/core/log.js';
import { startBot } from '../../src/transports/discord/bot.js';
import { startDiscordStandIn } from '../support/discord-stand-in.js';
import { copyOfCorpus, engineOptions, tempDir } from '../support/fixtures.js';
import { freshUser, startHarness, TOKEN, type Harness } from './harness.js';

describe('Prometheus /metrics', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ COMMUNITY_DB: join(tempDir(), 'c.sqlite'), METRICS_PORT: '0' });
  });

  it('GIVEN no METRICS_PORT THEN metrics are off', () => {
    expect(configSchema.parse({}).METRICS_PORT).toBeUndefined();
  });

  it('GIVEN questions and a vote THEN /metrics counts them, on loopback only', async () => {
    const port = h.bot.metricsPort!;
    const answered = h.discord.sendInteraction(h.discord.chatInput({ name: 'ask', options: { question: 'Wer ist Schoigu?' }, user: freshUser() }));
    const reply = await answered.finalReply();
    await h.discord.sendInteraction(h.discord.chatInput({ name: 'ask', options: { question: 'Wie backe ich einen Apfelstrudel?' }, user: freshUser() })).finalReply();
    await h.discord.sendInteraction(h.discord.button({ message: h.discord.messageOf(answered)!, customId: reply.components[0].components[0].custom_id, user: freshUser() })).callback();
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^dossier_questions_total\{answered="true",mode="lexical"\} 1$/m);
    expect(text).toMatch(/^dossier_questions_total\{answered="false",mode="lexical"\} 1$/m);
    expect(text).toMatch(/^dossier_votes_total\{vote="up"\} 1$/m);
    expect(text).toMatch(/^dossier_ask_duration_seconds_count 2$/m);
    expect(text).toMatch(/^dossier_process_cpu_seconds_total /m);
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
  });
});

describe('a refused login', () => {
  it('GIVEN a wrong token and metrics on THEN startBot fails and leaves no server listening (the process can exit)', async () => {
    const discord = await startDiscordStandIn({ token: TOKEN });
    try {
      const config = configSchema.parse({ DISCORD_TOKEN: 'not.the.right.token-for-this-stand-in', DISCORD_API_BASE_URL: discord.apiBaseUrl, METRICS_PORT: '0', COMMUNITY_RECORDING: 'false' });
      const engine = (await Engine.open(engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir: tempDir() }), { buildIfMissing: true })).engine;
      // Servers still listening in this process (the stand-in's own stay; a metrics server left behind would add one).
      const handles = () => (process as unknown as { _getActiveHandles(): Array<{ listening?: boolean; constructor?: { name: string } }> })._getActiveHandles().filter((h) => h?.constructor?.name === 'Server' && h.listening).length;
      const before = handles();
      await expect(startBot({ engine, config, log: silentLogger, heartbeatFile: join(tempDir(), 'hb') })).rejects.toThrow();
      expect(handles()).toBe(before);
    } finally {
      await discord.close();
    }
  });
});
