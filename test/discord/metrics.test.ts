import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { tempDir } from '../support/fixtures.js';
import { freshUser, startHarness, type Harness } from './harness.js';

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
