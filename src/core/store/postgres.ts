/**
 * The PostgreSQL store (DATABASE_URL): generations, passages, postings and vectors in tables; search runs in the
 * database (BM25 in SQL, pgvector HNSW). Several processes share one database: an index job switches the pointer
 * row and notifies in the same transaction, and every watching process loads the new generation.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../log.js';
import { manifestSchema } from '../index-store.js';
import { defaultHnswParams } from '../vector-index.js';
import { describeDatabase, guarded, pgFailure } from './postgres-errors.js';
import { withPgJobLock } from './postgres-lock.js';
import { openPgGeneration } from './postgres-open.js';
import type { Query } from './postgres-reader.js';
import { ensureSchema, SWITCH_CHANNEL, vectorTable } from './postgres-schema.js';
import { pruneGenerations, writePgGeneration } from './postgres-write.js';
import type { GenerationReader, IndexStore, NewGeneration, PreviousGeneration } from './types.js';

export interface PostgresStoreOptions {
  connectionString: string;
  log: Logger;
  /** Pool size (default 4). */
  maxConnections?: number;
  /** How often `watch` also reads the pointer row, in case a notification is lost (default 2 s). */
  pollMs?: number;
  /** A job lease whose heartbeat is older than this is abandoned (default 30 s; see postgres-lock.ts). */
  lockStaleMs?: number;
}

/** Generations in PostgreSQL tables. Connections are opened on first use and never keep the process alive when idle. */
export class PostgresStore implements IndexStore {
  readonly kind = 'postgres';
  readonly where: string;
  private readonly pool: pg.Pool;
  private schema: Promise<void> | null = null;
  private readonly notified = new Set<(generation: string) => void>();
  /** A suffix per connection for prepared statements' names (see `query`). */
  private readonly tags = new WeakMap<pg.PoolClient, string>();
  private readonly tag = randomBytes(4).toString('hex');
  private connections = 0;

  constructor(private readonly options: PostgresStoreOptions) {
    this.where = describeDatabase(options.connectionString);
    // Idle connections are kept for minutes, not pg-pool's 10 s: a bot's questions are often further apart, and a new
    // connection costs its setup and its prepared statements (measured on loopback: 11-16 ms for the next question
    // instead of 3-4). TCP keepalive notices a connection dropped on the way meanwhile.
    this.pool = new pg.Pool({
      connectionString: options.connectionString, max: options.maxConnections ?? 4, allowExitOnIdle: true, connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 300_000, keepAlive: true,
    });
    // An idle connection the server dropped must not crash the process; the pool replaces it at the next query.
    this.pool.on('error', (error) => options.log.warn('index database connection lost', { reason: error.message }));
    // Behind a multiplexer that shares one session, a NOTIFY reaches whichever client runs the next query.
    this.pool.on('connect', (client) => {
      client.on('notification', (n) => n.channel === SWITCH_CHANNEL && n.payload && this.notify(n.payload));
    });
  }

  /**
   * With `name`, a prepared statement: the server parses and plans it once per connection, then only binds values.
   * The name gets a suffix unique to this process and connection, because a multiplexer (pglite-socket) may share
   * one server session, and its prepared statements, between connections and processes.
   */
  private readonly query: Query = async <R extends pg.QueryResultRow>(text: string, values?: unknown[], name?: string) => {
    if (name === undefined) return this.pool.query<R>(text, values);
    const client = await this.pool.connect();
    let tag = this.tags.get(client);
    // As pool.query does: a connection lost while checked out must not be an unhandled error, nor be reused.
    let lost: Error | undefined;
    const onError = (error: Error) => void (lost = error);
    client.once('error', onError);
    try {
      if (tag === undefined) {
        // pgvector's HNSW search breadth, as wide as the embedded index's (a placeholder setting until pgvector
        // loads). Set once per connection, awaited, before its first prepared statement: the dense search is one.
        await client.query(`SET hnsw.ef_search = ${defaultHnswParams.efSearch}`).catch(() => {});
        this.tags.set(client, (tag = `${this.tag}_${++this.connections}`));
      }
      const result = await client.query<R>({ name: `${name}_${tag}`, text, values });
      client.release(lost);
      return result;
    } catch (error) {
      client.release(error as Error);
      throw error;
    } finally {
      client.removeListener('error', onError);
    }
  };

  async open(): Promise<GenerationReader> {
    return openPgGeneration(this.query, this.where);
  }

  async currentGeneration(): Promise<string | null> {
    const { rows } = await guarded(this.where, () =>
      this.query<{ name: string }>('SELECT g.name FROM dossier_current c JOIN dossier_generations g ON g.id = c.generation'),
    ).catch((error: unknown) => {
      if (pgFailure(error, this.where).code === 'index_missing') return { rows: [] };
      throw error;
    });
    return rows[0]?.name ?? null;
  }

  watch(onSwitch: (generation: string) => void): () => void {
    let last: string | null | undefined;
    let stopped = false;
    const seen = (generation: string | null) => {
      if (stopped || generation === null || generation === last) return;
      const first = last === undefined;
      last = generation;
      if (!first) onSwitch(generation);
    };
    const check = () => this.currentGeneration().then(seen, () => {}); // unreachable now: the next poll retries
    void check();
    const listener = () => void check();
    this.notified.add(listener);
    const timer = setInterval(check, this.options.pollMs ?? 2_000);
    timer.unref();
    const listen = this.listen(listener);
    return () => {
      stopped = true;
      clearInterval(timer);
      this.notified.delete(listener);
      void listen.then((client) => client?.end().catch(() => {}));
    };
  }

  async withJobLock<T>(job: () => Promise<T>): Promise<T> {
    await this.ensureSchema();
    return guarded(this.where, () => withPgJobLock({ connectionString: this.options.connectionString, where: this.where, staleMs: this.options.lockStaleMs ?? 30_000 }, job));
  }

  async readPrevious(): Promise<PreviousGeneration | null> {
    return guarded(this.where, async () => {
      const head = await this.query<{ id: number; manifest: unknown }>('SELECT g.id, g.manifest FROM dossier_current c JOIN dossier_generations g ON g.id = c.generation').catch((error: unknown) => {
        if ((error as { code?: string }).code === '42P01') return { rows: [] };
        throw error;
      });
      if (!head.rows[0]) return null;
      const { id } = head.rows[0];
      const parsed = manifestSchema.safeParse(head.rows[0].manifest);
      if (!parsed.success) return null; // a damaged generation: the job rebuilds from scratch
      const manifest = parsed.data;
      const passages = (await this.query<{ id: string; article_id: string; paragraph: number; paragraph_end: number; section: string | null; text: string; hash: string }>(
        'SELECT id, article_id, paragraph, paragraph_end, section, text, hash FROM dossier_passages WHERE generation = $1 ORDER BY idx', [id],
      )).rows.map((r) => ({ id: r.id, articleId: r.article_id, paragraph: r.paragraph, paragraphEnd: r.paragraph_end, section: r.section, text: r.text, hash: r.hash }));
      const vectorsByHash = new Map<string, Float32Array>();
      if (manifest.model) {
        // Reuse by content hash, as the embedded store does: unchanged passages are not embedded again.
        const { rows } = await this.query<{ hash: string; embedding: string }>(
          `SELECT p.hash, v.embedding::text AS embedding FROM ${vectorTable(id)} v JOIN dossier_passages p ON p.generation = $1 AND p.idx = v.idx`, [id],
        );
        for (const row of rows) vectorsByHash.set(row.hash, Float32Array.from(JSON.parse(row.embedding) as number[]));
      }
      return { manifest, passages, vectorsByHash };
    });
  }

  async writeGeneration(next: NewGeneration): Promise<string> {
    await this.ensureSchema();
    const client = await guarded(this.where, () => this.pool.connect());
    try {
      const { name, id } = await guarded(this.where, () => writePgGeneration(client, next));
      // The new generation is live now: failing to drop old ones must not fail the job.
      await pruneGenerations(client, id).catch((error: unknown) => this.options.log.warn('could not drop old index generations', { reason: String((error as Error).message) }));
      this.notify(name);
      return name;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    this.notified.clear();
    await this.pool.end().catch(() => {});
  }

  private notify(generation: string): void {
    for (const listener of this.notified) listener(generation);
  }

  private ensureSchema(): Promise<void> {
    this.schema ??= guarded(this.where, async () => {
      const client = await this.pool.connect();
      try {
        await ensureSchema(client);
      } finally {
        client.release();
      }
    }).catch((error: unknown) => {
      this.schema = null;
      throw error;
    });
    return this.schema;
  }

  /** A connection of its own that LISTENs; null when it cannot connect (polling still runs). It does not hold the process open. */
  private async listen(onNotice: () => void): Promise<pg.Client | null> {
    const client = new pg.Client({ connectionString: this.options.connectionString });
    client.on('error', () => {}); // a lost LISTEN connection: polling carries on
    client.on('notification', (n) => n.channel === SWITCH_CHANNEL && onNotice());
    try {
      await client.connect();
      await client.query(`LISTEN ${SWITCH_CHANNEL}`);
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      return client;
    } catch {
      await client.end().catch(() => {});
      return null;
    }
  }
}
