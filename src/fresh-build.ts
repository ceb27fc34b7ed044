/**
 * Keeps a checkout's dist/ in step with its sources without compiling on every start: `npm install` builds once
 * (the `prepare` script); after that, `npm start` and `dossier` compile only when a source is newer than the
 * last build. An installed image (no sources, no TypeScript) skips the check.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './project-root.js';

const SOURCES = ['src', 'commands', 'scripts', 'bench', 'tsconfig.json', 'tsconfig.build.json'];
/** Written by every build (tsc's incremental state), so its time is the time of the last build. */
const STAMP = join(projectRoot, 'dist', '.tsbuildinfo.build');

/**
 * When the build is stale, compiles and runs this same command again in a fresh process (the stale modules are
 * already loaded in this one) and returns its exit code; returns null when the build is current.
 */
export function rerunIfStale(): number | null {
  const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  // The rerun below must never rebuild again (a source dated in the future would otherwise make it loop).
  if (process.env.DOSSIER_REBUILT === '1' || !existsSync(join(projectRoot, 'src')) || !existsSync(tsc)) return null;
  const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  if (newest(SOURCES.map((s) => join(projectRoot, s))) <= built) return null;
  process.stderr.write('Sources changed since the last build; compiling (once)…\n');
  const build = spawnSync(process.execPath, [tsc, '-p', join(projectRoot, 'tsconfig.build.json')], { stdio: ['ignore', 2, 2] });
  if (build.status !== 0) return build.status ?? 1;
  markBuilt();
  // The build is current now, so the second run does not come back here.
  const rerun = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, DOSSIER_REBUILT: '1' } });
  return rerun.status ?? 1;
}

/** After a build: stamp its time (tsc leaves its state file alone when no output changed) and make the bin executable. */
export function markBuilt(): void {
  const now = new Date();
  if (existsSync(STAMP)) utimesSync(STAMP, now, now);
  // tsc writes plain files; `npx dossier` runs the bin directly, so it must be executable.
  chmodSync(join(projectRoot, 'dist', 'src', 'transports', 'cli', 'main.js'), 0o755);
}

// `npm run build` ends with `node dist/src/fresh-build.js --built`.
if (process.argv[2] === '--built' && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) markBuilt();

function newest(paths: string[]): number {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    latest = Math.max(latest, info.mtimeMs);
    if (info.isDirectory()) latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
  }
  return latest;
}
