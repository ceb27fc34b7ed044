import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { handleLine, runConsole } from '../../src/transports/cli/console.js';
import { copyOfCorpus, engineOptions, tempDir } from '../support/fixtures.js';

let engine: Engine;
const io = { progress: new PassThrough() as unknown as NodeJS.WriteStream };

beforeAll(async () => {
  ({ engine } = await Engine.open(engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir: tempDir() }), { buildIfMissing: true }));
});

describe('console', () => {
  it('GIVEN /ask with Discord-style options THEN they apply like the slash command options', async () => {
    const reply = await handleLine(engine, '/ask k:2 source:taz-allianz Wer ist der Verbündete Nordkoreas?', io);
    expect(reply).toMatch(/^Answer: /m);
    expect(reply).toMatch(/\[1\] Russischer Minister besucht Nordkorea/);
    expect(reply).not.toMatch(/\[3\]/);
    expect(reply).not.toMatch(/SRF ·|Nau\.ch ·|blue News ·/);
  });

  it('GIVEN a line without a slash THEN it is a question', async () => {
    expect(await handleLine(engine, 'Welche Raketen wurden bei der Parade gezeigt?', io)).toMatch(/Hwasong/);
  });

  it.each([
    ['/ask', /question is empty/],
    ['/ask k:99 Wer?', /k must be a whole number from 1 to 10/],
    ['/ask k:1e1 Wer?', /k must be a whole number from 1 to 10 \(got "1e1"\)/],
    ['/ask k:0x3 Wer?', /k must be a whole number from 1 to 10 \(got "0x3"\)/],
    ['/sources \x1b[2Jbild', /No article with id "\\x1b\[2Jbild"/],
    ['/ask colour:red Wer?', /Unknown option colour:/],
    ['/ask source:bild Wer?', /No article with id "bild"/],
    ['/sources bild', /No article with id "bild"\. Known ids: bluenews-schoigu/],
    ['/bogus', /Unknown command \/bogus/],
    [`/ask ${'lang '.repeat(80)}`, /limit is 300/],
  ])('GIVEN %j THEN a clear message and no crash', async (line, message) => {
    expect(await handleLine(engine, line, io)).toMatch(message);
  });

  it('GIVEN Ctrl-C on a terminal THEN it interrupts a running /reindex at once, and at the prompt it leaves', async () => {
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    output.resume();
    let interrupted = 0;
    const stuck = Object.assign(Object.create(engine) as Engine, { reindex: () => new Promise<never>(() => {}) });
    const session = runConsole(stuck, { input, output, progress: io.progress, interactive: true, onInterrupt: () => interrupted++ });
    input.write('/reindex\r');
    await new Promise((r) => setTimeout(r, 50));
    input.write('\x03'); // Ctrl-C as a terminal sends it
    expect(interrupted).toBe(1);

    const idle = new PassThrough();
    const idleSession = runConsole(engine, { input: idle, output, progress: io.progress, interactive: true, onInterrupt: () => interrupted++ });
    idle.write('\x03');
    await expect(idleSession).resolves.toBeUndefined();
    expect(interrupted).toBe(1);
    input.end();
    void session;
  });

  it('GIVEN piped input THEN each command is answered in order and the console ends with the input', async () => {
    let out = '';
    const output = new PassThrough();
    output.on('data', (chunk) => (out += String(chunk)));
    await runConsole(engine, { input: Readable.from(['/sources\n', '/help\n', '/quit\n', '/sources\n']), output, progress: io.progress, interactive: false });
    expect(out.match(/taz-allianz/g)).toHaveLength(1); // the second /sources comes after /quit
    expect(out).toMatch(/\/reindex/);
  });
});
