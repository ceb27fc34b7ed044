import { join } from 'node:path';
import { InteractionResponseType } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/fixtures.js';
import { freshUser, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const MANAGE_GUILD = 1n << 5n;

describe('/gaps, /suggest and /stats over the stand-in', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ COMMUNITY_DB: join(tempDir(), 'community.sqlite'), ASK_RATE_LIMIT: '50' });
  });
  const run = (name: string, options: Record<string, string | number> = {}, admin = false) =>
    h.discord.sendInteraction(h.discord.chatInput({ name, options, user: freshUser(), ...(admin ? { permissions: MANAGE_GUILD | (1n << 10n) | (1n << 11n) } : {}) }));
  const ask = (question: string) => run('ask', { question }).finalReply();

  it('GIVEN a member THEN /gaps and /stats are refused privately', async () => {
    for (const name of ['gaps', 'stats']) {
      const callback = await run(name).callback();
      expect(callback).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: EPHEMERAL, content: expect.stringMatching(/Only server managers .* may run \//) } });
    }
  });

  it('GIVEN /suggest with a link THEN it is recorded; a non-link is refused privately', async () => {
    const ok = await run('suggest', { url: 'https://example.org/strudel-recipe', note: 'Rezepte @everyone' }).callback();
    expect(ok.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/suggestion is recorded/) });
    const bad = await run('suggest', { url: 'javascript:alert(1)' }).callback();
    expect(bad.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/not a web link/) });
  });

  it('GIVEN declined questions in other words THEN /gaps lists them as one topic with a count, and the suggestion', async () => {
    await ask('Wie backe ich einen Apfelstrudel?');
    await ask('Wie backt man Apfelstrudel?');
    await ask('Apfelstrudel backen: wie backe ich den?');
    await ask('Wer ist Schoigu?');
    const handle = run('gaps', { days: 7 }, true);
    expect(await handle.callback()).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: EPHEMERAL } });
    expect(handle.messages[0]!.at).toBeLessThan(3_000);
    const [embed] = (await handle.finalReply()).embeds;
    expect(embed.title).toBe('Knowledge gaps, last 7 days');
    const lines = embed.description.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^• 3× ".*Apfelstrudel.*" \(3 declined\)$/);
    expect(embed.fields[0].name).toBe('Suggested sources (1)');
    expect(embed.fields[0].value).toContain('<https://example.org/strudel-recipe>');
    expect(embed.fields[0].value).not.toMatch(/@everyone/);
  });

  it('GIVEN recorded questions THEN /stats shows counts, answered share and latency', async () => {
    const [embed] = (await run('stats', {}, true).finalReply()).embeds;
    expect(embed.description).toMatch(/^4 questions, 25 % answered · 0 👍 \/ 0 👎 · latency p50 \d+ ms, p95 \d+ ms$/);
    expect(embed.fields[0].value).toMatch(/^\d{4}-\d{2}-\d{2}: 4$/);
    expect(h.discord.unexpectedRequests()).toEqual([]);
  });
});
