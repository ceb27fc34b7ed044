/** Runs one `dossier` command against the core and renders its result as text or JSON. Returns the exit code. */
import { createInterface } from 'node:readline';
import { exportUsage } from '../../community/export.js';
import { gapReport } from '../../community/gaps.js';
import { openCommunity } from '../../community/open.js';
import { renderGaps, renderStats } from '../../community/render.js';
import { usageStats } from '../../community/stats.js';
import { loadConfig } from '../../config.js';
import { Engine } from '../../core/engine.js';
import { isDossierError, type DossierErrorCode } from '../../core/errors.js';
import { runIndexJob } from '../../core/indexer.js';
import { createLogger } from '../../core/log.js';
import { printable } from '../../core/printable.js';
import { packageVersion } from '../../project-root.js';
import { engineOptionsFrom } from '../../setup.js';
import { commandUsage, parseCommandLine, usage, UsageError, type CliCommand } from './args.js';
import { createProgressBar } from './progress-bar.js';
import { ansiStyle, plainStyle, renderAsk, renderIndexSummary, renderSource, renderSources } from './render.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** Errors caused by what the person typed: exit code 2, like any other bad usage. */
const USAGE_CODES = new Set<DossierErrorCode>(['question_empty', 'question_too_long', 'bad_k', 'unknown_source']);

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const fail = (message: string, code: number) => {
    io.stderr.write(`dossier: ${message}\n`);
    return code;
  };
  let command: CliCommand;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n${usage}`, 2);
    throw error;
  }
  if (command.name === 'help') {
    io.stdout.write(`${command.topic ? commandUsage[command.topic] : usage}\n`);
    return 0;
  }
  if (command.name === 'version') {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  try {
    return await execute(command, io);
  } catch (error) {
    if (isDossierError(error)) return fail(error.message, USAGE_CODES.has(error.code) ? 2 : 1);
    return fail(`unexpected error: ${printable((error as Error)?.message ?? String(error), 300)}`, 1);
  }
}

async function execute(command: Exclude<CliCommand, { name: 'help' } | { name: 'version' }>, io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const log = createLogger(config.LOG_LEVEL);
  const options = engineOptionsFrom(config, log);
  const print = (value: unknown, text: string) => io.stdout.write(`${'json' in command && command.json ? JSON.stringify(value) : text}\n`);

  if (command.name === 'index') {
    const bar = createProgressBar(io.stderr);
    const summary = await runIndexJob({ ...options, onProgress: bar.update }).finally(bar.done);
    print(summary, renderIndexSummary(summary));
    return 0;
  }

  if (command.name === 'gaps' || command.name === 'stats' || command.name === 'export-usage') {
    // Reports read what is there even with recording off; they never need the index or the model.
    const store = openCommunity(config, log, { forReports: true });
    if (!store?.available) {
      io.stderr.write(`dossier: the community database ${config.COMMUNITY_DB} cannot be opened (see the log line above, LOG_LEVEL=error).\n`);
      return 1;
    }
    try {
      if (command.name === 'export-usage') exportUsage(store, (line) => io.stdout.write(line));
      else if (command.name === 'gaps') {
        const report = gapReport(store, command.days);
        print(report, renderGaps(report));
      } else {
        const stats = usageStats(store, command.days);
        print(stats, renderStats(stats));
      }
    } finally {
      store.close();
    }
    return 0;
  }

  const { engine } = await Engine.open(options);
  if (command.name === 'sources') {
    if (command.id === undefined) {
      const sources = engine.sources();
      print(sources, renderSources(sources));
      return 0;
    }
    const source = engine.source(command.id);
    if (!source) {
      io.stderr.write(`dossier: no article with id "${printable(command.id)}". Known ids: ${engine.sources().map((s) => s.id).join(', ')}\n`);
      return 2;
    }
    print(source, renderSource(source));
    return 0;
  }

  const style = io.stdout.isTTY && !config.NO_COLOR ? ansiStyle : plainStyle;
  const ask = (question: string) =>
    engine.ask({ question, k: command.k, ...(command.sourceId !== undefined ? { sourceId: command.sourceId } : {}) });
  if (!command.stdin) {
    const result = await ask(command.question!);
    print(result, renderAsk(result, style));
    return 0;
  }
  // One question per line, one result (or error object) per line: the model and index load once. Line n of the
  // output always belongs to line n of the input, so a blank line gets a "skipped" line rather than nothing.
  let failures = 0;
  let n = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) {
      print({ question: '', skipped: 'blank line' }, `dossier: line ${n} is blank; skipped.`);
      continue;
    }
    try {
      const result = await ask(line);
      print(result, renderAsk(result, style));
    } catch (error) {
      if (!isDossierError(error)) throw error;
      failures++;
      // A question over the limit is echoed only in part: the message says how long it was.
      const question = printable(line, options.maxQuestionLength);
      print({ question, error: { code: error.code, message: error.message } }, `dossier: line ${n}: ${error.message}`);
    }
  }
  return failures ? 1 : 0;
}
