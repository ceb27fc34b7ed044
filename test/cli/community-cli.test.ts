import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCommunity } from '../../src/community/open.js';
import { loadConfig } from '../../src/config.js';
import { Engine } from '../../src/core/engine.js';
import { silentLogger } from '../../src/core/log.js';
import { runConsole } from '../../src/transports/cli/console.js';
import { runCli } from '../../src/transports/cli/run.js';
import { copyOfCorpus, engineOptions, tempDir } from '../support/fixtures.js';

function sink() {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
  return { stream, text: () => text };
}

let env: Record<string, string>;
async function dossier(args: string[]) {
  const out = sink();
  const err = sink();
  const code = await runCli(args, { stdout: out.stream, stderr: err.stream as unknown as NodeJS.WriteStream, stdin: Readable.from(['']), env });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('community in the console and the dossier CLI', () => {
  let consoleOutput = '';
  beforeAll(async () => {
    env = { CORPUS_DIR: copyOfCorpus(), EMBEDDINGS_DIR: tempDir(), COMMUNITY_DB: join(tempDir(), 'c.sqlite'), ALLOW_REMOTE_MODELS: 'false', LOG_LEVEL: 'silent' };
    expect((await dossier(['index'])).code).toBe(0);
  });

  it('GIVEN `dossier ask` THEN nothing is recorded (scripts and the evaluation use it)', async () => {
    expect((await dossier(['ask', 'Wer ist Schoigu?'])).code).toBe(0);
    expect(existsSync(env.COMMUNITY_DB!)).toBe(false);
  });

  it('GIVEN console questions and + / - THEN they are recorded under guild console and rated', async () => {
    const config = loadConfig(env, '/nonexistent/.env');
    const { engine } = await Engine.open(engineOptions({ corpusDir: config.CORPUS_DIR, embeddingsDir: config.EMBEDDINGS_DIR }));
    const community = openCommunity(config, silentLogger)!;
    const out = sink();
    const lines = ['+', 'Wie backe ich einen Apfelstrudel?', '- answer_missing kein Rezept im Dossier', 'Wie backt man Apfelstrudel?', '-', 'Wer ist Schoigu?', '+', '+'];
    await runConsole(engine, { input: Readable.from(lines.map((l) => `${l}\n`)), output: out.stream, progress: process.stderr, interactive: false, community });
    community.close();
    consoleOutput = out.text();
    expect(consoleOutput).toMatch(/^Nothing to rate yet/m);
    expect(consoleOutput.match(/\(Rate this answer: \+ or -\)/g)).toHaveLength(3);
    expect(consoleOutput.match(/^Thanks — rated -\.$/gm)).toHaveLength(2);
    expect(consoleOutput).toMatch(/^You already rated this answer \+\.$/m);
  });

  it('GIVEN recorded rows THEN export-usage writes JSON lines with hashed ids only', async () => {
    const { code, stdout } = await dossier(['export-usage']);
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.filter((r) => r.kind === 'question').map((r) => [r.guild, r.question, r.answered])).toEqual([
      ['console', 'Wie backe ich einen Apfelstrudel?', false],
      ['console', 'Wie backt man Apfelstrudel?', false],
      ['console', 'Wer ist Schoigu?', true],
    ]);
    expect(rows.filter((r) => r.kind === 'vote').map((r) => [r.vote, r.reason, r.note])).toEqual([
      [-1, 'answer_missing', 'kein Rezept im Dossier'],
      [-1, null, null],
      [1, null, null],
    ]);
    expect(stdout).not.toMatch(/console:/);
  });

  it('GIVEN two declined wordings of one question THEN `dossier gaps` groups them with counts', async () => {
    const json = await dossier(['gaps', '--json', '--days', '7']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]).toMatchObject({ count: 2, declined: 2, reasons: { answer_missing: 1 } });
    const text = await dossier(['gaps']);
    expect(text.stdout).toMatch(/^Knowledge gaps, last 30 days: 1 topic\.\n {2}2× "Wie (backe ich einen|backt man) Apfelstrudel\?" \(2 declined; answer missing 1\)/);
    const stats = JSON.parse((await dossier(['stats', '--json'])).stdout);
    expect(stats).toMatchObject({ questions: 3, up: 1, down: 2 });
  });

  it('GIVEN bad --days THEN usage error and exit 2', async () => {
    const { code, stderr } = await dossier(['gaps', '--days', '0']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--days must be a whole number from 1 to 3650/);
  });
});
