/**
 * A hash of the lexical analysis code itself. The stored lexical index holds terms this code produced; a question
 * is analysed by the code that runs now. When an upgrade changes how words are analysed but neither the corpus nor
 * the vocabulary files, the index job must still rebuild, or old terms would meet new questions.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The code of src/core/lexical (dist/src/core/lexical when built): hashed once per process, as an upgrade restarts it. */
export function analysisVersion(): string {
  return (version ??= codeVersion(dirname(fileURLToPath(import.meta.url))));
}
let version: string | undefined;

/** A hash of the module files (.js/.ts, not declarations or source maps) directly in `dir`, by name and content. */
export function codeVersion(dir: string): string {
  const hash = createHash('sha256');
  const code = readdirSync(dir).filter((n) => /\.(?:[cm]?js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort();
  for (const name of code) hash.update(`${name}\u0000`).update(readFileSync(join(dir, name))).update('\u0000');
  return hash.digest('hex').slice(0, 16);
}
