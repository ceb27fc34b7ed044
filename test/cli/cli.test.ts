import { execFile } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/transports/cli/run.js';
import { copyOfCorpus, tempDir } from '../support/fixtures.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sink() {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
  return { stream, text: () => text };
}

let env: NodeJS.ProcessEnv;

async function dossier(args: string[], stdin = ''): Promise<Run> {
  const out = sink();
  const err = sink();
  const code = await runCli(args, { stdout: out.stream, stderr: err.stream as unknown as NodeJS.WriteStream, stdin: Readable.from([stdin]), env });
  return { code, stdout: out.text(), stderr: err.text() };
}

beforeAll(async () => {
  const models = tempDir();
  env = { CORPUS_DIR: copyOfCorpus(), EMBEDDINGS_DIR: tempDir(), MODEL_CACHE_DIR: models, ALLOW_REMOTE_MODELS: 'false', LOG_LEVEL: 'silent' };
  const index = await dossier(['index', '--json']);
  expect(index.code).toBe(0);
});

describe('dossier CLI', () => {
  it('GIVEN `ask --json` THEN one object of the documented shape', async () => {
    const { code, stdout } = await dossier(['ask', '--json', '--k', '3', 'Wie viele Menschen starben im Koreakrieg?']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['question', 'answered', 'answer', 'mode', 'passages', 'timings']));
    expect(result).toMatchObject({ question: 'Wie viele Menschen starben im Koreakrieg?', answered: true, mode: 'lexical' });
    expect(result.passages).toHaveLength(3);
    expect(Object.keys(result.passages[0])).toEqual(
      expect.arrayContaining(['rank', 'score', 'sourceId', 'title', 'outlet', 'date', 'paragraph', 'text']),
    );
    expect(typeof result.timings.totalMs).toBe('number');
  });

  it('GIVEN `ask --json --stdin` THEN one object per line, errors as objects, exit 1 when a line failed', async () => {
    const huge = 'x'.repeat(1_000_000);
    const { code, stdout } = await dossier(['ask', '--json', '--stdin'], `Wer empfing Schoigu?\n\n${huge}\nWie backe ich einen Apfelstrudel?\n   \n`);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    // One output line per input line, blank ones included, so line n answers line n.
    expect(lines).toHaveLength(5);
    expect(lines[0].answered).toBe(true);
    expect(lines[1]).toEqual({ question: '', skipped: 'blank line' });
    expect(lines[2].error.code).toBe('question_too_long');
    expect(lines[2].question.length).toBeLessThanOrEqual(301); // not the whole megabyte back
    expect(lines[3].answered).toBe(false);
    expect(lines[4]).toEqual({ question: '', skipped: 'blank line' });
    expect(code).toBe(1);
  });

  it('GIVEN `sources --json` THEN the five articles; with an id, its passage texts', async () => {
    const list = JSON.parse((await dossier(['sources', '--json'])).stdout);
    expect(list).toHaveLength(5);
    expect(Object.keys(list[0]).sort()).toEqual(['author', 'date', 'id', 'outlet', 'passages', 'title']);
    const one = await dossier(['sources', '--json', 'srf-schulterschluss']);
    expect(JSON.parse(one.stdout).passageTexts).toHaveLength(list[1].passages);
  });

  it('GIVEN the index again THEN it embeds nothing', async () => {
    const { stdout } = await dossier(['index', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ upToDate: true, embedded: 0 });
  });

  it('GIVEN a long paragraph split in two THEN the citation and `sources` label its parts alike (¶3.1, ¶3.2)', async () => {
    const answer = JSON.parse((await dossier(['ask', '--json', '--k', '1', '--source', 'taz-allianz', 'Wie viele afrikanische Staatschefs reisten zum Russland-Afrika-Gipfel?'])).stdout);
    const cited = answer.passages[0];
    expect(cited.label).toBe('3.1');
    const source = JSON.parse((await dossier(['sources', '--json', 'taz-allianz'])).stdout);
    expect(source.passageTexts[source.passageLabels.indexOf('3.1')]).toBe(cited.text);
    expect(source.passageLabels).toContain('3.2');
    const text = (await dossier(['ask', '--k', '1', '--source', 'taz-allianz', 'Wie viele afrikanische Staatschefs reisten zum Russland-Afrika-Gipfel?'])).stdout;
    expect(text).toMatch(/\[1\] .* · taz · 2023-07-28 · ¶3\.1\n/);
    expect((await dossier(['sources', 'taz-allianz'])).stdout).toContain(`¶3.1 ${cited.text}`);
  });

  it.each([['--version'], ['ask', '--help'], ['index', '-h'], ['sources', '--help']])('GIVEN %j THEN its text on stdout and exit 0', async (...args) => {
    const { code, stdout, stderr } = await dossier(args);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(args[0] === '--version' ? /^\d+\.\d+\.\d+\n$/ : new RegExp(`^Usage: dossier ${args[0]} `));
  });

  it.each([
    [['ask'], /ask needs a question/],
    [['ask', '--k', '1e1', 'frage'], /--k must be a whole number from 1 to 10 \(got "1e1"\)/],
    [['ask', '--k', '0x3', 'frage'], /--k must be a whole number from 1 to 10 \(got "0x3"\)/],
    [['sources', '\x1b[2J\x1b[31mrot'], /no article with id "\\x1b\[2J\\x1b\[31mrot"/],
    [['ask', '--source', '\x1b]0;title\x07', 'frage'], /No article with id "\\x1b\]0;title\\x07"/],
    [['ask', '--k', '0', 'frage'], /--k must be a whole number from 1 to 10/],
    [['ask', '--bogus', 'frage'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['sources', 'nope'], /no article with id "nope"/],
    [['ask', '   '], /ask needs a question|question is empty/],
  ])('GIVEN bad usage %j THEN exit 2 and one readable line on stderr', async (args, message) => {
    const { code, stderr, stdout } = await dossier(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('\x1b'); // escape sequences are shown, never sent to the terminal
    expect(stdout).toBe('');
  });

  it('GIVEN a missing index THEN exit 1 and the command to run', async () => {
    const saved = env;
    env = { ...env, EMBEDDINGS_DIR: tempDir() };
    const { code, stderr } = await dossier(['ask', 'Schoigu']);
    env = saved;
    expect(code).toBe(1);
    expect(stderr).toMatch(/No index .*npm run index/);
  });

  it('GIVEN the built `dossier` binary THEN it runs as a program with the same exit codes', async () => {
    const run = promisify(execFile);
    const ok = await run('node', ['dist/src/transports/cli/main.js', 'sources'], { env: { ...process.env, ...env } });
    expect(ok.stdout).toMatch(/taz-allianz/);
    await expect(run('node', ['dist/src/transports/cli/main.js', 'ask'], { env: { ...process.env, ...env } })).rejects.toMatchObject({ code: 2 });
  });
});
