import { join } from 'node:path';
import Database from 'better-sqlite3';
import { InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { startBot } from '../../src/transports/discord/bot.js';
import { tempDir } from '../support/fixtures.js';
import { freshUser, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;

describe('feedback buttons over the stand-in', () => {
  let h: Harness;
  let dbPath: string;
  const logs: any[] = [];
  const rows = (sql: string, ...args: unknown[]) => {
    const db = new Database(dbPath, { readonly: true });
    try {
      return db.prepare(sql).all(...args) as any[];
    } finally {
      db.close();
    }
  };
  beforeAll(async () => {
    dbPath = join(tempDir(), 'community.sqlite');
    h = await startHarness({ COMMUNITY_DB: dbPath });
  });
  const ask = async (question: string, user = freshUser()) => {
    const handle = h.discord.sendInteraction(h.discord.chatInput({ name: 'ask', options: { question }, user }));
    const reply = await handle.finalReply();
    return { handle, reply, message: h.discord.messageOf(handle)!, user };
  };
  const click = (message: any, customId: string, user = freshUser()) => h.discord.sendInteraction(h.discord.button({ message, customId, user }));

  it('GIVEN an answer THEN it carries 👍/👎 with its reference, and the question is recorded with a hashed member id', async () => {
    const { reply, user } = await ask('Wie viele Menschen starben im Koreakrieg?');
    const buttons = reply.components[0].components;
    expect(buttons.map((b: any) => b.emoji.name)).toEqual(['👍', '👎']);
    const ref = buttons[0].custom_id.split(':')[2];
    expect(buttons.map((b: any) => b.custom_id)).toEqual([`fb:up:${ref}`, `fb:down:${ref}`]);
    const [row] = rows('SELECT * FROM questions WHERE ref = ?', ref);
    expect(row).toMatchObject({ guild: h.discord.guildId, question: 'Wie viele Menschen starben im Koreakrieg?', mode: 'lexical', answered: 1 });
    expect(JSON.parse(row.cited).length).toBeGreaterThan(0);
    expect(row.user_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(rows('SELECT * FROM questions'))).not.toContain(user.id);
  });

  it('GIVEN 👍, 👍 again, then 👎 THEN one vote per member, changeable, and 👎 opens the optional form', async () => {
    const { message, reply } = await ask('Wer ist Schoigu?');
    const ref = reply.components[0].components[0].custom_id.split(':')[2];
    const voter = freshUser();
    const first = await click(message, `fb:up:${ref}`, voter).callback();
    expect(first).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: EPHEMERAL, content: 'Thanks — your 👍 is recorded.', allowed_mentions: { parse: [] } } });
    expect((await click(message, `fb:up:${ref}`, voter).callback()).data.content).toMatch(/already voted 👍/);
    const down = await click(message, `fb:down:${ref}`, voter).callback();
    expect(down.type).toBe(InteractionResponseType.Modal);
    expect(down.data.custom_id).toBe(`fbm:${ref}`);
    const select = down.data.components[0].component;
    expect(select.options.map((o: any) => o.value)).toEqual(['wrong_passage', 'answer_missing', 'outdated', 'other']);
    expect(rows('SELECT vote FROM votes WHERE question_ref = ?', ref)).toEqual([{ vote: -1 }]);

    const form = h.discord.modalSubmit({ customId: `fbm:${ref}`, values: { reason: ['outdated'], note: 'Die Zahl ist von 2019.' }, user: voter, message });
    expect((await h.discord.sendInteraction(form).callback()).data).toMatchObject({ flags: EPHEMERAL, content: 'Thanks — noted: outdated.' });
    expect(rows('SELECT vote, reason, note FROM votes WHERE question_ref = ?', ref)).toEqual([{ vote: -1, reason: 'outdated', note: 'Die Zahl ist von 2019.' }]);
    // Another member's vote is separate.
    await click(message, `fb:up:${ref}`).callback();
    expect(rows('SELECT vote FROM votes WHERE question_ref = ? ORDER BY vote', ref)).toEqual([{ vote: -1 }, { vote: 1 }]);
  });

  it('GIVEN the bot restarts THEN buttons on an old answer still work, and earlier votes and gaps are kept', async () => {
    await ask('Wie backe ich einen Apfelstrudel?');
    const { message, reply } = await ask('Wer ist Kim Jong Un?');
    const ref = reply.components[0].components[0].custom_id.split(':')[2];
    const voter = freshUser();
    await click(message, `fb:down:${ref}`, voter).callback();
    await h.bot.stop();
    const again = await startBot({ engine: h.engine, config: h.config, log: createLogger('debug', (l) => logs.push(JSON.parse(l))), heartbeatFile: join(tempDir(), 'hb') });
    afterAll(() => again.stop());
    const changed = await click(message, `fb:up:${ref}`, voter).callback();
    expect(changed.data.content).toBe('Your vote is now 👍.');
    expect(rows('SELECT vote FROM votes WHERE question_ref = ?', ref)).toEqual([{ vote: 1 }]);
    const gaps = h.discord.sendInteraction(h.discord.chatInput({ name: 'gaps', user: freshUser(), permissions: (1n << 5n) | (1n << 10n) }));
    expect((await gaps.finalReply()).embeds[0].description).toMatch(/^• 1× "Wie backe ich einen Apfelstrudel\?" \(1 declined\)/m);
  });

  it('GIVEN another process locks the database THEN the answer still comes, and the failure is logged once', async () => {
    const lock = new Database(dbPath);
    lock.exec('BEGIN EXCLUSIVE');
    try {
      const before = logs.length;
      const a = await ask('Aus welchem Anlass reiste Schoigu nach Nordkorea?');
      const b = await ask('Wer ist Li Hongzhong?');
      expect(a.reply.embeds[0].fields.length).toBeGreaterThan(0);
      expect(b.reply.embeds).toHaveLength(1);
        const errors = logs.slice(before).filter((l) => l.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0].error).toMatch(/locked|busy/i);
    } finally {
      lock.exec('ROLLBACK');
      lock.close();
    }
  });
});
