/** A throwaway distribution PostgreSQL server for tests; lives in bench/ so the benchmarks compile it too. */
export { startDebianPostgres, type DebianPostgres } from '../../bench/debian-postgres.js';
