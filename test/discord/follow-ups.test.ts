import { join } from 'node:path';
import { InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/log.js';
import { startBot } from '../../src/transports/discord/bot.js';
import { withContext } from '../../src/transports/discord/follow-ups.js';
import { tempDir } from '../support/fixtures.js';
import { freshUser, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const QUESTION = 'Aus welchem Anlass reiste Schoigu nach Nordkorea?';
const FOLLOW_UP = 'Und wann war das?';

describe('follow-ups in threads over the stand-in', () => {
  let h: Harness;
  let threadId: string;
  let message: any;
  let followRef: string;
  beforeAll(async () => {
    h = await startHarness({ COMMUNITY_DB: join(tempDir(), 'community.sqlite'), COMMUNITY_FOLLOW_UPS: 'true' });
  });
  const botPostsIn = (channel: string) => h.discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

  it('GIVEN follow-ups on THEN the bot asks for message content and guild messages, and answers carry a Follow up button', async () => {
    const intents = Number(h.discord.gatewayConnections.at(-1)!.identify!.intents);
    expect(intents & (1 << 15)).not.toBe(0);
    expect(intents & (1 << 9)).not.toBe(0);
    const handle = h.discord.sendInteraction(h.discord.chatInput({ name: 'ask', options: { question: QUESTION }, user: freshUser() }));
    const reply = await handle.finalReply();
    const buttons = reply.components[0].components;
    expect(buttons.map((b: any) => b.label ?? b.emoji.name)).toEqual(['👍', '👎', 'Follow up']);
    followRef = buttons[2].custom_id;
    message = h.discord.messageOf(handle);
  });

  it('GIVEN a click on Follow up THEN a thread named after the question opens on the answer', async () => {
    const click = h.discord.sendInteraction(h.discord.button({ message, customId: followRef, user: freshUser() }));
    expect(await click.callback()).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: EPHEMERAL } });
    const reply = await click.finalReply();
    const [thread] = h.discord.threads();
    threadId = thread!.id;
    expect(thread).toMatchObject({ id: message.id, name: QUESTION, parent_id: h.discord.channelId });
    expect(reply.content).toContain(`<#${threadId}>`);
    const again = await h.discord.sendInteraction(h.discord.button({ message, customId: followRef, user: freshUser() })).callback();
    expect(again.data).toMatchObject({ flags: EPHEMERAL, content: `Continue in <#${threadId}>.` });
    expect(h.discord.threads()).toHaveLength(1);
  });

  it('GIVEN a follow-up that alone finds nothing THEN in the thread it is answered with the earlier question as context', async () => {
    const alone = await h.engine.real.ask({ question: FOLLOW_UP });
    expect(alone.answered).toBe(false);
    h.discord.postMessage({ channelId: threadId, content: FOLLOW_UP, user: freshUser() });
    const post = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && r.status === 200);
    const body = post.body as any;
    expect(body.embeds[0].title).toBe(FOLLOW_UP);
    expect(body.embeds[0].fields.length).toBeGreaterThan(0);
    // The thread renders the core's answer to the follow-up read with its context (not a fixed sentence: which of the
    // sentences on the occasion answers is ranking's business).
    const withEarlier = await h.engine.real.ask({ question: withContext(FOLLOW_UP, QUESTION, 300) });
    expect(withEarlier.answered).toBe(true);
    expect(body.embeds[0].description).toContain(withEarlier.answer!.replace(/\s*\[\d+\](?:\[\d+\])*/g, '').slice(0, 40));
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.components[0].components.map((b: any) => b.emoji.name)).toEqual(['👍', '👎']);
    expect(h.engine.asks.at(-1)!.question).toBe(withContext(FOLLOW_UP, QUESTION, 300));
  });

  it('GIVEN the bot restarts THEN its thread is still answered, with the context so far', async () => {
    await h.bot.stop();
    const again = await startBot({ engine: h.engine, config: h.config, log: silentLogger, heartbeatFile: join(tempDir(), 'hb') });
    afterAll(() => again.stop());
    const before = botPostsIn(threadId).length;
    h.discord.postMessage({ channelId: threadId, content: 'Wer empfing ihn?', user: freshUser() });
    await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && botPostsIn(threadId).length > before);
    expect(h.engine.asks.at(-1)!.question).toBe(withContext('Wer empfing ihn?', withContext(FOLLOW_UP, QUESTION, 300), 300));
  });

  it('GIVEN messages outside the bot’s threads THEN the bot stays quiet', async () => {
    const before = h.discord.requests.length;
    h.discord.postMessage({ channelId: h.discord.channelId, content: 'Wer ist Schoigu?', user: freshUser() });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(botPostsIn(h.discord.channelId)).toEqual([]);
    expect(h.discord.requests.length).toBe(before);
    expect(h.discord.unexpectedRequests()).toEqual([]);
  });

  it('GIVEN a long context THEN the follow-up is kept whole and the context cut at a word to fit', () => {
    expect(withContext('Und dann?', 'eins zwei drei vier', 18)).toBe('Und dann? eins');
    expect(withContext('x'.repeat(20), 'eins', 20)).toBe('x'.repeat(20));
  });
});
