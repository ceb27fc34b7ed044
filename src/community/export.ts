/** `dossier export-usage`: every stored row as one JSON object per line (questions, then votes, then suggestions). */
import type { CommunityStore } from './store.js';

/** Writes the lines through `write`; returns how many. Member ids appear only as the stored hashes. */
export function exportUsage(store: CommunityStore, write: (line: string) => void): number {
  let n = 0;
  const emit = (kind: string, row: Record<string, unknown>) => {
    write(`${JSON.stringify({ kind, ...row, at: new Date(row.at as number).toISOString() })}\n`);
    n++;
  };
  store.read(undefined, (db) => {
    for (const row of db.prepare('SELECT ref, at, guild, user_hash, question, mode, answered, cited, latency_ms FROM questions ORDER BY at').iterate() as Iterable<Record<string, unknown>>) {
      emit('question', { ...row, answered: row.answered === 1, cited: JSON.parse(String(row.cited)) });
    }
    for (const row of db.prepare('SELECT question_ref, user_hash, vote, reason, note, at FROM votes ORDER BY at').iterate() as Iterable<Record<string, unknown>>) {
      emit('vote', row);
    }
    for (const row of db.prepare('SELECT at, guild, user_hash, url, note FROM suggestions ORDER BY at').iterate() as Iterable<Record<string, unknown>>) {
      emit('suggestion', row);
    }
  });
  return n;
}
