/**
 * A real PostgreSQL (PGlite: PostgreSQL 17 compiled to WebAssembly, with pgvector) served on 127.0.0.1 over the
 * wire protocol, so the product connects with its ordinary `pg` driver exactly as to a server.
 *
 * pglite-socket 0.1.6 multiplexes up to `maxConnections` sockets onto PGlite's ONE session (default 1; a second
 * socket is refused with "Too many connections"). Queries are queued; an open transaction holds the queue for its
 * own socket. Session state is shared by every socket: advisory locks are re-entrant across them and a NOTIFY may
 * be read by whichever socket runs the next query — the postgres store copes (lease row, polling).
 * Between the driver and that server sits a small TCP relay, so a test can cut every connection at once
 * (`dropConnections`), as a restarted server or a broken network would.
 */
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface PgliteServer {
  /** postgres://…@127.0.0.1:<port>/postgres */
  url: string;
  stop(): Promise<void>;
  /** Destroys every open client connection (the server keeps running; new connections work). */
  dropConnections(): void;
  /** Resolves when a client sends a message containing `text` (e.g. a statement of an index job, to kill it there). */
  whenClientSends(text: string): Promise<void>;
}

/** Starts PGlite with pgvector behind pglite-socket and a relay, on free ports. */
export async function startPgliteServer({ maxConnections = 8 } = {}): Promise<PgliteServer> {
  const db = await PGlite.create({ extensions: { vector } });
  await db.exec('CREATE EXTENSION IF NOT EXISTS vector');
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections });
  await server.start();
  const inner = Number(server.getServerConn().split(':').at(-1));
  const open = new Set<Socket>();
  const waiting = new Set<{ text: string; resolve: () => void }>();
  const relay = createServer((client) => {
    const upstream = connect(inner, '127.0.0.1');
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => {}); // a dropped peer is what the tests cause on purpose
    }
    client.on('data', (chunk: Buffer) => {
      for (const w of waiting) if (chunk.includes(w.text)) waiting.delete(w), w.resolve();
    });
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const port = (relay.address() as AddressInfo).port;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    dropConnections: () => {
      for (const s of open) s.destroy();
    },
    whenClientSends: (text) => new Promise((resolve) => waiting.add({ text, resolve })),
    async stop() {
      for (const s of open) s.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
      await server.stop();
      await db.close();
    },
  };
}
