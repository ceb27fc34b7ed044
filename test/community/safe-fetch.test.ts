/** The /add downloader resolves names for the connection through the same private-address check (DNS rebinding). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefused, safeFetch } from '../../src/community/safe-fetch.js';

describe('safeFetch name resolution', () => {
  let server: Server;
  let port = 0;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Ein Artikel.');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const limits = { maxBytes: 1000, timeoutMs: 2000, allowHosts: [] as string[] };

  it('GIVEN a name that resolves only through the given resolver THEN the connection uses it (the check and the socket share one lookup)', async () => {
    const fetched = await safeFetch(`http://article.invalid:${port}/a.txt`, { ...limits, allowHosts: ['article.invalid'], resolve: async () => ['127.0.0.1'] });
    expect(fetched.bytes.toString()).toBe('Ein Artikel.');
  });

  it('GIVEN a name that answers public for the check and loopback for the connection THEN it is refused and the server is never contacted', async () => {
    let calls = 0;
    const rebinding = async () => (calls++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']);
    const before = hits;
    await expect(safeFetch(`http://rebind.invalid:${port}/a.txt`, { ...limits, resolve: rebinding })).rejects.toThrow(/rebind.invalid is a private or local address/);
    expect(calls).toBe(2); // once for the check, once for the socket
    expect(hits).toBe(before);
  });
});
