import { appendFileSync, readdirSync, rmSync, writeFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InteractionResponseType } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from '../support/discord-stand-in.js';
import { freshUser, startHarness, type Harness } from './harness.js';

const MANAGE_GUILD = 1n << 5n;
const ADMINISTRATOR = 1n << 3n;
const ORDINARY = (1n << 10n) | (1n << 11n) | (1n << 31n);
const ADMIN_ROLE = '1100000000000000777';
const ADMIN_USER = '1100000000000000888';

describe('/reindex over the stand-in', () => {
  let h: Harness;
  /** Set by a test to make the index store's writes fail as a full disk does. */
  let diskFull = false;
  beforeAll(async () => {
    const writeFile = async (path: string, content: string | Buffer) => {
      if (diskFull) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
      writeFileSync(path, content);
    };
    h = await startHarness({ DISCORD_ADMIN_ROLE_IDS: ADMIN_ROLE, DISCORD_ADMIN_USER_IDS: ADMIN_USER }, undefined, { writeFile });
  });
  const reindex = (input: { permissions?: bigint; roles?: string[]; userId?: string } = {}) =>
    h.discord.sendInteraction(
      h.discord.chatInput({
        name: 'reindex',
        permissions: input.permissions ?? MANAGE_GUILD | ORDINARY,
        member: { roles: input.roles ?? [] },
        user: { id: input.userId ?? snowflake() },
      }),
    );
  /** The reply once it carries an embed (progress edits come first; the summary or failure last). */
  const outcome = async (handle: ReturnType<typeof reindex>) =>
    (await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.body.embeds?.length > 0, 45_000)).body;
  const ask = (question: string) => h.discord.sendInteraction(h.discord.chatInput({ name: 'ask', options: { question }, user: freshUser() }));

  it('GIVEN the registration THEN /reindex defaults to Manage Server (32)', () => {
    expect(h.discord.registeredCommands(h.discord.guildId).find((c) => c.name === 'reindex')?.default_member_permissions).toBe('32');
  });

  it.each([
    ['a member with ordinary permissions', { permissions: ORDINARY }],
    ['a member in a guild that loosened the default, holding an unrelated role', { permissions: ORDINARY, roles: ['1100000000000000555'] }],
  ])('GIVEN %s THEN an ephemeral refusal and nothing runs', async (_who, input) => {
    const handle = reindex(input);
    expect(await handle.callback()).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: 64, content: expect.stringMatching(/Only server managers/) } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.engine.real.reindexing).toBe(false);
    expect(h.logs.some((l) => l.msg === 'reindex started')).toBe(false);
  });

  it('GIVEN an admin THEN an ephemeral deferral, throttled progress edits, then a summary', async () => {
    h.engine.progress = Array.from({ length: 20 }, (_, i) => ({ stage: 'embed' as const, done: (i + 1) * 3, total: 60 }));
    const handle = reindex();
    expect(await handle.callback()).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 64 } });
    const reply = await outcome(handle);
    const edits = handle.messages.filter((m) => m.kind === 'editOriginal').map((m) => m.body);
    const progress = edits.filter((e) => /^Embedding \d+\/60 passages…$/.test(e.content ?? ''));
    // 20 updates over ~400 ms, at most one edit per 1.5 s.
    expect(progress).toEqual([expect.objectContaining({ content: 'Embedding 3/60 passages…' })]);
    expect(reply.content).toBe('');
    expect(reply.embeds[0].title).toBe('Reindex finished');
    expect(reply.embeds[0].description).toMatch(/5 articles, \d+ passages \(lexical\)|Index is up to date/);
    h.engine.progress = [];
  });

  it.each([
    ['Administrator permission', { permissions: ADMINISTRATOR | ORDINARY }],
    ['a role in DISCORD_ADMIN_ROLE_IDS', { permissions: ORDINARY, roles: [ADMIN_ROLE] }],
    ['a user in DISCORD_ADMIN_USER_IDS', { permissions: ORDINARY, userId: ADMIN_USER }],
  ])('GIVEN %s THEN the reindex runs', async (_who, input) => {
    const reply = await outcome(reindex(input));
    expect(reply.embeds[0].title).toBe('Reindex finished');
  });

  it('GIVEN a reindex running THEN a second is refused politely while /ask keeps answering', async () => {
    let open!: () => void;
    h.engine.reindexGate = new Promise((resolve) => (open = resolve));
    const first = reindex();
    await first.callback();
    const second = await reindex().callback();
    expect(second.data).toMatchObject({ flags: 64, content: expect.stringMatching(/already running/) });

    const during = await ask('Aus welchem Anlass reiste Schoigu nach Nordkorea?').finalReply();
    expect(during.embeds[0].fields.length).toBeGreaterThan(0);
    open();
    h.engine.reindexGate = null;
    expect((await outcome(first)).embeds[0].title).toBe('Reindex finished');
  });

  it('GIVEN a changed corpus THEN after /reindex /ask answers from the new index', async () => {
    appendFileSync(join(h.corpusDir, '003_d9f6056cd9229062.txt'), '\n\nDer Zirkusdirektor Quastenflosser eröffnete am Abend eine Ausstellung über Seidenraupen in Pjöngjang, berichtete die Agentur.\n');
    const before = await ask('Wer eröffnete eine Ausstellung über Seidenraupen?').finalReply();
    expect(JSON.stringify(before.embeds)).not.toContain('Quastenflosser');
    const summary = await outcome(reindex());
    expect(summary.embeds[0].description).toMatch(/1 added|1 changed/);
    const after = await ask('Wer eröffnete eine Ausstellung über Seidenraupen?').finalReply();
    expect(JSON.stringify(after.embeds)).toContain('Quastenflosser');
  });

  it('GIVEN a full disk during /reindex THEN one line of advice, no temp generation, the bot and the old index keep serving', async () => {
    appendFileSync(join(h.corpusDir, '003_d9f6056cd9229062.txt'), '\n\nDer Leuchtturmwärter Brackwasser zählte am Morgen die Möwen über dem Hafen von Wonsan, meldete die Agentur.\n');
    diskFull = true;
    try {
      const reply = await outcome(reindex());
      expect(reply.embeds[0]).toMatchObject({
        title: 'Reindex failed',
        description: expect.stringMatching(/Reason: The disk holding .* is full\. Free some space and run the index job again\. The index was not changed\. \(ENOSPC\)$/),
      });
      expect(readdirSync(join(h.embeddingsDir, 'generations')).filter((n) => n.startsWith('.tmp'))).toEqual([]);
      const still = await ask('Aus welchem Anlass reiste Schoigu nach Nordkorea?').finalReply();
      expect(still.embeds[0].fields.length).toBeGreaterThan(0);
    } finally {
      diskFull = false;
    }
    expect((await outcome(reindex())).embeds[0].title).toBe('Reindex finished');
  });

  it('GIVEN a reindex that fails THEN it says why and the old index keeps serving', async () => {
    const backup = mkdtempSync(join(tmpdir(), 'corpus-backup-'));
    cpSync(h.corpusDir, backup, { recursive: true });
    for (const f of readdirSync(h.corpusDir)) rmSync(join(h.corpusDir, f));
    writeFileSync(join(h.corpusDir, 'broken.txt'), Buffer.from([0, 1, 2, 0]));
    try {
      const reply = await outcome(reindex());
      expect(reply.embeds[0]).toMatchObject({ title: 'Reindex failed', description: expect.stringMatching(/previous index keeps serving.*Reason: .+/s) });
      const still = await ask('Aus welchem Anlass reiste Schoigu nach Nordkorea?').finalReply();
      expect(still.embeds[0].fields.length).toBeGreaterThan(0);
    } finally {
      for (const f of readdirSync(h.corpusDir)) rmSync(join(h.corpusDir, f));
      cpSync(backup, h.corpusDir, { recursive: true });
      rmSync(backup, { recursive: true, force: true });
    }
  });
});
