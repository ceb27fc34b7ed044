import { InteractionResponseType } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

describe('/sources over the stand-in', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  const sources = (options: Record<string, string> = {}) => h.discord.sendInteraction(h.discord.chatInput({ name: 'sources', options }));

  it('GIVEN no article THEN an embed lists every article with outlet, date and passage count', async () => {
    const reply = await sources().finalReply();
    const [embed] = reply.embeds;
    expect(embed.title).toBe('The dossier: 5 articles');
    expect(embed.fields).toHaveLength(5);
    for (const [i, s] of h.engine.sources().entries()) {
      expect(embed.fields[i].value).toContain(`${s.outlet} · ${s.date} · ${s.passages} passages`);
      expect(embed.fields[i].value).toContain(`\`${s.id}\``);
    }
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN an article id THEN its metadata and first passages, within limits', async () => {
    const detail = h.engine.source('taz-allianz')!;
    const [embed] = (await sources({ article: 'taz-allianz' }).finalReply()).embeds;
    expect(embed.description).toContain(`${detail.outlet} · ${detail.date}`);
    expect(embed.description).toContain('id taz-allianz');
    expect(embed.fields.length).toBeGreaterThan(0);
    expect(embed.fields[0].name).toBe('¶1');
    const total = embed.title.length + embed.description.length + embed.footer.text.length + embed.fields.reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    for (const f of embed.fields) expect(f.value.length).toBeLessThanOrEqual(1024);
  });

  it('GIVEN a title typed in full instead of picking THEN that article is shown', async () => {
    const detail = h.engine.source('taz-allianz')!;
    const [embed] = (await sources({ article: detail.title.toUpperCase() }).finalReply()).embeds;
    expect(embed.description).toContain('id taz-allianz');
  });

  it('GIVEN an unknown article THEN an ephemeral, clear message', async () => {
    const callback = await sources({ article: 'bild-zeitung' }).callback();
    expect(callback).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: 64, content: expect.stringMatching(/no such article/) } });
  });

  it('GIVEN autocomplete on article THEN choices filtered by what was typed', async () => {
    const none = await h.discord.sendInteraction(h.discord.autocomplete({ name: 'sources', focused: 'article', value: 'zzz' })).callback();
    expect(none.data.choices).toEqual([]);
    const srf = await h.discord.sendInteraction(h.discord.autocomplete({ name: 'sources', focused: 'article', value: 'srf' })).callback();
    expect(srf.data.choices).toEqual([{ name: expect.stringMatching(/ — SRF/), value: 'srf-schulterschluss' }]);
  });
});
