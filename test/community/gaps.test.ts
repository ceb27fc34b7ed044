import { describe, expect, it } from 'vitest';
import { gapReport } from '../../src/community/gaps.js';
import { groupByWording } from '../../src/community/group-wording.js';
import { usageStats } from '../../src/community/stats.js';
import { CommunityStore } from '../../src/community/store.js';
import { silentLogger } from '../../src/core/log.js';

describe('knowledge gaps', () => {
  it('GIVEN items with overlapping terms THEN similar wordings share a group and others do not', () => {
    const groups = groupByWording([
      { question: 'a', terms: ['apfel', 'back', 'strudel'] },
      { question: 'b', terms: ['apfel', 'strudel', 'rezept'] },
      { question: 'c', terms: ['wetter', 'morgen'] },
      { question: 'd', terms: ['apfel', 'strudel'] },
      { question: 'e', terms: [] },
      { question: 'E!', terms: [] },
    ]);
    expect(groups.map((g) => g.items.map((i) => i.question))).toEqual([['a', 'b', 'd'], ['c'], ['e', 'E!']]);
  });

  it('GIVEN declined, down-voted and good answers THEN the report groups only the gaps, with counts and reasons', () => {
    let now = Date.UTC(2026, 5, 1);
    const store = CommunityStore.open({ path: ':memory:', log: silentLogger, now: () => now });
    const ask = (ref: string, question: string, answered: boolean) =>
      store.recordQuestion({ ref, guild: 'g', userId: ref, question, mode: 'lexical', answered, cited: answered ? ['srf-x#2'] : [], latencyMs: 5 });
    ask('1', 'Wie backe ich einen Apfelstrudel?', false);
    ask('2', 'Wie backt man Apfelstrudel?', false);
    ask('3', 'Apfelstrudel backen wie?', false);
    ask('4', 'Wer ist Schoigu?', true);
    ask('5', 'Wann reiste Schoigu ab?', true);
    store.vote('5', 'u1', -1);
    store.explainVote('5', 'u1', 'answer_missing', '');
    ask('6', 'Wer ist Kim?', true);
    store.vote('6', 'u1', 1);
    store.suggest({ guild: 'g', userId: 'u2', url: 'https://example.org/strudel', note: 'Rezept' });
    now -= 0; // all within the window
    const report = gapReport(store, 7);
    expect(report.groups.map((g) => [g.count, g.declined, g.downVoted])).toEqual([[3, 3, 0], [1, 0, 1]]);
    expect(report.groups[0]!.variants).toHaveLength(2);
    expect(report.groups[1]).toMatchObject({ question: 'Wann reiste Schoigu ab?', reasons: { answer_missing: 1 } });
    expect(report.suggestions).toMatchObject([{ url: 'https://example.org/strudel', note: 'Rezept' }]);
    now += 8 * 86_400_000;
    expect(gapReport(store, 7).groups).toEqual([]);

    now -= 8 * 86_400_000;
    const stats = usageStats(store, 7);
    expect(stats).toMatchObject({ questions: 6, up: 1, down: 1, p50Ms: 5, p95Ms: 5 });
    expect(stats.answeredShare).toBeCloseTo(0.5);
    expect(stats.topArticles).toEqual([{ articleId: 'srf-x', citations: 3 }]);
  });

  it('GIVEN questions from two servers THEN a server sees only its own gaps, suggestions and figures', () => {
    const store = CommunityStore.open({ path: ':memory:', log: silentLogger });
    const ask = (ref: string, guild: string, question: string) =>
      store.recordQuestion({ ref, guild, userId: ref, question, mode: 'lexical', answered: false, cited: [], latencyMs: 5 });
    ask('a', 'g1', 'Wie backe ich einen Apfelstrudel?');
    ask('b', 'g2', 'Wo liegt Atlantis?');
    store.vote('b', 'u', -1);
    store.suggest({ guild: 'g2', userId: 'u', url: 'https://example.org/atlantis', note: '' });
    expect(gapReport(store, 7, 'g1').groups.map((g) => g.question)).toEqual(['Wie backe ich einen Apfelstrudel?']);
    expect(gapReport(store, 7, 'g1').suggestions).toEqual([]);
    expect(gapReport(store, 7, 'g2').suggestions).toHaveLength(1);
    expect(gapReport(store, 7).groups).toHaveLength(2);
    expect(usageStats(store, 7, 'g1')).toMatchObject({ questions: 1, down: 0 });
    expect(usageStats(store, 7, 'g2')).toMatchObject({ questions: 1, down: 1 });
    expect(usageStats(store, 7)).toMatchObject({ questions: 2, down: 1 });
  });
});
