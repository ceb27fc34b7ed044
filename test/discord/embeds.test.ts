import { describe, expect, it } from 'vitest';
import type { AskResult, CitedPassage } from '../../src/core/types.js';
import { askEmbed, sourceEmbed, sourcesEmbed } from '../../src/transports/discord/embeds.js';
import { excerpt } from '../../src/transports/discord/excerpt.js';
import { clip } from '../../src/transports/discord/limits.js';

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
const size = (e: any) => (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);
/** Every word of `out` (markers and escapes removed) is a whole word of `source`. */
const wholeWords = (out: string, source: string) => {
  const plain = (s: string) => s.replace(/\\|\u200b|\*/g, '');
  const known = new Set(plain(source).split(/\s+/));
  const shown = plain(out.replace(/\nalso in:.*$/s, '')).replace(/…/g, ' ');
  return shown.split(/\s+/).filter(Boolean).every((w) => known.has(w));
};

function passage(rank: number, text: string, highlight: [number, number] | null): CitedPassage {
  return {
    rank, score: 1, sourceId: `a${rank}`, title: `Titel ${'Ü'.repeat(300)}`, outlet: 'taz', date: '2023-07-27', paragraph: rank, paragraphEnd: rank, label: String(rank), text,
    highlights: highlight ? [highlight] : [],
    alsoIn: Array.from({ length: 40 }, (_, i) => ({ sourceId: `b${i}`, outlet: `Outlet${i}`, paragraph: i + 1, label: String(i + 1) })),
  };
}

describe('embeds within Discord limits', () => {
  it('GIVEN ten huge passages, a huge answer and notice THEN every limit holds and no word is broken', () => {
    const text = `${words(2_000, 'vor')} Die **Antwort** steht _hier_ mit @everyone. ${words(2_000, 'nach')}`;
    const start = text.indexOf('Die **Antwort**');
    const end = text.indexOf('@everyone.') + '@everyone.'.length;
    const result: AskResult = {
      question: `${'Frage '.repeat(60)}?`, answered: true, answer: `${words(2_000, 'antwort')} [1]`, mode: 'hybrid',
      passages: Array.from({ length: 10 }, (_, i) => passage(i + 1, text, i % 2 ? null : [start, end])),
      timings: { totalMs: 12, searchMs: 3 }, notice: 'n'.repeat(5_000),
    };
    const embed = askEmbed(result);
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.footer!.text.length).toBeLessThanOrEqual(2048);
    expect(embed.fields!.length).toBeGreaterThan(0);
    expect(embed.fields!.length).toBeLessThanOrEqual(25);
    expect(size(embed)).toBeLessThanOrEqual(6000);
    for (const f of embed.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeLessThanOrEqual(1024);
      expect(wholeWords(f.value, text)).toBe(true);
    }
    const highlighted = embed.fields![0]!.value;
    expect(highlighted).toMatch(/^…vor\d+ .*\*\*Die \\\*\\\*Antwort\\\*\\\* steht \\_hier\\_ mit @\u200beveryone\.\*\* nach0 .*…\n/s);
    expect(highlighted).toContain('also in: Outlet0 ¶1, Outlet1 ¶2');
  });

  it('GIVEN one short passage THEN it is quoted whole, highlight in bold', () => {
    const text = 'Erster Satz. Zweiter Satz mit der Antwort. Dritter Satz.';
    expect(excerpt(text, [[13, 42]], 1024)).toBe('Erster Satz. **Zweiter Satz mit der Antwort.** Dritter Satz.');
  });

  it('GIVEN a highlight longer than the budget THEN the bold part is cut at a word with "…"', () => {
    const text = `Anfang. ${words(500, 'h')}. Ende.`;
    const out = excerpt(text, [[8, text.length - 6]], 200);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out).toMatch(/^(…)?\*\*h0 h1 .*h\d+…\*\*$/);
  });

  it('GIVEN text without spaces THEN clip still stays within the limit', () => {
    expect(clip('x'.repeat(5_000), 100).length).toBeLessThanOrEqual(100);
    expect(clip('kurz', 100)).toBe('kurz');
  });

  it('GIVEN many sources and a huge article THEN list and detail stay within limits', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `id-${i}`, title: `T ${'x'.repeat(400)}`, outlet: 'SRF', date: '2023-07-26', author: null, passages: 3 }));
    const list = sourcesEmbed(many);
    expect(list.fields).toHaveLength(25);
    expect(list.title).toMatch(/40 articles \(showing 25\)/);
    expect(size(list)).toBeLessThanOrEqual(6000);
    const detail = sourceEmbed({ ...many[0]!, passageTexts: Array.from({ length: 50 }, () => words(400, 'p')), passageLabels: Array.from({ length: 50 }, (_, i) => String(i + 1)) });
    expect(size(detail)).toBeLessThanOrEqual(6000);
    for (const f of detail.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);
  });
});
