/** Parses `dossier` command lines into a typed command, separate from running it (as the vitest CLI does). */
import { parseArgs } from 'node:util';
import { printable } from '../../core/printable.js';

export type CliCommand =
  | { name: 'help'; topic?: 'index' | 'ask' | 'sources' | 'gaps' | 'stats' | 'export-usage' }
  | { name: 'version' }
  | { name: 'index'; json: boolean }
  | { name: 'ask'; json: boolean; k: number; sourceId?: string; question?: string; stdin: boolean }
  | { name: 'sources'; json: boolean; id?: string }
  | { name: 'gaps'; json: boolean; days: number }
  | { name: 'stats'; json: boolean; days: number }
  | { name: 'export-usage' };

/** Bad usage: the CLI prints the message with the usage line and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage = `Usage:
  dossier index [--json]                      build or update the index in embeddings/
  dossier ask [--json] [--k N] [--source ID] "question"
  dossier ask --json --stdin                  one question per line, one JSON object per line
  dossier sources [--json] [ID]               the articles, or one article with its passages
  dossier gaps [--json] [--days N]            declined and down-voted questions, grouped; suggested sources
  dossier stats [--json] [--days N]           usage figures from the community database
  dossier export-usage                        the community database as JSON lines
  dossier help | --help | <command> --help
  dossier --version`;

/** Usage of one command, for `dossier <command> --help`. */
export const commandUsage: Record<'index' | 'ask' | 'sources' | 'gaps' | 'stats' | 'export-usage', string> = {
  gaps: `Usage: dossier gaps [--json] [--days N]
  What the dossier lacks: questions it declined and answers voted down in the last N days (default 30),
  grouped by similar wording with counts, and the sources members suggested with /suggest.
  --days N   a whole number from 1 to 3650
  --json     print the report object`,
  stats: `Usage: dossier stats [--json] [--days N]
  Questions per day, answered share, votes, latency p50/p95 and the most cited articles (default 30 days).`,
  'export-usage': `Usage: dossier export-usage
  Writes every stored question, vote and suggestion as one JSON object per line (member ids only as hashes).`,
  index: `Usage: dossier index [--json]
  Builds or updates the index in EMBEDDINGS_DIR from CORPUS_DIR; only new or changed passages are embedded.
  --json   print the summary as one JSON object`,
  ask: `Usage: dossier ask [--json] [--k N] [--source ID] "question"
       dossier ask [--json] [--k N] [--source ID] --stdin
  Answers from the dossier with the sentence that answers and the passages it came from.
  --k N         how many passages to cite, a whole number from 1 to 10 (default 5)
  --source ID   only search this article (ids: dossier sources)
  --stdin       one question per line in, one answer per line out; a blank line gives a "skipped" line
  --json        print the result object (one per line with --stdin)`,
  sources: `Usage: dossier sources [--json] [ID]
  Lists the articles, or shows one article with its passages (labelled as citations label them).
  --json   print the objects`,
};

/** Turns argv (without node and script) into a command, or throws UsageError. */
export function parseCommandLine(argv: string[]): CliCommand {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  if (name === '--version' || name === '-v' || name === 'version') return { name: 'version' };
  if ((name === 'index' || name === 'ask' || name === 'sources' || name === 'gaps' || name === 'stats' || name === 'export-usage') && rest.some((a) => a === '--help' || a === '-h')) return { name: 'help', topic: name };
  switch (name) {
    case 'index': {
      const { values } = parse(rest, { json: { type: 'boolean' } }, 0);
      return { name, json: values.json === true };
    }
    case 'ask': {
      const { values, positionals } = parse(
        rest,
        { json: { type: 'boolean' }, k: { type: 'string' }, source: { type: 'string' }, stdin: { type: 'boolean' } },
        Number.POSITIVE_INFINITY,
      );
      const stdin = values.stdin === true;
      const question = positionals.join(' ');
      if (stdin && question) throw new UsageError('give the question as an argument or use --stdin, not both');
      if (!stdin && !question) throw new UsageError('ask needs a question, e.g. dossier ask "Wer empfing Schoigu?"');
      return {
        name,
        json: values.json === true,
        k: parseK(values.k),
        stdin,
        ...(question ? { question } : {}),
        ...(typeof values.source === 'string' ? { sourceId: values.source } : {}),
      };
    }
    case 'sources': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' } }, 1);
      return { name, json: values.json === true, ...(positionals[0] ? { id: positionals[0] } : {}) };
    }
    case 'gaps':
    case 'stats': {
      const { values } = parse(rest, { json: { type: 'boolean' }, days: { type: 'string' } }, 0);
      return name === 'gaps' ? { name, json: values.json === true, days: parseDays(values.days) } : { name, json: values.json === true, days: parseDays(values.days) };
    }
    case 'export-usage':
      parse(rest, {}, 0);
      return { name };
    default:
      throw new UsageError(`unknown command "${printable(name, 40)}"`);
  }
}

type Options = Record<string, { type: 'boolean' | 'string' }>;

function parse(args: string[], options: Options, maxPositionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // node's messages are good ("Unknown option '--x'"); drop its hint about '--' which does not apply here.
    throw new UsageError(printable((error as Error).message.replace(/\. To specify a positional.*$/s, ''), 120));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${printable(parsed.positionals[maxPositionals]!, 40)}"`);
  }
  return parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
}

function parseDays(raw: string | boolean | undefined): number {
  if (raw === undefined) return 30;
  const days = typeof raw === 'string' && /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(days >= 1 && days <= 3650)) throw new UsageError(`--days must be a whole number from 1 to 3650 (got "${printable(String(raw), 20)}")`);
  return days;
}

function parseK(raw: string | boolean | undefined): number {
  if (raw === undefined) return 5;
  // Plain digits only: Number() would also accept "1e1", "0x3" or " 3 ".
  const k = typeof raw === 'string' && /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(k) || k < 1 || k > 10) throw new UsageError(`--k must be a whole number from 1 to 10 (got "${printable(String(raw), 20)}")`);
  return k;
}
