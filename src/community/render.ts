/** The gap report and usage figures as plain text (the CLI prints it; Discord embeds are built from the same objects). */
import type { GapGroup, GapReport } from './gaps.js';
import type { UsageStats } from './stats.js';

/** One line per group: count, the most frequent wording, what kind, and the reasons given. */
export function gapLine(g: GapGroup): string {
  const kinds = [g.declined ? `${g.declined} declined` : '', g.downVoted ? `${g.downVoted} voted down` : ''].filter(Boolean).join(', ');
  const reasons = Object.entries(g.reasons).map(([r, n]) => `${r.replace('_', ' ')} ${n}`).join(', ');
  return `${g.count}× "${g.question}" (${kinds}${reasons ? `; ${reasons}` : ''})`;
}

export function renderGaps(report: GapReport, maxGroups = 50): string {
  const lines = [`Knowledge gaps, last ${report.days} days: ${report.groups.length} topic${report.groups.length === 1 ? '' : 's'}.`];
  for (const g of report.groups.slice(0, maxGroups)) {
    lines.push(`  ${gapLine(g)}`);
    for (const v of g.variants) lines.push(`      also: "${v}"`);
  }
  if (report.groups.length > maxGroups) lines.push(`  … and ${report.groups.length - maxGroups} more (--json lists all).`);
  lines.push(`Suggested sources: ${report.suggestions.length}.`);
  for (const s of report.suggestions) lines.push(`  ${s.atIso.slice(0, 10)} ${s.url}${s.note ? ` — ${s.note}` : ''}`);
  return lines.join('\n');
}

export function renderStats(stats: UsageStats): string {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const ms = (x: number | null) => (x === null ? '–' : `${x} ms`);
  return [
    `Usage, last ${stats.days} days: ${stats.questions} question${stats.questions === 1 ? '' : 's'}, ${pct(stats.answeredShare)} answered.`,
    `Votes: ${stats.up} 👍, ${stats.down} 👎. Latency p50 ${ms(stats.p50Ms)}, p95 ${ms(stats.p95Ms)}.`,
    `Per day: ${stats.perDay.map((d) => `${d.day} ${d.questions}`).join(', ') || '–'}`,
    `Most cited: ${stats.topArticles.map((a) => `${a.articleId} (${a.citations})`).join(', ') || '–'}`,
  ].join('\n');
}
