/** The knowledge-gap report: declined and down-voted questions of the last N days, grouped by wording, plus suggestions. */
import { DAY_MS, type CommunityStore } from './store.js';
import { groupByWording } from './group-wording.js';
import type { Suggestion } from './types.js';


export interface GapGroup {
  /** The most frequent wording in the group. */
  question: string;
  count: number;
  declined: number;
  downVoted: number;
  /** Up to three other wordings. */
  variants: string[];
  /** Reasons given in the 👎 form, with counts. */
  reasons: Record<string, number>;
  lastAt: string;
}

export interface GapReport {
  days: number;
  since: string;
  groups: GapGroup[];
  suggestions: Array<Suggestion & { atIso: string }>;
}

interface GapRow {
  question: string;
  terms: string;
  at: number;
  answered: number;
  down: number;
  up: number;
  reasons: string | null;
}

/**
 * Builds the report from the store; empty when the database is unusable. With `guild`, only that server's questions
 * and suggestions: an admin of one server never sees what members of another asked.
 */
export function gapReport(store: CommunityStore, days: number, guild?: string): GapReport {
  const since = store.now() - days * DAY_MS;
  const only = guild === undefined ? '' : 'AND guild = @guild';
  const params = { since, guild };
  const rows = store.read<GapRow[]>([], (db) =>
    db
      .prepare(
        `SELECT q.question, q.terms, q.at, q.answered,
                COALESCE(SUM(v.vote = -1), 0) AS down, COALESCE(SUM(v.vote = 1), 0) AS up, GROUP_CONCAT(v.reason) AS reasons
           FROM questions q LEFT JOIN votes v ON v.question_ref = q.ref
          WHERE q.at >= @since ${only.replace('guild', 'q.guild')}
          GROUP BY q.id
         HAVING q.answered = 0 OR down > up
          ORDER BY q.at DESC`,
      )
      .all(params) as GapRow[],
  );
  const suggestions = store.read<Suggestion[]>([], (db) =>
    db.prepare(`SELECT at, guild, url, note FROM suggestions WHERE at >= @since ${only} ORDER BY at DESC`).all(params) as Suggestion[],
  );
  const items = rows.map((r) => ({ ...r, terms: r.terms ? r.terms.split(' ') : [] }));
  const groups = groupByWording(items).map((g): GapGroup => {
    const wordings = new Map<string, number>();
    const reasons: Record<string, number> = {};
    for (const item of g.items) {
      wordings.set(item.question, (wordings.get(item.question) ?? 0) + 1);
      for (const reason of item.reasons?.split(',') ?? []) reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
    const ranked = [...wordings].sort((a, b) => b[1] - a[1]).map(([w]) => w);
    return {
      question: ranked[0]!,
      count: g.items.length,
      declined: g.items.filter((i) => i.answered === 0).length,
      downVoted: g.items.filter((i) => i.answered === 1).length,
      variants: ranked.slice(1, 4),
      reasons,
      lastAt: new Date(g.items.reduce((last, i) => Math.max(last, i.at), -Infinity)).toISOString(),
    };
  });
  groups.sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
  return {
    days,
    since: new Date(since).toISOString(),
    groups,
    suggestions: suggestions.map((s) => ({ ...s, atIso: new Date(s.at).toISOString() })),
  };
}
