/** Plain-text renderings of the engine's result objects, for terminals (the JSON rendering is the object itself). */
import type { AskResult, CitedPassage, IndexSummary, SourceDetail, SourceSummary } from '../../core/types.js';

export interface TextStyle {
  /** Marks the sentence(s) the answer was taken from. */
  highlight(text: string): string;
  dim(text: string): string;
}

export const plainStyle: TextStyle = { highlight: (t) => `»${t}«`, dim: (t) => t };
export const ansiStyle: TextStyle = { highlight: (t) => `\x1b[1m${t}\x1b[22m`, dim: (t) => `\x1b[2m${t}\x1b[22m` };

/** "Title · SRF · 2023-07-26 · ¶3.2" — how a passage is cited everywhere (the label /sources shows too). */
export function citation(p: Pick<CitedPassage, 'title' | 'outlet' | 'date' | 'label'>): string {
  return `${p.title} · ${p.outlet} · ${p.date} · ¶${p.label}`;
}

/** "also in: SRF ¶2, taz ¶1.2" entries. */
export const alsoInText = (p: Pick<CitedPassage, 'alsoIn'>) => p.alsoIn.map((a) => `${a.outlet} ¶${a.label}`).join(', ');

export function renderAsk(result: AskResult, style: TextStyle = plainStyle): string {
  const lines: string[] = [];
  if (result.notice) lines.push(style.dim(`(${result.notice})`));
  if (!result.answered) {
    lines.push('No passage in the dossier answers this question. Try other words, or see the articles with /sources.');
    return lines.join('\n');
  }
  lines.push(`Answer: ${result.answer}`, '');
  for (const p of result.passages) {
    const also = p.alsoIn.length ? `  (also in: ${alsoInText(p)})` : '';
    lines.push(`[${p.rank}] ${citation(p)}${also}`);
    lines.push(indent(withHighlights(p, style)), '');
  }
  lines.push(style.dim(`${result.mode} retrieval · ${result.timings.totalMs} ms`));
  return lines.join('\n');
}

export function renderSources(sources: SourceSummary[]): string {
  return sources
    .map((s) => `${s.id}\n  ${s.title}\n  ${s.outlet} · ${s.date}${s.author ? ` · ${s.author}` : ''} · ${s.passages} passages`)
    .join('\n');
}

export function renderSource(source: SourceDetail): string {
  const head = `${source.title}\n${source.outlet} · ${source.date}${source.author ? ` · ${source.author}` : ''} · id ${source.id}`;
  return [head, '', ...source.passageTexts.map((t, i) => `¶${source.passageLabels[i]} ${t}`)].join('\n');
}

export function renderIndexSummary(s: IndexSummary): string {
  const lines = [
    s.upToDate
      ? `Index is up to date: ${s.articles} articles, ${s.passages} passages (${s.mode}); nothing embedded.`
      : `Indexed ${s.articles} articles, ${s.passages} passages (${s.mode}) in ${(s.durationMs / 1000).toFixed(1)} s: ` +
        `${s.added} added, ${s.changed} changed, ${s.removed} removed, ${s.unchanged} unchanged; ` +
        `${s.embedded} embedded, ${s.reused} reused.`,
  ];
  for (const p of s.problems) lines.push(`Skipped ${p.file}: ${p.reason}`);
  if (s.notice) lines.push(s.notice);
  return lines.join('\n');
}

function withHighlights(p: CitedPassage, style: TextStyle): string {
  let out = '';
  let at = 0;
  for (const [start, end] of p.highlights) {
    out += p.text.slice(at, start) + style.highlight(p.text.slice(start, end));
    at = end;
  }
  return out + p.text.slice(at);
}

function indent(text: string): string {
  return text.replace(/^/gm, '    ');
}
