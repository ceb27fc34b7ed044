/**
 * An engine that also follows reindexes run by OTHER processes (the other shards, a second replica, `npm run index`):
 * it polls the index's current.json and, when another generation became current, opens it and answers from it.
 * Interim: once the storage interface's `store.watch()` (LISTEN/NOTIFY for PostgreSQL, polling for files) makes the
 * engine reload itself, this wrapper goes and the bot uses the engine directly.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Embedder } from './embedder.js';
import type { DossierEngine } from './engine-api.js';
import { Engine, type EngineOptions } from './engine.js';
import type { AskRequest, Progress } from './types.js';

/** How often current.json is read: one small file, so a switch reaches every process within about this long. */
export const FOLLOW_POLL_MS = 1_000;

/** The generation current.json names (null when there is none yet or it cannot be read), and when it was written. */
async function currentPointer(root: string): Promise<{ generation: string; writtenAt: number } | null> {
  const path = join(root, 'current.json');
  try {
    const [raw, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    const generation = (JSON.parse(raw) as { generation?: unknown }).generation;
    return typeof generation === 'string' ? { generation, writtenAt: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** An Engine that swaps itself for a freshly opened one whenever another process switched the index. */
export class FollowingEngine implements DossierEngine {
  private timer: NodeJS.Timeout | null = null;
  private reloading = false;

  private constructor(
    private engine: Engine,
    private seen: string | null,
    private readonly options: EngineOptions,
  ) {}

  /** Opens the engine (building a missing index when asked) and starts following; `stop()` ends the polling. */
  static async open(options: EngineOptions, open: Parameters<typeof Engine.open>[1] = {}, pollMs = FOLLOW_POLL_MS) {
    // One model for every engine this process opens: a switch must not load the model a second time.
    let loading: Promise<Embedder> | null = null;
    const getEmbedder = () => (loading ??= options.getEmbedder().catch((error: unknown) => ((loading = null), Promise.reject(error))));
    const shared = { ...options, getEmbedder };
    const { engine, built } = await Engine.open(shared, open);
    const following = new FollowingEngine(engine, (await currentPointer(options.embeddingsDir))?.generation ?? null, shared);
    following.timer = setInterval(() => void following.poll(), pollMs);
    following.timer.unref();
    return { engine: following, built };
  }

  /** Checks current.json once; exposed for tests that do not want to wait for the timer. */
  async poll(): Promise<void> {
    if (this.reloading || this.engine.reindexing) return; // our own reindex swaps its engine itself
    const pointer = await currentPointer(this.options.embeddingsDir);
    if (!pointer || pointer.generation === this.seen) return;
    this.reloading = true;
    try {
      const { engine } = await Engine.open(this.options);
      await engine.warmUp();
      this.engine = engine;
      this.seen = pointer.generation;
      this.options.log.info('answering from a generation another process switched to', {
        generation: pointer.generation,
        switchDelayMs: Math.round(Date.now() - pointer.writtenAt),
      });
    } catch (error) {
      // The old generation keeps serving; the next poll tries again.
      this.options.log.warn('could not open the new index generation; still answering from the previous one', { error: String((error as Error).message ?? error) });
    } finally {
      this.reloading = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  ask(request: AskRequest) {
    return this.engine.ask(request);
  }
  sources() {
    return this.engine.sources();
  }
  source(id: string) {
    return this.engine.source(id);
  }
  async reindex(onProgress?: (progress: Progress) => void) {
    if (this.engine.reindexing) return this.engine.reindex(); // rejects with reindex_busy
    this.reloading = true; // the generation our own job switches to is not news to poll()
    try {
      const summary = await this.engine.reindex(onProgress);
      this.seen = (await currentPointer(this.options.embeddingsDir))?.generation ?? this.seen;
      return summary;
    } finally {
      this.reloading = false;
    }
  }
  warmUp() {
    return this.engine.warmUp();
  }
  get reindexing() {
    return this.engine.reindexing;
  }
  get maxQuestionLength() {
    return this.engine.maxQuestionLength;
  }
}
