/**
 * An engine that also follows reindexes run by OTHER processes (the other shards, a second replica, `npm run index`):
 * it polls the index's current.json and, when another generation became current, opens it and answers from it.
 * Interim, with the same `watch()` / `onGenerationSwitch()` / `generation` as the storage interface's engine (which
 * follows the store itself: LISTEN/NOTIFY for PostgreSQL, polling for files): once that engine is merged, the bot
 * opens it instead and this file goes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Embedder } from './embedder.js';
import type { DossierEngine } from './engine-api.js';
import { Engine, type EngineOptions } from './engine.js';
import type { AskRequest, Progress } from './types.js';

/** How often current.json is read: one small file, so a switch reaches every process within about this long. */
export const FOLLOW_POLL_MS = 1_000;

/** The generation current.json names; null when there is none yet or it is being replaced (the next poll reads it). */
async function currentGeneration(root: string): Promise<string | null> {
  try {
    const generation = (JSON.parse(await readFile(join(root, 'current.json'), 'utf8')) as { generation?: unknown }).generation;
    return typeof generation === 'string' ? generation : null;
  } catch {
    return null;
  }
}

/** An Engine that swaps itself for a freshly opened one whenever another process switched the index. */
export class FollowingEngine implements DossierEngine {
  private timer: NodeJS.Timeout | null = null;
  private reloading = false;
  private readonly switchListeners = new Set<(generation: string) => void>();

  private constructor(
    private engine: Engine,
    private seen: string | null,
    private readonly options: EngineOptions,
    private readonly pollMs: number,
  ) {}

  /** Opens the engine (building a missing index when asked); `watch()` starts following other processes. */
  static async open(options: EngineOptions, open: Parameters<typeof Engine.open>[1] = {}, pollMs = FOLLOW_POLL_MS) {
    // One model for every engine this process opens: a switch must not load the model a second time.
    let loading: Promise<Embedder> | null = null;
    const getEmbedder = () => (loading ??= options.getEmbedder().catch((error: unknown) => ((loading = null), Promise.reject(error))));
    const shared = { ...options, getEmbedder };
    const { engine, built } = await Engine.open(shared, open);
    return { engine: new FollowingEngine(engine, await currentGeneration(options.embeddingsDir), shared, pollMs), built };
  }

  /** The live generation's name, as far as this process knows (null before the first index). */
  get generation(): string | null {
    return this.seen;
  }

  /** Polls current.json until the returned function is called; never keeps the process alive on its own. */
  watch(): () => void {
    this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
    return () => {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
    };
  }

  /** Calls `listener` with the new generation's name after this engine has switched to it (any cause). Returns remove. */
  onGenerationSwitch(listener: (generation: string) => void): () => void {
    this.switchListeners.add(listener);
    return () => this.switchListeners.delete(listener);
  }

  /** Checks current.json once; exposed for tests that do not want to wait for the timer. */
  async poll(): Promise<void> {
    if (this.reloading || this.engine.reindexing) return; // our own reindex swaps its engine itself
    const generation = await currentGeneration(this.options.embeddingsDir);
    if (!generation || generation === this.seen) return;
    this.reloading = true;
    try {
      const { engine } = await Engine.open(this.options);
      await engine.warmUp();
      this.engine = engine;
      this.switched(generation);
    } catch (error) {
      // The old generation keeps serving; the next poll tries again.
      this.options.log.warn('could not load the new index generation; still answering from the old one', { generation, reason: String((error as Error)?.message ?? error) });
    } finally {
      this.reloading = false;
    }
  }

  private switched(generation: string | null): void {
    if (generation === null || generation === this.seen) return;
    this.seen = generation;
    for (const listener of this.switchListeners) listener(generation);
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
      this.switched(await currentGeneration(this.options.embeddingsDir));
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
