#!/usr/bin/env node
/** The `dossier` command. Loads the CLI only once the build is known to be current (see fresh-build.ts). */
import { rerunIfStale } from '../../fresh-build.js';

const rerun = rerunIfStale();
if (rerun !== null) process.exitCode = rerun;
else {
  const { runCli } = await import('./run.js');
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
}
