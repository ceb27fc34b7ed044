/**
 * The local console: the bot's slash commands typed in a terminal, rendered as text. Options use the
 * Discord syntax (`/ask k:3 source:taz-allianz Wer …?`), so a command behaves the same in both places.
 * When input is not a terminal it reads one command per line and ends with the input.
 */
import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import { newAnswerRef, recordAnswer } from '../../community/open.js';
import type { CommunityStore } from '../../community/store.js';
import { DOWN_REASONS, type DownReason } from '../../community/types.js';
import type { DossierEngine } from '../../core/engine-api.js';
import { isDossierError } from '../../core/errors.js';
import { printable } from '../../core/printable.js';
import { createProgressBar } from './progress-bar.js';
import { plainStyle, renderAsk, renderIndexSummary, renderSource, renderSources, type TextStyle } from './render.js';

export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where the progress bar goes (a TTY shows it, anything else stays quiet). */
  progress: NodeJS.WriteStream;
  interactive: boolean;
  style?: TextStyle;
  /** Ctrl-C while a command runs (default: say so and exit 130; the index job's lock is released on exit). */
  onInterrupt?: () => void;
  /** Records questions and `+` / `-` votes when set (the console's guild is `console`). */
  community?: CommunityStore | null;
  /** The last answer's reference, which `+` and `-` rate (kept per console session). */
  session?: { lastRef: string | null };
}

const help = `Commands:
  /ask [k:1-10] [source:<id>] <question>   answer from the dossier with cited passages
  /sources [<id>]                          the articles, or one article with its passages
  /reindex                                 rebuild the index from corpus/
  + or -  [wrong_passage|answer_missing|outdated|other] [note]   rate the last answer
  /help, /quit`;

/** Reads commands until end of input or /quit. */
export async function runConsole(engine: DossierEngine, io: ConsoleIo): Promise<void> {
  const say = (text: string) => io.output.write(`${text}\n`);
  const lines = createInterface({ input: io.input, ...(io.interactive ? { output: io.output, prompt: 'dossier> ' } : {}), crlfDelay: Infinity });
  if (io.interactive) {
    say(`Ask about the dossier (${engine.sources().length} articles). Type /help for commands.`);
    lines.prompt();
  }
  const session = { lastRef: null as string | null };
  let busy = false;
  // On a terminal readline takes Ctrl-C from the signal: without this it would be ignored until a command ends.
  // A half-written index generation is harmless (it never became current) and the next job removes it.
  lines.on('SIGINT', () => {
    if (!busy) return lines.close();
    if (io.onInterrupt) return io.onInterrupt();
    say('\nInterrupted. The index was not changed.');
    process.exit(130);
  });
  for await (const line of lines) {
    busy = true;
    const reply = await handleLine(engine, line, { session, ...io });
    busy = false;
    if (reply === null) break;
    if (reply) say(reply);
    if (io.interactive) lines.prompt();
  }
  lines.close();
}

/** One console line → the text to show; null means quit. Exported for tests. */
export async function handleLine(engine: DossierEngine, line: string, io: Pick<ConsoleIo, 'progress' | 'style' | 'community' | 'session'>): Promise<string | null> {
  const trimmed = line.trim();
  if (!trimmed) return '';
  const vote = /^([+-])(?:\s+(.*))?$/s.exec(trimmed);
  if (vote) return rate(vote[1] === '+' ? 1 : -1, vote[2] ?? '', io);
  const [, name = '', rest = ''] = /^\/(\S*)\s*(.*)$/s.exec(trimmed) ?? [null, 'ask', trimmed];
  try {
    switch (name) {
      case 'ask': {
        const { options, text } = parseOptions(rest);
        const unknown = Object.keys(options).filter((o) => o !== 'k' && o !== 'source');
        if (unknown.length) return `Unknown option ${unknown.map((o) => `${o}:`).join(', ')}. /ask takes k: and source:.`;
        if (options.k !== undefined && !/^\d{1,2}$/.test(options.k)) return `k must be a whole number from 1 to 10 (got "${printable(options.k, 20)}").`;
        const k = options.k === undefined ? undefined : Number(options.k);
        const started = performance.now();
        const result = await engine.ask({ question: text, ...(k !== undefined ? { k } : {}), ...(options.source ? { sourceId: options.source } : {}) });
        const rendered = renderAsk(result, io.style ?? plainStyle);
        if (!io.community?.available || !io.session) return rendered;
        const ref = newAnswerRef();
        recordAnswer(io.community, ref, { guild: 'console', userId: consoleUser(), question: result.question }, result, performance.now() - started);
        io.session.lastRef = ref;
        return `${rendered}\n(Rate this answer: + or -)`;
      }
      case 'sources': {
        if (!rest) return renderSources(engine.sources());
        const source = engine.source(rest);
        return source ? renderSource(source) : `No article with id "${printable(rest)}". Known ids: ${engine.sources().map((s) => s.id).join(', ')}`;
      }
      case 'reindex': {
        const bar = createProgressBar(io.progress);
        const summary = await engine.reindex(bar.update).finally(bar.done);
        return renderIndexSummary(summary);
      }
      case 'help':
        return help;
      case 'quit':
      case 'exit':
        return null;
      default:
        return `Unknown command /${printable(name, 30)}. Type /help for the commands.`;
    }
  } catch (error) {
    if (isDossierError(error)) return error.message;
    // The console outlives any one command: one line instead of a stack trace, and the next command still works.
    return `Unexpected error: ${printable((error as Error)?.message ?? String(error), 300)}. The console keeps running.`;
  }
}

/** `+` / `-` on the last answer; `-` may name what was wrong and add a note. */
function rate(value: 1 | -1, rest: string, io: Pick<ConsoleIo, 'community' | 'session'>): string {
  const ref = io.session?.lastRef;
  if (!io.community?.available || !io.session) return 'Ratings are not recorded (COMMUNITY_RECORDING=false or no database).';
  if (!ref) return 'Nothing to rate yet: ask a question first.';
  const outcome = io.community.vote(ref, consoleUser(), value);
  if (outcome === 'unknown_question' || outcome === 'unavailable') return 'The rating could not be recorded.';
  const [first = '', ...words] = rest.trim().split(/\s+/);
  if (value === -1 && rest.trim()) {
    const known = DOWN_REASONS.includes(first as DownReason);
    io.community.explainVote(ref, consoleUser(), known ? (first as DownReason) : 'other', (known ? words.join(' ') : rest.trim()).slice(0, 500));
  }
  return outcome === 'unchanged' ? `You already rated this answer ${value > 0 ? '+' : '-'}.` : `Thanks — rated ${value > 0 ? '+' : '-'}.`;
}

/** The person at the console, as far as the machine knows; hashed like a Discord id. */
function consoleUser(): string {
  try {
    return `console:${userInfo().username}`;
  } catch {
    return 'console';
  }
}

/** Leading `name:value` words become options (Discord's option syntax); the rest is the text. */
function parseOptions(input: string): { options: Record<string, string>; text: string } {
  const options: Record<string, string> = {};
  let text = input;
  for (let match = /^([a-z]+):(\S+)\s*/i.exec(text); match; match = /^([a-z]+):(\S+)\s*/i.exec(text)) {
    options[match[1]!.toLowerCase()] = match[2]!;
    text = text.slice(match[0].length);
  }
  return { options, text };
}
