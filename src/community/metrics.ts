/** Optional Prometheus metrics (prom-client) on their own loopback port; off unless METRICS_PORT is set. */
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  /** One answered or declined question, with its end-to-end latency. */
  answer(answered: boolean, mode: string, latencyMs: number): void;
  vote(value: 1 | -1): void;
  readonly registry: Registry;
}

/** A registry of its own (not prom-client's global one), so tests and a second bot in one process do not clash. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dossier_' });
  const questions = new Counter({ name: 'dossier_questions_total', help: 'Questions answered or declined', labelNames: ['answered', 'mode'], registers: [registry] });
  const votes = new Counter({ name: 'dossier_votes_total', help: 'Votes on answers', labelNames: ['vote'], registers: [registry] });
  const latency = new Histogram({
    name: 'dossier_ask_duration_seconds',
    help: 'From receiving a question to sending its answer',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5],
    registers: [registry],
  });
  return {
    registry,
    answer(answered, mode, latencyMs) {
      questions.inc({ answered: String(answered), mode });
      latency.observe(latencyMs / 1000);
    },
    vote(value) {
      votes.inc({ vote: value > 0 ? 'up' : 'down' });
    },
  };
}

/** Serves GET /metrics; anything else is 404. Resolves with the bound port once listening. */
export async function serveMetrics(metrics: Metrics, port: number, host: string): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') return void res.writeHead(404).end();
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  server.listen(port, host);
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
