import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../support/fixtures.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const noFile = '/nonexistent/.env';

describe('configuration', () => {
  it('GIVEN no settings THEN defaults apply (lexical fallback allowed, quiet logs, console mode)', () => {
    const config = loadConfig({}, noFile);
    expect(config.MODEL_ID).toBe('Xenova/multilingual-e5-small');
    expect(config.LOG_LEVEL).toBe('warn');
    expect(config.REQUIRE_MODEL).toBe(false);
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.DISCORD_ADMIN_USER_IDS).toEqual([]);
  });

  it('GIVEN several bad values THEN one error names each of them and what is expected', () => {
    let message = '';
    try {
      loadConfig({ EMBED_THREADS: 'many', LOG_LEVEL: 'loud', DISCORD_ADMIN_USER_IDS: '123,abc', ALLOW_REMOTE_MODELS: 'maybe' }, noFile);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/EMBED_THREADS must be a whole number \(got "many"\)/);
    expect(message).toMatch(/LOG_LEVEL must be debug, info, warn, error or silent/);
    expect(message).toMatch(/DISCORD_ADMIN_USER_IDS/);
    expect(message).toMatch(/ALLOW_REMOTE_MODELS must be true or false/);
    expect(message).toMatch(/See \.env\.example/);
  });

  it('GIVEN a bad token THEN the error does not echo the secret', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'short-secret' }, noFile)).toThrow(/DISCORD_TOKEN looks too short/);
    expect(() => loadConfig({ DISCORD_TOKEN: 'short-secret' }, noFile)).not.toThrow(/short-secret/);
  });

  it('GIVEN DATABASE_URL THEN a PostgreSQL URL is taken as is and anything else is refused without echoing it', () => {
    expect(loadConfig({}, noFile).DATABASE_URL).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: '' }, noFile).DATABASE_URL).toBeUndefined();
    const url = 'postgresql://dossier:s3cret@db.internal:5432/dossier';
    expect(loadConfig({ DATABASE_URL: url }, noFile).DATABASE_URL).toBe(url);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:s3cret@db/x' }, noFile)).toThrow(/^Invalid configuration: DATABASE_URL must be a PostgreSQL URL such as postgres:\/\/user:password@host:5432\/dossier\. See/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:s3cret@db/x' }, noFile)).not.toThrow(/s3cret/);
  });

  it('GIVEN a .env file and the environment THEN the environment wins and lists are split', () => {
    const file = join(tempDir(), '.env');
    writeFileSync(file, 'MAX_QUESTION_LENGTH=120\nLOG_LEVEL=info\nDISCORD_ADMIN_ROLE_IDS=111111111111111111, 222222222222222222\n');
    const config = loadConfig({ LOG_LEVEL: 'error' }, file);
    expect(config.MAX_QUESTION_LENGTH).toBe(120);
    expect(config.LOG_LEVEL).toBe('error');
    expect(config.DISCORD_ADMIN_ROLE_IDS).toEqual(['111111111111111111', '222222222222222222']);
  });

  it('GIVEN DISCORD_SHARDS THEN unset is one process, a count or auto is accepted, anything else is named', () => {
    expect(loadConfig({}, noFile).DISCORD_SHARDS).toBeUndefined();
    expect(loadConfig({ DISCORD_SHARDS: '' }, noFile).DISCORD_SHARDS).toBeUndefined();
    expect(loadConfig({ DISCORD_SHARDS: '4' }, noFile).DISCORD_SHARDS).toBe(4);
    expect(loadConfig({ DISCORD_SHARDS: 'auto' }, noFile).DISCORD_SHARDS).toBe('auto');
    for (const bad of ['0', '2.5', 'many', '-1']) {
      expect(() => loadConfig({ DISCORD_SHARDS: bad }, noFile)).toThrow(`DISCORD_SHARDS must be auto or a whole number from 1 to 1024 (got "${bad}")`);
    }
    // What discord.js's shard manager hands each shard process.
    expect(loadConfig({ SHARDS: '1', SHARD_COUNT: '2' }, noFile)).toMatchObject({ SHARDS: 1, SHARD_COUNT: 2 });
  });
});
