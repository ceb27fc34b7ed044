import { beforeAll, describe, expect, it } from 'vitest';
import { tinyEmbedderLoader } from '../support/fixtures.js';
import { freshUser, startHarness, type Harness } from './harness.js';

describe('/ask with an embedding model (tiny generated ONNX model, offline)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, await tinyEmbedderLoader());
  });

  it('GIVEN a hybrid index THEN the footer says hybrid and carries no lexical-only notice', async () => {
    const handle = h.discord.sendInteraction(h.discord.chatInput({ name: 'ask', options: { question: 'Aus welchem Anlass reiste Schoigu nach Nordkorea?' }, user: freshUser() }));
    const reply = await handle.finalReply({ timeoutMs: 40_000 });
    expect(reply.embeds[0].footer.text).toMatch(/^hybrid retrieval · \d+ ms$/);
    expect(reply.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it('GIVEN an admin /reindex THEN the summary reports the hybrid index', async () => {
    const handle = h.discord.sendInteraction(h.discord.chatInput({ name: 'reindex', permissions: 1n << 5n }));
    const summary = (await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.body.embeds?.length > 0, 40_000)).body;
    expect(summary.embeds[0].description).toMatch(/\(hybrid\)/);
  });
});
