/** Every console and `dossier` example in README.md, run as printed, on a copy of the corpus. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { handleLine } from '../../src/transports/cli/console.js';
import { copyOfCorpus, engineOptions, tempDir } from '../support/fixtures.js';

const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], lines: m[2]!.split('\n') }));
/** `dossier> …` lines of the console example. */
const consoleExamples = blocks.flatMap((b) => b.lines.filter((l) => l.startsWith('dossier> ')).map((l) => l.slice('dossier> '.length)));
/** Shell lines that run `npx dossier …` (alone or fed by a pipe). */
const cliExamples = blocks.filter((b) => b.lang === 'sh').flatMap((b) => b.lines.filter((l) => /(^|\| )npx dossier /.test(l)));
/** Inline `… | npm start --silent` examples in the text. */
const pipedConsoleExamples = [...readme.matchAll(/`(echo '[^']*' \| npm start[^`]*)`/g)].map((m) => m[1]!);

const run = promisify(execFile);
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CORPUS_DIR: copyOfCorpus(),
    EMBEDDINGS_DIR: tempDir(),
    MODEL_CACHE_DIR: tempDir(),
    ALLOW_REMOTE_MODELS: 'false',
    LOG_LEVEL: 'silent',
  };
});

/** Runs a README line with sh, as a reader would paste it. */
const sh = (line: string) => run('sh', ['-c', line], { env, maxBuffer: 1 << 24 });

describe('README examples', () => {
  it('GIVEN the README THEN it has console, CLI and piped examples to run', () => {
    expect(consoleExamples.length).toBeGreaterThanOrEqual(5);
    expect(cliExamples.length).toBeGreaterThanOrEqual(5);
    expect(pipedConsoleExamples.length).toBeGreaterThanOrEqual(1);
  });

  it('GIVEN each `npx dossier` example THEN exit 0, only its own output on stdout, and questions answered', async () => {
    // In README order: `index` comes first and builds what the others read.
    for (const line of cliExamples) {
      const { stdout, stderr } = await sh(line);
      expect(stderr, line).toBe('');
      expect(stdout, line).not.toMatch(/^> /m); // no npm banner
      if (line.includes('--json')) {
        for (const object of stdout.trim().split('\n').map((l) => JSON.parse(l))) {
          expect(object.answered ?? object.skipped, `${line}: ${JSON.stringify(object).slice(0, 200)}`).toBeTruthy();
        }
      } else if (/ ask /.test(line)) expect(stdout, line).toMatch(/^Answer: /m);
      else expect(stdout.trim(), line).not.toBe('');
    }
  });

  it('GIVEN each console example THEN a reply that is neither an error nor a refusal', async () => {
    const { engine } = await Engine.open(engineOptions({ corpusDir: env.CORPUS_DIR!, embeddingsDir: env.EMBEDDINGS_DIR! }), { buildIfMissing: true });
    for (const line of consoleExamples) {
      const reply = (await handleLine(engine, line, { progress: { isTTY: false } as NodeJS.WriteStream })) ?? '';
      expect(reply, line).not.toMatch(/^(Unknown|No passage|No article|Unexpected error)|is empty|must be/m);
      if (line.startsWith('/ask')) expect(reply, line).toMatch(/^Answer: /m);
    }
  });

  it('GIVEN the piped console example THEN its answer on stdout and nothing from npm', async () => {
    for (const line of pipedConsoleExamples) {
      const { stdout } = await sh(line);
      expect(stdout, line).toMatch(/^Answer: .*\[1\]/m);
      expect(stdout, line).not.toMatch(/^> |npm (warn|notice)/m);
    }
  });
});
