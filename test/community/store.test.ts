import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { exportUsage } from '../../src/community/export.js';
import { MIGRATIONS } from '../../src/community/migrations.js';
import { gapReport } from '../../src/community/gaps.js';
import { CommunityStore } from '../../src/community/store.js';
import { createLogger } from '../../src/core/log.js';
import { tempDir } from '../support/fixtures.js';

const RAW_ID = '987654321098765432';
const record = (store: CommunityStore, question: string, over: Record<string, unknown> = {}) =>
  store.recordQuestion({ ref: `r-${Math.random().toString(36).slice(2)}`, guild: 'g1', userId: RAW_ID, question, mode: 'lexical', answered: true, cited: ['taz-allianz#3'], latencyMs: 12, ...over });
const capture = () => {
  const lines: Array<Record<string, any>> = [];
  return { lines, log: createLogger('debug', (l) => lines.push(JSON.parse(l))) };
};

describe('community store', () => {
  it('GIVEN a new file THEN it is migrated, in WAL mode, and keeps rows and votes across a reopen', () => {
    const path = join(tempDir(), 'sub', 'c.sqlite');
    const { log } = capture();
    const a = CommunityStore.open({ path, log });
    expect(record(a, 'Wer ist Schoigu?', { ref: 'keep' })).toBe(true);
    expect(a.vote('keep', RAW_ID, 1)).toBe('recorded');
    a.close();
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(2);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    const b = CommunityStore.open({ path, log });
    expect(b.vote('keep', RAW_ID, 1)).toBe('unchanged');
    expect(b.vote('keep', RAW_ID, -1)).toBe('changed');
    b.close();
  });

  it('GIVEN a file at schema version 1 THEN start migrates it to the latest version and keeps its rows', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO questions (ref, at, guild, user_hash, question, mode, answered, cited, latency_ms, terms) VALUES ('v1', 1, 'g', 'h', 'alt', 'lexical', 0, '[]', 1, 'alt')").run();
    old.close();
    const store = CommunityStore.open({ path, log: capture().log, now: () => 2 });
    expect(store.questionOf('v1')).toBe('alt');
    expect(store.setThreadContext('t1', 'g', 'alt')).toBe(true);
    expect(store.threadContext('t1')).toBe('alt');
    expect(store.read(0, (db) => db.pragma('user_version', { simple: true }) as number)).toBe(MIGRATIONS.length);
    store.close();
  });

  it('GIVEN a file from a newer program THEN it is not touched and nothing is recorded', () => {
    const path = join(tempDir(), 'new.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const { lines, log } = capture();
    expect(CommunityStore.open({ path, log }).available).toBe(false);
    expect(lines[0]!.error).toMatch(/newer than this program knows/);
    // The refused file is closed again, not held open (with its WAL) for the life of the process.
    if (existsSync('/proc/self/fd')) {
      const held = readdirSync('/proc/self/fd').filter((fd) => { try { return readlinkSync(`/proc/self/fd/${fd}`).startsWith(path); } catch { return false; } });
      expect(held).toEqual([]);
    }
  });

  it('GIVEN a recorded question THEN the member id is stored only as a keyed hash', () => {
    const path = join(tempDir(), 'c.sqlite');
    const store = CommunityStore.open({ path, log: capture().log, hashKey: 'k'.repeat(32) });
    record(store, 'Wer ist Schoigu?');
    const lines: string[] = [];
    exportUsage(store, (l) => lines.push(l));
    store.close();
    const bytes = ['', '-wal'].map((s) => { try { return readFileSync(path + s).toString('latin1'); } catch { return ''; } }).join('');
    expect(bytes).not.toContain(RAW_ID);
    expect(lines.join('')).not.toContain(RAW_ID);
    const row = JSON.parse(lines[0]!);
    expect(row).toMatchObject({ kind: 'question', guild: 'g1', question: 'Wer ist Schoigu?', answered: true, cited: ['taz-allianz#3'], latency_ms: 12 });
    expect(row.user_hash).toMatch(/^[0-9a-f]{32}$/);
    // Another key, another hash: the value means nothing without the key.
    expect(CommunityStore.open({ path: ':memory:', log: capture().log, hashKey: 'x'.repeat(32) }).hash(RAW_ID)).not.toBe(row.user_hash);
  });

  it('GIVEN votes THEN one per member per answer, changeable, and unknown answers are said so', () => {
    const store = CommunityStore.open({ path: ':memory:', log: capture().log });
    record(store, 'Frage', { ref: 'a' });
    expect(store.vote('a', '1', -1)).toBe('recorded');
    expect(store.explainVote('a', '1', 'outdated', 'alt')).toBe(true);
    expect(store.vote('a', '2', -1)).toBe('recorded');
    expect(store.vote('a', '1', 1)).toBe('changed');
    expect(store.explainVote('a', '1', 'other', '')).toBe(false); // no down vote any more
    expect(store.vote('nope', '1', 1)).toBe('unknown_question');
    const votes = store.read([], (db) => db.prepare('SELECT vote, reason FROM votes ORDER BY vote').all());
    expect(votes).toEqual([{ vote: -1, reason: null }, { vote: 1, reason: null }]);
  });

  it('GIVEN rows older than the retention THEN purge deletes them and keeps the rest', () => {
    let now = Date.UTC(2026, 0, 1);
    const store = CommunityStore.open({ path: ':memory:', log: capture().log, now: () => now });
    record(store, 'alt', { ref: 'old' });
    store.vote('old', '1', -1);
    store.suggest({ guild: 'g', userId: '1', url: 'https://example.org/a', note: 'n' });
    now += 40 * 86_400_000;
    record(store, 'neu', { ref: 'new' });
    expect(store.purge(30)).toBe(2);
    expect(store.read([], (db) => db.prepare('SELECT ref FROM questions').all())).toEqual([{ ref: 'new' }]);
    expect(store.read([], (db) => db.prepare('SELECT * FROM votes').all())).toEqual([]);
  });

  it('GIVEN a store that keeps purging THEN rows that expire while it runs are deleted without a restart', () => {
    vi.useFakeTimers();
    try {
      let now = Date.UTC(2026, 0, 1);
      const { lines, log } = capture();
      const store = CommunityStore.open({ path: ':memory:', log, now: () => now });
      store.keepPurging(30, 60_000);
      record(store, 'alt', { ref: 'old' });
      now += 31 * 86_400_000;
      record(store, 'neu', { ref: 'new' });
      vi.advanceTimersByTime(60_000);
      expect(store.read([], (db) => db.prepare('SELECT ref FROM questions').all())).toEqual([{ ref: 'new' }]);
      expect(lines.some((l) => l.msg === 'community rows past retention deleted' && l.rows === 1)).toBe(true);
      store.close();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('GIVEN a path that cannot be a database THEN open logs once and every call returns a neutral value', () => {
    const { lines, log } = capture();
    const store = CommunityStore.open({ path: tempDir(), log }); // a directory
    expect(store.available).toBe(false);
    expect(record(store, 'Frage')).toBe(false);
    expect(store.vote('a', '1', 1)).toBe('unavailable');
    expect(gapReport(store, 7).groups).toEqual([]);
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(1);
  });

  it('GIVEN another process holds the write lock THEN writes fail fast, are logged once, and resume after', () => {
    const path = join(tempDir(), 'c.sqlite');
    const { lines, log } = capture();
    const store = CommunityStore.open({ path, log });
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    const started = performance.now();
    expect(record(store, 'eins')).toBe(false);
    expect(record(store, 'zwei')).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(1);
    expect(lines[0]!.error).toMatch(/locked|busy/i);
    other.exec('ROLLBACK');
    other.close();
    expect(record(store, 'drei')).toBe(true);
  });
});
