/**
 * The PostgreSQL layout. Every generation's rows carry its id; `dossier_current` is the one pointer row naming the
 * live generation. Vectors live in one table per generation (`dossier_vectors_<id>`), because a table's `vector(n)`
 * column fixes the model's dimension and its HNSW index then covers exactly that generation (no filter to post-apply).
 */
import type pg from 'pg';

/** The channel an index job notifies inside its switching transaction; the payload is the new generation's name. */
export const SWITCH_CHANNEL = 'dossier_generation';

/** The advisory lock key of index jobs (two 32-bit halves of "dossier" in ASCII). */
export const JOB_LOCK_KEY = [0x646f7373, 0x696572] as const;

/** The vector table of a generation; ids are serial integers, so the name is safe to interpolate. */
export const vectorTable = (generationId: number) => `dossier_vectors_${Math.trunc(generationId)}`;

const DDL = `
CREATE TABLE IF NOT EXISTS dossier_generations (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  manifest jsonb NOT NULL,
  doc_count integer NOT NULL,
  total_length bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS dossier_current (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  generation integer NOT NULL REFERENCES dossier_generations (id)
);
CREATE TABLE IF NOT EXISTS dossier_lexicons (
  generation integer PRIMARY KEY REFERENCES dossier_generations (id) ON DELETE CASCADE,
  vocabulary jsonb NOT NULL,
  thesaurus text NOT NULL,
  verb_table jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS dossier_articles (
  generation integer NOT NULL REFERENCES dossier_generations (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  id text NOT NULL,
  meta jsonb NOT NULL,
  PRIMARY KEY (generation, ord)
);
CREATE TABLE IF NOT EXISTS dossier_passages (
  generation integer NOT NULL REFERENCES dossier_generations (id) ON DELETE CASCADE,
  idx integer NOT NULL,
  id text NOT NULL,
  article_id text NOT NULL,
  paragraph integer NOT NULL,
  paragraph_end integer NOT NULL,
  section text,
  text text NOT NULL,
  hash text NOT NULL,
  length integer NOT NULL,
  terms text[] NOT NULL,
  heading_terms text[] NOT NULL,
  sentences jsonb NOT NULL,
  PRIMARY KEY (generation, idx)
);
CREATE INDEX IF NOT EXISTS dossier_passages_article ON dossier_passages (generation, article_id);
CREATE TABLE IF NOT EXISTS dossier_terms (
  generation integer NOT NULL REFERENCES dossier_generations (id) ON DELETE CASCADE,
  term text NOT NULL,
  df integer NOT NULL,
  PRIMARY KEY (generation, term)
);
CREATE TABLE IF NOT EXISTS dossier_postings (
  generation integer NOT NULL REFERENCES dossier_generations (id) ON DELETE CASCADE,
  term text NOT NULL,
  idx integer NOT NULL,
  tf integer NOT NULL,
  length integer NOT NULL,
  PRIMARY KEY (generation, term, idx)
);
CREATE TABLE IF NOT EXISTS dossier_job_lock (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  token text NOT NULL,
  pid integer NOT NULL,
  heartbeat timestamptz NOT NULL
);
`;

/** Creates the tables when missing (idempotent; serialised by a transaction-scoped advisory lock). */
export async function ensureSchema(client: pg.ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [JOB_LOCK_KEY[0], JOB_LOCK_KEY[1] + 1]);
    await client.query(DDL);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
