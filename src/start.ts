/** `npm start` in a checkout: recompiles first only if a source changed since the last build, then runs main.ts. */
import { rerunIfStale } from './fresh-build.js';

const rerun = rerunIfStale();
if (rerun !== null) process.exitCode = rerun;
else await import('./main.js');
