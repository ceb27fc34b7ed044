/** File-system failures of the index job, turned into one line a person can act on. */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DossierError, isDossierError } from './errors.js';

const advice: Record<string, (path: string) => string> = {
  ENOSPC: (p) => `The disk holding ${p} is full. Free some space and run the index job again.`,
  EDQUOT: (p) => `The disk quota for ${p} is used up. Free some space and run the index job again.`,
  EROFS: (p) => `${p} is on a read-only file system. Set EMBEDDINGS_DIR to a writable folder (or mount it writable).`,
  EACCES: (p) => `No permission to write ${p}. Give this user write access, or set EMBEDDINGS_DIR to a folder it may write.`,
  EPERM: (p) => `The file system does not allow writing ${p}. Set EMBEDDINGS_DIR to an ordinary writable folder.`,
  ENOTDIR: (p) => `${p} (or a folder above it) is a file, not a folder. Set EMBEDDINGS_DIR to a folder.`,
  EISDIR: (p) => `${p} is a folder where the index expects a file. Remove it and run the index job again.`,
  ENOENT: (p) => `${p} cannot be created here (the file system does not allow it). Set EMBEDDINGS_DIR to an ordinary folder.`,
  EIO: (p) => `Input/output error while writing ${p}: the disk may be failing. Check it, then run the index job again.`,
  EMFILE: () => `Too many open files. Close other programs (or raise the limit) and run the index job again.`,
};

/** Errno errors become DossierError 'index_write_failed' with advice; DossierErrors and other errors pass through. */
export function fsFailure(error: unknown, path: string): unknown {
  if (isDossierError(error)) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const describe = code ? advice[code] : undefined;
  if (!describe) return error;
  // Node names the file that failed; that is more precise than the folder the caller knows about.
  const where = (error as NodeJS.ErrnoException).path ?? path;
  return new DossierError('index_write_failed', `${describe(where)} The index was not changed. (${code})`);
}

/**
 * Creates `dir` and missing parents one level at a time. Node's recursive mkdir loops forever on some special
 * file systems (e.g. under /proc, where a parent exists but refuses children with ENOENT); this refuses at once.
 */
export async function ensureDir(dir: string): Promise<void> {
  const path = resolve(dir);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw fsFailure(error, dir);
  });
  if (info?.isDirectory()) return;
  if (info) throw fsFailure(Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }), dir);
  const parent = dirname(path);
  if (parent === path) throw fsFailure(Object.assign(new Error('no root'), { code: 'ENOENT' }), dir);
  await ensureDir(parent);
  await mkdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw fsFailure(error, dir);
  });
}
