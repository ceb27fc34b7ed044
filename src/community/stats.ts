/** Usage figures for /stats: questions per day, answered share, votes, latency percentiles, most-cited articles. */
import { DAY_MS, type CommunityStore } from './store.js';


export interface UsageStats {
  days: number;
  questions: number;
  answeredShare: number;
  perDay: Array<{ day: string; questions: number }>;
  up: number;
  down: number;
  p50Ms: number | null;
  p95Ms: number | null;
  topArticles: Array<{ articleId: string; citations: number }>;
}

/** Figures over the last `days` days; with `guild`, of that server only. */
export function usageStats(store: CommunityStore, days: number, guild?: string): UsageStats {
  const since = store.now() - days * DAY_MS;
  const only = guild === undefined ? '' : 'AND q.guild = @guild';
  const params = { since, guild };
  const rows = store.read<Array<{ at: number; answered: number; cited: string; latency_ms: number }>>([], (db) =>
    db.prepare(`SELECT at, answered, cited, latency_ms FROM questions q WHERE at >= @since ${only}`).all(params) as never,
  );
  const votes = store.read({ up: 0, down: 0 }, (db) =>
    db
      .prepare(
        `SELECT COALESCE(SUM(v.vote = 1), 0) AS up, COALESCE(SUM(v.vote = -1), 0) AS down
           FROM votes v JOIN questions q ON q.ref = v.question_ref WHERE v.at >= @since ${only}`,
      )
      .get(params) as { up: number; down: number },
  );
  const perDay = new Map<string, number>();
  const cited = new Map<string, number>();
  for (const row of rows) {
    const day = new Date(row.at).toISOString().slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    // One citation per article per answer: five passages of one article are one vote for it.
    const articles = new Set((JSON.parse(row.cited) as string[]).map((id) => id.split('#')[0]!));
    for (const a of articles) cited.set(a, (cited.get(a) ?? 0) + 1);
  }
  const latencies = rows.map((r) => r.latency_ms).sort((a, b) => a - b);
  return {
    days,
    questions: rows.length,
    answeredShare: rows.length ? rows.filter((r) => r.answered === 1).length / rows.length : 0,
    perDay: [...perDay].sort((a, b) => a[0].localeCompare(b[0])).map(([day, questions]) => ({ day, questions })),
    up: votes.up,
    down: votes.down,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    topArticles: [...cited].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([articleId, citations]) => ({ articleId, citations })),
  };
}

/** Nearest-rank percentile of sorted values; null when there are none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
