/** The gap report and usage figures as Discord embeds, within every limit; member text is made inert. */
import type { APIEmbed } from 'discord.js';
import type { GapReport } from '../../community/gaps.js';
import { gapLine } from '../../community/render.js';
import type { UsageStats } from '../../community/stats.js';
import { LIMITS, clip, inertClip } from './limits.js';

const COLOR = 0x2b6cb0;

/** Lines that fit `max` characters together; says how many were left out. */
function fitLines(lines: string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const more = `… and ${lines.length - i} more (dossier gaps --json lists all).`;
    if (used + line.length + 1 > max - more.length - 1) return [...out, more].join('\n');
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}

export function gapsEmbed(report: GapReport): APIEmbed {
  const topics = report.groups.map((g) => `• ${inertClip(gapLine(g), 300)}`);
  const suggestions = report.suggestions.map((s) => `• ${s.atIso.slice(0, 10)} <${clip(s.url, 300)}>${s.note ? ` — ${inertClip(s.note, 200)}` : ''}`);
  return {
    title: `Knowledge gaps, last ${report.days} days`,
    color: COLOR,
    description: topics.length ? fitLines(topics, 3_000) : 'No declined or down-voted questions in this period.',
    fields: [{ name: `Suggested sources (${report.suggestions.length})`, value: suggestions.length ? fitLines(suggestions, LIMITS.fieldValue) : 'None.' }],
    footer: { text: 'Grouped by similar wording. Members suggest sources with /suggest.' },
  };
}

export function statsEmbed(stats: UsageStats): APIEmbed {
  const ms = (x: number | null) => (x === null ? '–' : `${x} ms`);
  const perDay = stats.perDay.slice(-14).map((d) => `${d.day}: ${d.questions}`).join('\n') || '–';
  const top = stats.topArticles.map((a) => `${clip(a.articleId, 80)} (${a.citations})`).join('\n') || '–';
  return {
    title: `Usage, last ${stats.days} days`,
    color: COLOR,
    description: `${stats.questions} question${stats.questions === 1 ? '' : 's'}, ${Math.round(stats.answeredShare * 100)} % answered · ${stats.up} 👍 / ${stats.down} 👎 · latency p50 ${ms(stats.p50Ms)}, p95 ${ms(stats.p95Ms)}`,
    fields: [
      { name: 'Questions per day', value: clip(perDay, LIMITS.fieldValue), inline: true },
      { name: 'Most cited articles', value: clip(top, LIMITS.fieldValue), inline: true },
    ],
  };
}
