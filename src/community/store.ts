/**
 * The community database (questions, votes, suggestions) over one SQLite file. Every call is guarded: a locked,
 * full or broken database is logged once per outage and the call returns a neutral value, so the transports
 * can record after replying without an answer ever failing because of it.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { analyze } from '../core/lexical/analyzer.js';
import type { Logger } from '../core/log.js';
import { hashUserId, newHashKey } from './hash-id.js';
import { migrate } from './migrations.js';
import type { DownReason, QuestionRecord, VoteOutcome, VoteValue } from './types.js';

/** One day in milliseconds (retention and report windows). */
export const DAY_MS = 86_400_000;

export interface StoreOptions {
  path: string;
  log: Logger;
  /** HMAC key for member ids; when absent one is generated once and kept in the database. */
  hashKey?: string;
  /** Clock, for tests. */
  now?: () => number;
}

export class CommunityStore {
  private failing = false;
  private purgeTimer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly db: Db | null,
    private readonly key: string,
    private readonly log: Logger,
    readonly now: () => number,
  ) {}

  /** Opens (creating and migrating) the file. Never throws: an unusable file gives a store that records nothing. */
  static open({ path, log, hashKey, now = Date.now }: StoreOptions): CommunityStore {
    let db: Db | null = null;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      // A short busy timeout: the calls are synchronous, and a long wait would stall every other interaction.
      db = new Database(path, { timeout: 50 });
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
      migrate(db);
      // The analyser loads its word lists on first use; pay that here, not on the first recorded question.
      analyze('Wer reiste nach Nordkorea?');
      return new CommunityStore(db, hashKey ?? storedKey(db), log, now);
    } catch (error) {
      // A file that opened but would not migrate is closed, not left holding a handle (and its WAL) for the process's life.
      db?.close();
      log.error('community database unavailable; answers go on without recording', { path, error: String(error) });
      return new CommunityStore(null, '', log, now);
    }
  }

  /** False when the file could not be opened at all. */
  get available(): boolean {
    return this.db !== null;
  }

  /** The stored form of a member id. */
  hash(userId: string): string {
    return hashUserId(this.key, userId);
  }

  recordQuestion(r: QuestionRecord): boolean {
    const terms = [...new Set(analyze(r.question))].sort().join(' ');
    return this.guard(false, (db) => {
      db.prepare(
        `INSERT INTO questions (ref, at, guild, user_hash, question, mode, answered, cited, latency_ms, terms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(r.ref, this.now(), r.guild, this.hash(r.userId), r.question, r.mode, r.answered ? 1 : 0, JSON.stringify(r.cited), Math.round(r.latencyMs), terms);
      return true;
    });
  }

  /** One vote per member per answer; voting again replaces it (and clears a reason given for the other way). */
  vote(ref: string, userId: string, value: VoteValue): VoteOutcome {
    return this.guard<VoteOutcome>('unavailable', (db) => {
      if (!db.prepare('SELECT 1 FROM questions WHERE ref = ?').get(ref)) return 'unknown_question';
      const user = this.hash(userId);
      const before = db.prepare('SELECT vote FROM votes WHERE question_ref = ? AND user_hash = ?').get(ref, user) as { vote: number } | undefined;
      if (before?.vote === value) return 'unchanged';
      db.prepare(
        `INSERT INTO votes (question_ref, user_hash, vote, reason, note, at) VALUES (?, ?, ?, NULL, NULL, ?)
         ON CONFLICT (question_ref, user_hash) DO UPDATE SET vote = excluded.vote, reason = NULL, note = NULL, at = excluded.at`,
      ).run(ref, user, value, this.now());
      return before ? 'changed' : 'recorded';
    });
  }

  /** Adds the 👎 form's answer to the member's down vote; false if there is no such vote. */
  explainVote(ref: string, userId: string, reason: DownReason, note: string): boolean {
    return this.guard(false, (db) => {
      const info = db
        .prepare('UPDATE votes SET reason = ?, note = ? WHERE question_ref = ? AND user_hash = ? AND vote = -1')
        .run(reason, note || null, ref, this.hash(userId));
      return info.changes > 0;
    });
  }

  suggest(s: { guild: string; userId: string; url: string; note: string }): boolean {
    return this.guard(false, (db) => {
      db.prepare('INSERT INTO suggestions (at, guild, user_hash, url, note) VALUES (?, ?, ?, ?, ?)').run(this.now(), s.guild, this.hash(s.userId), s.url, s.note);
      return true;
    });
  }

  /** The question an answer was for, or null when it is not (or no longer) on record. */
  questionOf(ref: string): string | null {
    return this.guard(null, (db) => (db.prepare('SELECT question FROM questions WHERE ref = ?').get(ref) as { question: string } | undefined)?.question ?? null);
  }

  /** The question context of a follow-up thread, or null for threads the bot did not open. */
  threadContext(threadId: string): string | null {
    return this.guard(null, (db) => (db.prepare('SELECT context FROM threads WHERE thread_id = ?').get(threadId) as { context: string } | undefined)?.context ?? null);
  }

  setThreadContext(threadId: string, guild: string, context: string): boolean {
    return this.guard(false, (db) => {
      db.prepare(
        `INSERT INTO threads (thread_id, guild, context, at) VALUES (?, ?, ?, ?)
         ON CONFLICT (thread_id) DO UPDATE SET context = excluded.context, at = excluded.at`,
      ).run(threadId, guild, context, this.now());
      return true;
    });
  }

  /** Deletes everything older than the retention period; returns how many questions and suggestions went. */
  purge(retentionDays: number): number {
    const cutoff = this.now() - retentionDays * DAY_MS;
    return this.guard(0, (db) =>
      db.transaction(() => {
        db.prepare('DELETE FROM votes WHERE at < ?').run(cutoff);
        db.prepare('DELETE FROM threads WHERE at < ?').run(cutoff);
        const q = db.prepare('DELETE FROM questions WHERE at < ?').run(cutoff).changes;
        return q + db.prepare('DELETE FROM suggestions WHERE at < ?').run(cutoff).changes;
      })(),
    );
  }

  /** Runs a read for a report; `fallback` when the database is unusable. */
  read<T>(fallback: T, query: (db: Db) => T): T {
    return this.guard(fallback, query);
  }

  /** purge(), and a log line when it deleted rows. */
  purgeExpired(retentionDays: number): void {
    const rows = this.purge(retentionDays);
    if (rows > 0) this.log.info('community rows past retention deleted', { rows, days: retentionDays });
  }

  /**
   * Purges expired rows every `everyMs` as well as at start: a bot that runs for months must not keep rows past
   * the retention it promises. The timer does not keep the process alive; close() stops it.
   */
  keepPurging(retentionDays: number, everyMs = 6 * 60 * 60 * 1000): void {
    if (!this.db || this.purgeTimer) return;
    this.purgeTimer = setInterval(() => this.purgeExpired(retentionDays), everyMs);
    this.purgeTimer.unref();
  }

  close(): void {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    this.purgeTimer = null;
    this.db?.close();
  }

  private guard<T>(fallback: T, action: (db: Db) => T): T {
    if (!this.db) return fallback;
    try {
      const result = action(this.db);
      this.failing = false;
      return result;
    } catch (error) {
      if (!this.failing) this.log.error('community database write failed; answers go on without recording', { error: String(error) });
      this.failing = true;
      return fallback;
    }
  }
}

function storedKey(db: Db): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'user_hash_key'").get() as { value: string } | undefined;
  if (row) return row.value;
  const key = newHashKey();
  db.prepare("INSERT INTO meta (key, value) VALUES ('user_hash_key', ?)").run(key);
  return key;
}
