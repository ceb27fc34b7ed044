/** The community database's schema as numbered migrations; `PRAGMA user_version` says which ran. */
import type { Database } from 'better-sqlite3';

/** Each entry moves the schema from version i to i + 1. Never edit one that has shipped; append a new one. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE questions (
     id INTEGER PRIMARY KEY,
     ref TEXT NOT NULL UNIQUE,
     at INTEGER NOT NULL,
     guild TEXT NOT NULL,
     user_hash TEXT NOT NULL,
     question TEXT NOT NULL,
     mode TEXT NOT NULL,
     answered INTEGER NOT NULL,
     cited TEXT NOT NULL,
     latency_ms INTEGER NOT NULL,
     terms TEXT NOT NULL
   );
   CREATE INDEX questions_at ON questions (at);
   CREATE TABLE votes (
     question_ref TEXT NOT NULL REFERENCES questions (ref) ON DELETE CASCADE,
     user_hash TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     reason TEXT,
     note TEXT,
     at INTEGER NOT NULL,
     PRIMARY KEY (question_ref, user_hash)
   );
   CREATE INDEX votes_at ON votes (at);
   CREATE TABLE suggestions (
     id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL,
     guild TEXT NOT NULL,
     user_hash TEXT NOT NULL,
     url TEXT NOT NULL,
     note TEXT NOT NULL
   );
   CREATE INDEX suggestions_at ON suggestions (at);`,
  // 2: follow-up threads and the question context each one carries.
  `CREATE TABLE threads (
     thread_id TEXT PRIMARY KEY,
     guild TEXT NOT NULL,
     context TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX threads_at ON threads (at);`,
];

/** Runs the migrations the file has not seen yet, each in its own transaction. Returns the schema version. */
export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`the community database has schema version ${current}, newer than this program knows (${MIGRATIONS.length})`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
