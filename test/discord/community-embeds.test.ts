import { describe, expect, it } from 'vitest';
import type { GapReport } from '../../src/community/gaps.js';
import { gapsEmbed, statsEmbed } from '../../src/transports/discord/community-embeds.js';

const size = (e: any) => (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);

describe('community embeds', () => {
  it('GIVEN 500 long topics and 200 suggestions THEN /gaps fits every Discord limit and says how many were left out', () => {
    const report: GapReport = {
      days: 7,
      since: '2026-01-01T00:00:00.000Z',
      groups: Array.from({ length: 500 }, (_, i) => ({ question: `${'Sehr lange Frage über Nordkorea '.repeat(12)}${i} @everyone`, count: 500 - i, declined: 500 - i, downVoted: 0, variants: [], reasons: {}, lastAt: '2026-01-02T00:00:00.000Z' })),
      suggestions: Array.from({ length: 200 }, (_, i) => ({ at: 0, guild: 'g', url: `https://example.org/${'x'.repeat(200)}/${i}`, note: 'Notiz '.repeat(40), atIso: '2026-01-01T00:00:00.000Z' })),
    };
    const embed = gapsEmbed(report);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description).toMatch(/\n… and \d+ more \(dossier gaps --json lists all\)\.$/);
    expect(embed.description).not.toMatch(/@everyone/);
    expect(embed.fields![0]!.value.length).toBeLessThanOrEqual(1024);
    expect(size(embed)).toBeLessThanOrEqual(6000);
  });

  it('GIVEN no data THEN /gaps and /stats say so plainly', () => {
    expect(gapsEmbed({ days: 7, since: '', groups: [], suggestions: [] })).toMatchObject({ description: 'No declined or down-voted questions in this period.', fields: [{ value: 'None.' }] });
    const stats = statsEmbed({ days: 30, questions: 0, answeredShare: 0, perDay: [], up: 0, down: 0, p50Ms: null, p95Ms: null, topArticles: [] });
    expect(stats.description).toBe('0 questions, 0 % answered · 0 👍 / 0 👎 · latency p50 –, p95 –');
  });
});
