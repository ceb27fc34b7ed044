import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { InteractionResponseType } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshUser, startHarness, type Harness } from './harness.js';

describe('the interaction handler as the single catch point', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  const ask = (options: Record<string, string | boolean>) => h.discord.sendInteraction(h.discord.chatInput({ name: 'ask', options, user: freshUser() }));

  it('GIVEN an unexpected error after a public deferral THEN the placeholder goes and an ephemeral follow-up gives a ref that is in the log', async () => {
    h.engine.failAsk = new Error('boom: disk on fire');
    try {
      const handle = ask({ question: 'Wer ist Schoigu?' });
      const followUp = (await handle.waitForResponse((r) => r.kind === 'followUp')).body;
      expect(followUp).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
      const ref = /^Something went wrong \(ref: ([0-9a-f]{8})\)\.$/.exec(followUp.content)?.[1];
      expect(ref).toBeDefined();
      expect(handle.messages.map((m) => m.kind)).toEqual(['callback', 'deleteOriginal', 'followUp']);
      expect(h.logs).toContainEqual(expect.objectContaining({ level: 'error', ref, command: 'ask', error: 'Error: boom: disk on fire' }));
    } finally {
      h.engine.failAsk = null;
    }
  });

  it('GIVEN an unexpected error after a private deferral THEN the ephemeral placeholder is edited', async () => {
    h.engine.failAsk = new Error('boom');
    try {
      const reply = await ask({ question: 'Wer ist Schoigu?', private: true }).finalReply();
      expect(reply.content).toMatch(/^Something went wrong \(ref: [0-9a-f]{8}\)\.$/);
    } finally {
      h.engine.failAsk = null;
    }
  });

  it('GIVEN an unknown command THEN an ephemeral "Unknown command"', async () => {
    const callback = await h.discord.sendInteraction(h.discord.chatInput({ name: 'weather' })).callback();
    expect(callback).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: 64, content: expect.stringMatching(/^Unknown command/) } });
    const choices = await h.discord.sendInteraction(h.discord.autocomplete({ name: 'weather', focused: 'city', value: 'Ber' })).callback();
    expect(choices.data.choices).toEqual([]);
  });

  it('GIVEN an expired interaction (defer rejected) THEN the bot logs it and keeps serving', async () => {
    h.discord.ackDeadlineMs = 0;
    try {
      const handle = ask({ question: 'Wer ist Schoigu?' });
      await expect.poll(() => h.logs.some((l) => l.msg === 'could not deliver an error reply'), { timeout: 3_000 }).toBe(true);
      expect(handle.messages.every((m) => m.status === 404)).toBe(true);
    } finally {
      h.discord.ackDeadlineMs = 3_000;
    }
    const reply = await ask({ question: 'Aus welchem Anlass reiste Schoigu nach Nordkorea?' }).finalReply();
    expect(reply.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it('GIVEN a connected bot THEN it keeps a fresh heartbeat and the compiled health check says healthy', () => {
    expect(existsSync(h.heartbeatFile)).toBe(true);
    const out = execFileSync('node', ['dist/src/transports/discord/healthcheck.js', h.heartbeatFile], { encoding: 'utf8' });
    expect(out).toMatch(/^healthy: heartbeat \d+ s old/);
    expect(() => execFileSync('node', ['dist/src/transports/discord/healthcheck.js', `${h.heartbeatFile}.missing`], { stdio: 'pipe' })).toThrow();
  });

  it('GIVEN all of the above THEN nothing unexpected reached the stand-in', () => {
    expect(h.discord.unexpectedRequests()).toEqual([]);
  });
});
