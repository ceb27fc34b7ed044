/** Turns driver and server failures into errors a person can act on. */
import { DossierError, isDossierError } from '../errors.js';

/** The database's address without credentials, for messages and logs. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.host}${u.pathname}`;
  } catch {
    return 'the database in DATABASE_URL';
  }
}

/**
 * A DossierError for a failed database call: a missing table means no index yet; anything else (refused or
 * broken connection, server restart, timeout) is 'store_unavailable', and the pool reconnects on the next call.
 */
export function pgFailure(error: unknown, where: string): DossierError {
  if (isDossierError(error)) return error;
  const code = (error as { code?: string })?.code;
  if (code === '42P01') return new DossierError('index_missing', `No index in ${where}. Run \`npm run index\` to build it.`);
  const reason = String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200);
  return new DossierError('store_unavailable', `The index database ${where} failed (${reason}). Try again in a moment; if it persists, check that the database is running and DATABASE_URL is right.`);
}

/** Runs `call`, mapping its failure with `pgFailure`. */
export async function guarded<T>(where: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw pgFailure(error, where);
  }
}
