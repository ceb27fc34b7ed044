/** Command-line handling shared by the miss probes (explain-misses, declined-found, wrong-sentence). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadDossiers, type Dossier } from './dossiers.js';

/** Why a probe refused its arguments; the probe prints it with its usage and exits with status 2. */
export class ProbeArgsError extends Error {}

/**
 * The tuning dossiers a probe may read, in file order: all of them, or those named in `--dossier a,b`.
 * A held-out dossier is refused like an unknown name: the probes print misses, and a held-out dossier's misses are
 * never read.
 */
export function tuningSelection(list: string | undefined, all: Dossier[] = loadDossiers().dossiers): Dossier[] {
  const tuning = all.filter((d) => d.role === 'tuning');
  const wanted = list?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted) return tuning;
  for (const name of wanted) {
    if (!tuning.some((d) => d.name === name)) throw new ProbeArgsError(`no tuning dossier "${name}" in test/eval/dossiers.json`);
  }
  return tuning.filter((d) => wanted.includes(d.name));
}

/** Parses a probe's options and its `--dossier` selection; on a bad argument prints `tool: reason` and the usage, exits 2. */
export function probeArgs<O extends NonNullable<ParseArgsConfig['options']>>(tool: string, usage: string, options: O) {
  try {
    const { values } = parseArgs({ options: { ...options, dossier: { type: 'string' } }, args: process.argv.slice(2) });
    return { values, dossiers: tuningSelection((values as { dossier?: string }).dossier) };
  } catch (error) {
    console.error(`${tool}: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
