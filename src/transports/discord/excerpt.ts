/** A passage quoted around its highlighted sentence(s), in **bold**, cut cleanly with "…" to fit a budget. */
import { clip, cutEnd, cutStart, inert, inertClip } from './limits.js';

/**
 * Keeps the highlight whole if it fits and spends what is left on the text before and after it, half each
 * (the unused part of one side goes to the other). All corpus text is escaped; the result is ≤ `max`.
 */
export function excerpt(text: string, highlights: ReadonlyArray<readonly [number, number]>, max: number): string {
  if (highlights.length === 0) return inertClip(text, max);
  // Adjacent answer sentences form one range; bold it as a whole.
  const start = Math.min(...highlights.map((h) => h[0]));
  const end = Math.max(...highlights.map((h) => h[1]));
  const mid = text.slice(start, end).trim();
  const before = text.slice(0, start).trimEnd();
  const after = text.slice(end).trimStart();
  for (let budget = max; budget > 8; ) {
    const out = render(before, mid, after, budget);
    if (out.length <= max) return out;
    budget -= Math.max(1, out.length - max);
  }
  return inertClip(text, max);
}

function render(before: string, mid: string, after: string, budget: number): string {
  const bold = clip(mid, budget - 4);
  let left = budget - 4 - bold.length;
  const afterWanted = after ? after.length + 1 : 0;
  const beforeBudget = Math.min(before ? before.length + 1 : 0, Math.max(Math.floor(left / 2), left - afterWanted));
  const head = side(before, beforeBudget - 1, 'start');
  left -= head ? head.length + 1 : 0;
  const tail = bold.length < mid.length ? '' : side(after, left - 1, 'end');
  return [head && inert(head), `**${inert(bold)}**`, tail && inert(tail)].filter(Boolean).join(' ');
}

/** The part of `text` next to the highlight that fits `max`, marked with "…" where it was cut. */
function side(text: string, max: number, keep: 'start' | 'end'): string {
  if (!text || max <= 1) return '';
  if (text.length <= max) return text;
  const cut = keep === 'start' ? cutStart(text, max - 1) : cutEnd(text, max - 1);
  if (!cut) return '';
  return keep === 'start' ? `…${cut}` : `${cut}…`;
}
