/** Progress of a long job as edits of a deferred reply: at most one per interval, sent in order. */
import type { Progress } from '../../core/types.js';

/** "Embedding 12/60" and friends. */
export function progressText(p: Progress): string {
  if (p.stage === 'embed') return `Embedding ${p.done}/${p.total} passages…`;
  if (p.stage === 'write') return 'Writing the new index…';
  return `Reading the corpus${p.total ? ` (${p.done}/${p.total} articles)` : ''}…`;
}

/**
 * Calls `edit` with the latest progress no more often than every `intervalMs`; edits never overlap, and
 * `settled()` resolves once the last one is done, so the final reply cannot be overtaken by a late progress edit.
 */
export function throttledProgress(edit: (text: string) => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void) {
  let last = -Infinity;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    update(p: Progress): void {
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      chain = chain.then(() => edit(progressText(p))).catch(onError);
    },
    settled: () => chain,
  };
}
