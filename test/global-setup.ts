/** Builds dist/ once before the suite, so tests of the compiled programs run what users run. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  // `npm run build`, not bare tsc: it also stamps the build and makes the `dossier` bin executable.
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
}
