/** A one-line progress bar on a terminal; silent when the stream is not a TTY (logs and CI stay clean). */
import type { Progress } from '../../core/types.js';

const labels: Record<Progress['stage'], string> = { load: 'Reading corpus', embed: 'Embedding', write: 'Writing index' };

export interface ProgressBar {
  update(progress: Progress): void;
  /** Clears the line so the summary starts on a clean one. */
  done(): void;
}

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = Date.now();
  let drawn = false;
  return {
    update({ stage, done, total }) {
      const width = 28;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(ratio * width);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      stream.write(`\r${labels[stage].padEnd(15)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${seconds}s\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
