import { InteractionResponseType } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { watchOutboundTraffic } from '../support/discord-stand-in.js';
import { freshUser, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const embedSize = (e: any) =>
  (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length +
  (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);

describe('/ask over the stand-in', () => {
  let h: Harness;
  const traffic = watchOutboundTraffic();
  beforeAll(async () => {
    h = await startHarness({ ASK_RATE_LIMIT: '2', ASK_RATE_WINDOW_SECONDS: '60' });
  });
  const ask = (options: Record<string, string | number | boolean>, user = freshUser()) =>
    h.discord.sendInteraction(h.discord.chatInput({ name: 'ask', options, user }));

  it('GIVEN the Korean War question THEN it defers at once and edits in an embed citing passages within limits', async () => {
    const handle = ask({ question: 'Wie viele Menschen starben im Koreakrieg?' });
    const callback = await handle.callback();
    expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect((callback.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(handle.messages[0]!.at).toBeLessThan(3_000); // Discord's acknowledgement deadline

    const reply = await handle.finalReply();
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    const [embed] = reply.embeds;
    expect(embed.title).toBe('Wie viele Menschen starben im Koreakrieg?');
    expect(embed.description).toMatch(/\S.* (\[\d+\])+$/); // the wording is the engine's; see test/core
    expect(embed.fields.length).toBeGreaterThanOrEqual(1);
    expect(embed.fields.length).toBeLessThanOrEqual(5);
    for (const field of embed.fields) {
      expect(field.name).toMatch(/^\[\d+\] .+ · .+ · \d{4}-\d{2}(-\d{2})? · ¶\d+(–\d+|\.\d+)?$/);
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    expect(embed.fields[0].value).toMatch(/\*\*[^*]+\*\*/);
    expect(embed.footer.text).toMatch(/^lexical retrieval · \d+ ms · Lexical search only/);
    expect(embedSize(embed)).toBeLessThanOrEqual(6000);
    expect(h.discord.unexpectedRequests()).toEqual([]);
  });

  it('GIVEN a fact several outlets report THEN a field says where else it stands', async () => {
    const reply = await ask({ question: 'Aus welchem Anlass reiste Schoigu nach Nordkorea?' }).finalReply();
    const also = reply.embeds[0].fields.map((f: any) => f.value).filter((v: string) => v.includes('\nalso in: '));
    expect(also.length).toBeGreaterThan(0);
    expect(also[0]).toMatch(/\nalso in: [^\n]+ ¶\d+(, [^\n]+ ¶\d+)*$/);
  });

  it('GIVEN private:true THEN the deferred reply is ephemeral', async () => {
    const handle = ask({ question: 'Wer ist Schoigu?', private: true });
    expect(await handle.callback()).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: EPHEMERAL } });
    expect((await handle.finalReply()).embeds).toHaveLength(1);
  });

  it('GIVEN a source filter and k THEN only that article is cited, k times at most', async () => {
    const before = h.engine.asks.length;
    const reply = await ask({ question: 'Schoigu Besuch', source: 'taz-allianz', k: 3 }).finalReply();
    expect(h.engine.asks.slice(before)).toEqual([{ question: 'Schoigu Besuch', k: 3, sourceId: 'taz-allianz' }]);
    const fields = reply.embeds[0].fields;
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.length).toBeLessThanOrEqual(3);
    const taz = h.engine.sources().find((s) => s.id === 'taz-allianz')!;
    for (const f of fields) expect(f.name).toContain(taz.outlet);
  });

  it('GIVEN an unknown source THEN an ephemeral message and no search', async () => {
    const before = h.engine.asks.length;
    const handle = ask({ question: 'Schoigu', source: 'bild-zeitung' });
    expect(await handle.callback()).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: EPHEMERAL, content: expect.stringMatching(/no such article.*\/sources/) } });
    expect(h.engine.asks.length).toBe(before);
  });

  it('GIVEN a question the dossier cannot answer THEN it says so plainly and suggests /sources', async () => {
    const reply = await ask({ question: 'Wie backe ich einen Apfelstrudel?' }).finalReply();
    expect(reply.embeds[0].description).toMatch(/No passage in the dossier answers this question.*\/sources/);
    expect(reply.embeds[0].fields ?? []).toEqual([]);
  });

  it.each([
    ['empty', '', /empty/],
    ['whitespace-only', ' \n\t ', /empty/],
    ['over-long', 'x'.repeat(301), /301 characters long; the limit is 300/],
  ])('GIVEN an %s question THEN an ephemeral refusal and no search', async (_kind, question, text) => {
    const before = h.engine.asks.length;
    const handle = ask({ question });
    const callback = await handle.callback();
    expect(callback).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    expect(callback.data.content).toMatch(text);
    expect(h.engine.asks.length).toBe(before);
  });

  it('GIVEN ASK_RATE_LIMIT=2 THEN the third question in the window is refused without searching', async () => {
    const user = freshUser();
    await ask({ question: 'Wer ist Kim Jong Un?' }, user).finalReply();
    await ask({ question: 'Wer ist Schoigu?' }, user).finalReply();
    const before = h.engine.asks.length;
    const third = await ask({ question: 'Wer ist Li Hongzhong?' }, user).callback();
    expect(third.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^You are asking too fast; try again in (60|59) s\.$/) });
    expect(h.engine.asks.length).toBe(before);
    // Another user is not affected.
    expect((await ask({ question: 'Wer ist Li Hongzhong?' }).callback()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  });

  it('GIVEN a question with markdown and @everyone THEN the echo is escaped and nobody is pinged', async () => {
    const reply = await ask({ question: '**Schoigu** @everyone <@123456789012345678> Nordkorea?' }).finalReply();
    const title: string = reply.embeds[0].title;
    expect(title).toContain('\\*\\*Schoigu\\*\\*');
    expect(title).not.toMatch(/@everyone|<@\d/);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN autocomplete on source THEN matching articles, umlaut- and case-insensitive, within limits', async () => {
    const all = await h.discord.sendInteraction(h.discord.autocomplete({ name: 'ask', focused: 'source', value: '' })).callback();
    expect(all.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(all.data.choices).toHaveLength(5);
    for (const c of all.data.choices) expect(c.name.length).toBeLessThanOrEqual(100);

    const taz = await h.discord.sendInteraction(h.discord.autocomplete({ name: 'ask', focused: 'source', value: 'TAZ' })).callback();
    expect(taz.data.choices.map((c: any) => c.value)).toEqual(['taz-allianz']);
    const title = h.engine.sources().find((s) => /[äöü]/i.test(s.title))!;
    const word = title.title.split(' ').find((w) => /[äöü]/i.test(w))!;
    const typed = word.toUpperCase().replace(/Ä/g, 'A').replace(/Ö/g, 'O').replace(/Ü/g, 'U');
    const umlaut = await h.discord.sendInteraction(h.discord.autocomplete({ name: 'ask', focused: 'source', value: typed })).callback();
    expect(umlaut.data.choices.map((c: any) => c.value)).toContain(title.id);
  });

  it('GIVEN the whole file THEN nothing but loopback was contacted', () => {
    expect(h.discord.unexpectedRequests()).toEqual([]);
    expect(traffic.nonLoopback()).toEqual([]);
    traffic.stop();
  });
});
