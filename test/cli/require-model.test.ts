/** REQUIRE_MODEL=true as the README means it: without the model, nothing starts, with the index job's message. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfCorpus, tempDir } from '../support/fixtures.js';

const run = promisify(execFile);
let env: NodeJS.ProcessEnv;
let jobMessage: string;

/** Runs a compiled program and returns its exit code and stderr (it is expected to fail). */
async function failing(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, args, { env: { ...env, ...extra }, timeout: 20_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

beforeAll(async () => {
  env = { PATH: process.env.PATH, CORPUS_DIR: copyOfCorpus(), EMBEDDINGS_DIR: tempDir(), MODEL_CACHE_DIR: tempDir(), ALLOW_REMOTE_MODELS: 'false', LOG_LEVEL: 'silent' };
  // A lexical index exists (built without the requirement), so only the requirement can stop the programs below.
  await run(process.execPath, ['dist/src/transports/cli/main.js', 'index'], { env });
  env.REQUIRE_MODEL = 'true';
  const job = await failing(['dist/src/transports/cli/main.js', 'index']);
  expect(job.code).toBe(1);
  jobMessage = job.stderr.replace(/^dossier: /, '').trim();
  expect(jobMessage).toMatch(/not available/);
});

describe('REQUIRE_MODEL=true without the model', () => {
  it('GIVEN `dossier ask` THEN exit 1 with the index job message, no lexical answer', async () => {
    const { code, stderr } = await failing(['dist/src/transports/cli/main.js', 'ask', 'Wer empfing Schoigu?']);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`dossier: ${jobMessage}`);
  });

  it('GIVEN the console THEN it does not open', async () => {
    const { code, stderr } = await failing(['dist/src/main.js']);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(jobMessage);
  });

  it('GIVEN the bot THEN it stops before connecting to Discord', async () => {
    // The API URL points nowhere: the bot must fail on the model before it tries to connect.
    const { code, stderr } = await failing(['dist/src/main.js'], { DISCORD_TOKEN: 'x'.repeat(30), DISCORD_API_BASE_URL: 'http://127.0.0.1:9/api' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(jobMessage);
  });
});
