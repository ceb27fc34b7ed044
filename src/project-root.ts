/** Where the project lives, so settings and the CLI work the same from any working directory. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding this project's package.json: the root of a checkout, or /app in the Docker image. */
export const projectRoot: string = findRoot(dirname(fileURLToPath(import.meta.url)));

/** The version in package.json, for `dossier --version`. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

// Both src/ (tests run the sources) and dist/src/ (users run the build) sit below the root.
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
