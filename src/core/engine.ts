/** The dossier engine: answers questions from the store's live generation and swaps in a new one after a reindex. */
import { citedAnswer, relevanceOf, SentenceVectors } from './answering.js';
import type { DossierEngine } from './engine-api.js';
import { DossierError, isDossierError } from './errors.js';
import { runIndexJob, storeOf, type IndexJobOptions } from './indexer.js';
import { ModelLoader } from './model-loader.js';
import { passageLabel } from './passage-label.js';
import { printable } from './printable.js';
import { validQuestion } from './question.js';
import { surfaceIndexOf } from './lexical/surface.js';
import { defaultThresholds, isAnswerable, type RelevanceSignals, type RelevanceThresholds } from './retrieval/relevance.js';
import type { FusionSettings } from './retrieval/fusion.js';
import { retrieve } from './retrieval/retrieve.js';
import type { GenerationReader, IndexStore } from './store/types.js';
import type { AskRequest, AskResult, IndexSummary, Passage, Progress, RetrievalMode, SourceDetail, SourceSummary } from './types.js';

export interface EngineOptions extends Omit<IndexJobOptions, 'onProgress'> {
  maxQuestionLength: number;
  thresholds?: RelevanceThresholds;
  /** Hybrid fusion; the calibrated default otherwise (retrieval/retrieve.ts). */
  fusion?: FusionSettings;
  /** Evaluation tools: receives what the abstention rule saw for each question. */
  onSignals?: (question: string, mode: RetrievalMode, signals: RelevanceSignals) => void;
}

/** Candidates each retriever contributes before fusion. */
const DEPTH = 50;

export class Engine implements DossierEngine {
  private running: Promise<IndexSummary> | null = null;
  /** The model's vectors of sentences already scored as answer candidates; a new cache when a reindex swaps the index in. */
  private sentenceVectors = new SentenceVectors();
  private readonly switchListeners = new Set<(generation: string) => void>();
  private stopWatching: (() => void) | null = null;
  /** The reload in progress after a switch, so two notices of one switch load the generation once. */
  private reloading: Promise<void> | null = null;

  private constructor(
    private live: GenerationReader,
    private readonly options: EngineOptions & { store: IndexStore },
    /** One model for queries and indexing, loaded on first use. */
    private readonly model: ModelLoader,
  ) {}

  /**
   * Opens the live index. With `buildIfMissing`, a missing, corrupt or incompatible index is rebuilt
   * from the corpus first (the reason is logged); otherwise the DossierError says what to run.
   */
  static async open(options: EngineOptions, { buildIfMissing = false, onProgress }: { buildIfMissing?: boolean; onProgress?: (p: Progress) => void } = {}): Promise<{ engine: Engine; built: IndexSummary | null }> {
    const model = new ModelLoader(options.getEmbedder, options.log);
    // REQUIRE_MODEL means "never answer without the model": refuse before serving anything, as the index job does.
    if (options.requireModel) await model.require();
    let built: IndexSummary | null = null;
    const store = storeOf(options);
    const withStore = { ...options, store };
    const live = await store.open().catch(async (error: unknown) => {
      if (!buildIfMissing || !isDossierError(error) || !error.code.startsWith('index_')) throw error;
      if (error.code !== 'index_missing') options.log.warn('index unusable; rebuilding it', { reason: error.message });
      built = await runIndexJob({ ...withStore, getEmbedder: () => model.require(), ...(onProgress ? { onProgress } : {}) });
      return store.open();
    });
    warmSurfaceIndex(live);
    return { engine: new Engine(live, withStore, model), built };
  }

  get reindexing(): boolean {
    return this.running !== null;
  }

  get maxQuestionLength(): number {
    return this.options.maxQuestionLength;
  }

  /** Loads the embedding model now rather than on the first question (the bot does this before it reports ready). */
  async warmUp(): Promise<void> {
    if (this.live.hasVectors) await this.model.get();
  }

  async ask(request: AskRequest, forcedMode?: RetrievalMode): Promise<AskResult> {
    const started = performance.now();
    const question = validQuestion(request.question, this.options.maxQuestionLength);
    const k = request.k ?? 5;
    if (!Number.isInteger(k) || k < 1 || k > 10) throw new DossierError('bad_k', 'k must be a whole number from 1 to 10.');
    const live = this.live; // one index for the whole question, even if a reindex swaps it meanwhile
    if (request.sourceId !== undefined && !live.articleById.has(request.sourceId)) {
      throw new DossierError('unknown_source', `No article with id "${printable(request.sourceId)}". See the list with /sources.`);
    }

    const { model, embedMs, notice } = await this.model.forQuestion(live, question, forcedMode);
    const searchStart = performance.now();
    const { mode, candidates, denseSimilarities, view } = await retrieve(live, question, model.queryVector, {
      depth: DEPTH,
      ...(this.options.fusion ? { fusion: this.options.fusion } : {}),
      ...(request.sourceId !== undefined ? { sourceId: request.sourceId } : {}),
      ...(forcedMode ? { mode: forcedMode } : {}),
    });
    const signals = await relevanceOf(view, question, { mode, candidates, denseSimilarities }, model, this.sentenceVectors);
    this.options.onSignals?.(question, mode, signals);
    const answered = isAnswerable(signals, mode, this.options.thresholds ?? defaultThresholds);
    const searchMs = Math.round(performance.now() - searchStart);
    const base = { question, mode, ...(notice ? { notice } : {}) };
    if (!answered) {
      return { ...base, answered: false, answer: null, passages: [], timings: { totalMs: Math.round(performance.now() - started), searchMs, ...(embedMs !== undefined ? { embedMs } : {}) } };
    }

    const { answer, passages } = await citedAnswer(live, view, question, candidates, k, model, this.sentenceVectors);
    return {
      ...base,
      answered: true,
      answer,
      passages,
      timings: { totalMs: Math.round(performance.now() - started), searchMs, ...(embedMs !== undefined ? { embedMs } : {}) },
    };
  }

  sources(): SourceSummary[] {
    const counts = new Map<string, number>();
    for (const p of this.live.passages) counts.set(p.articleId, (counts.get(p.articleId) ?? 0) + 1);
    return this.live.articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      date: a.date,
      author: a.author,
      passages: counts.get(a.id) ?? 0,
      ...(a.metaSources ? { metaSources: a.metaSources } : {}),
    }));
  }

  source(id: string): SourceDetail | null {
    const summary = this.sources().find((s) => s.id === id);
    if (!summary) return null;
    const own = this.live.passages.filter((p) => p.articleId === id);
    return { ...summary, passageTexts: own.map((p) => p.text), passageLabels: own.map(passageLabel) };
  }

  /** Every passage of the live index, in corpus order (for evaluation and tools). */
  passages(): readonly Passage[] {
    return this.live.passages;
  }

  async reindex(onProgress?: (progress: Progress) => void): Promise<IndexSummary> {
    if (this.running) throw new DossierError('reindex_busy', 'A reindex is already running. Wait for it to finish.');
    const job = (async () => {
      const summary = await runIndexJob({ ...this.options, getEmbedder: () => this.model.require(), ...(onProgress ? { onProgress } : {}) });
      if (!summary.upToDate) {
        // The store's switch notice may already be loading the new generation (`follow`): wait for that load instead
        // of loading it a second time; if none ran or it loaded an older one, load here (errors reach the caller).
        const before = this.live.generation;
        await this.reloading?.catch(() => {});
        if (this.live.generation === before) await (this.reloading = this.reload().finally(() => (this.reloading = null)));
      }
      return summary;
    })();
    this.running = job;
    try {
      return await job;
    } finally {
      this.running = null;
    }
  }

  /** The live generation's name. */
  get generation(): string {
    return this.live.generation;
  }

  /**
   * Follows the store: when any process's index job switches the live generation (LISTEN/NOTIFY or polling for
   * PostgreSQL, polling current.json for files), this engine loads the new one and then tells the listeners given
   * to `onGenerationSwitch`. Questions already running finish on the generation they started with. Returns stop.
   */
  watch(): () => void {
    this.stopWatching ??= this.options.store.watch((generation) => void this.follow(generation));
    return () => this.unwatch();
  }

  /** Calls `listener` with the new generation's name after this engine has switched to it (any cause). Returns remove. */
  onGenerationSwitch(listener: (generation: string) => void): () => void {
    this.switchListeners.add(listener);
    return () => this.switchListeners.delete(listener);
  }

  /** Stops watching and releases the store's connections. */
  async close(): Promise<void> {
    this.unwatch();
    await this.options.store.close();
  }

  private unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }

  /** Loads `generation` when it is not the one answering already; a failure is logged and the old one keeps serving. */
  private async follow(generation: string): Promise<void> {
    if (generation === this.live.generation) return;
    await this.reloading?.catch(() => {});
    if (generation === this.live.generation) return;
    this.reloading = this.reload().catch((error: unknown) => {
      this.options.log.warn('could not load the new index generation; still answering from the old one', { generation, reason: String((error as Error)?.message ?? error) });
    }).finally(() => (this.reloading = null));
    await this.reloading;
  }

  private async reload(): Promise<void> {
    const next = await this.options.store.open();
    warmSurfaceIndex(next); // before the switch, so no question waits for it
    const changed = next.generation !== this.live.generation;
    this.live = next;
    this.sentenceVectors = new SentenceVectors();
    if (changed) for (const listener of this.switchListeners) listener(next.generation);
  }

}

/**
 * The surface index ranks lexical mode only (retrieval/sentence-score.ts SURFACE_SHARE): built when a generation
 * without vectors opens, not on its first German question; with vectors it is built only if a question falls back
 * to lexical mode, so a hybrid bot does not pay for it at start-up or reload.
 */
function warmSurfaceIndex(live: { hasVectors: boolean; passages: readonly Passage[] }): void {
  if (!live.hasVectors) surfaceIndexOf(live.passages);
}
