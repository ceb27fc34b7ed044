/** PGlite with pgvector served over TCP for tests. The server lives in bench/ so the benchmarks compile it too. */
export { startPgliteServer, type PgliteServer } from '../../bench/pglite-server.js';
