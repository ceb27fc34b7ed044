import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/fixtures.js';
import { freshUser, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;

describe('COMMUNITY_RECORDING=false over the stand-in', () => {
  let h: Harness;
  const dbPath = join(tempDir(), 'community.sqlite');
  beforeAll(async () => {
    h = await startHarness({ COMMUNITY_DB: dbPath, COMMUNITY_RECORDING: 'false', COMMUNITY_FOLLOW_UPS: 'true' });
  });

  it('GIVEN recording off THEN answers carry no buttons, reports and suggestions refuse, and no database file exists', async () => {
    const reply = await h.discord.sendInteraction(h.discord.chatInput({ name: 'ask', options: { question: 'Wer ist Schoigu?' }, user: freshUser() })).finalReply();
    expect(reply.embeds[0].fields.length).toBeGreaterThan(0);
    expect(reply.components ?? []).toEqual([]);
    const admin = (1n << 5n) | (1n << 10n);
    for (const name of ['gaps', 'stats']) {
      const callback = await h.discord.sendInteraction(h.discord.chatInput({ name, user: freshUser(), permissions: admin })).callback();
      expect(callback.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/COMMUNITY_RECORDING=false/) });
    }
    const suggest = await h.discord.sendInteraction(h.discord.chatInput({ name: 'suggest', options: { url: 'https://example.org/a' }, user: freshUser() })).callback();
    expect(suggest.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/not recorded/) });
    expect(existsSync(dbPath)).toBe(false);
  });
});
