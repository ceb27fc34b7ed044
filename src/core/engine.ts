/** The dossier engine: answers questions from the store's live generation and swaps in a new one after a reindex. */
import type { Embedder } from './embedder.js';
import type { DossierEngine } from './engine-api.js';
import { DossierError, isDossierError } from './errors.js';
import { runIndexJob, storeOf, type IndexJobOptions } from './indexer.js';
import { ModelLoader } from './model-loader.js';
import { passageLabel } from './passage-label.js';
import { printable } from './printable.js';
import { validQuestion } from './question.js';
import { sentenceSpans, type SentenceSpan } from './retrieval/answer.js';
import { answerEvidenceOf } from './retrieval/answer-type.js';
import { expectedAnswer, withoutInterrogative } from './retrieval/expected-answer.js';
import { knownNear, nameTermsOf } from './retrieval/unknown-name.js';
import { looksEnglish } from './lexical/english-query.js';
import { surfaceIndexOf } from './lexical/surface.js';
import { alsoIn, composeAnswer, distinctCandidates, extractAnswer } from './retrieval/cite.js';
import { defaultThresholds, isAnswerable, relevanceSignals, type AnswerTypeCheck, type RelevanceSignals, type RelevanceThresholds } from './retrieval/relevance.js';
import type { FusionSettings } from './retrieval/fusion.js';
import { retrieve, type Candidate } from './retrieval/retrieve.js';
import type { GenerationReader, IndexStore, QuestionView } from './store/types.js';
import type { AskRequest, AskResult, CitedPassage, IndexSummary, Passage, Progress, RetrievalMode, SourceDetail, SourceSummary } from './types.js';

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
  /**
   * Vectors of sentences already scored as answer candidates. Bounded by the corpus (not by the questions asked),
   * and emptied when a reindex swaps the index in.
   */
  private sentenceVectors = new Map<string, Float32Array>();
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

    let queryVector: Float32Array | null = null;
    let embedMs: number | undefined;
    let notice: string | undefined;
    const embedder = live.hasVectors && forcedMode !== 'lexical' ? await this.model.get() : null;
    const built = live.manifest.model;
    // Query vectors from another model live in another space: searching them against these vectors would be noise.
    const matches = embedder !== null && built !== null && embedder.modelId === built.id && embedder.dimensions === built.dimensions;
    if (matches && live.hasVectors) {
      const t = performance.now();
      queryVector = await embedder.embedQuery(question);
      embedMs = Math.round(performance.now() - t);
    } else if (forcedMode !== 'lexical') {
      notice = !built
        ? 'Lexical search only: the index was built without an embedding model (see README, "Models").'
        : embedder
          ? `Lexical search only: the index was built with ${built.id} (${built.dimensions} dims) but the configured model is ${embedder.modelId} (${embedder.dimensions} dims). Run \`npm run index\`.`
          : `Lexical search only: ${this.model.notice ?? 'the embedding model is not available.'}`;
    }

    const searchStart = performance.now();
    const { mode, candidates, denseSimilarities, view } = await retrieve(live, question, queryVector, {
      depth: DEPTH,
      ...(this.options.fusion ? { fusion: this.options.fusion } : {}),
      ...(request.sourceId !== undefined ? { sourceId: request.sourceId } : {}),
      ...(forcedMode ? { mode: forcedMode } : {}),
    });
    const similarityOf = mode === 'hybrid' ? await this.statingSimilarity(view, question, candidates, queryVector, embedder) : null;
    const signals = relevanceSignals(candidates, this.answerTypeCheck(view, question, candidates, similarityOf), denseSimilarities);
    this.options.onSignals?.(question, mode, signals);
    const answered = isAnswerable(signals, mode, this.options.thresholds ?? defaultThresholds);
    const searchMs = Math.round(performance.now() - searchStart);
    const base = { question, mode, ...(notice ? { notice } : {}) };
    if (!answered) {
      return { ...base, answered: false, answer: null, passages: [], timings: { totalMs: Math.round(performance.now() - started), searchMs, ...(embedMs !== undefined ? { embedMs } : {}) } };
    }

    const cited = distinctCandidates(view, candidates, k);
    const { pick, best } = extractAnswer(view, question, cited, await this.sentenceSimilarity(view, cited, queryVector, embedder));
    const passages = cited.map((c, i): CitedPassage => {
      const p = live.passages[c.index]!;
      const meta = live.articleById.get(p.articleId)!;
      return {
        rank: i + 1,
        score: round(c.score),
        sourceId: p.articleId,
        title: meta.title,
        outlet: meta.outlet,
        date: meta.date,
        paragraph: p.paragraph,
        paragraphEnd: p.paragraphEnd,
        label: passageLabel(p),
        text: p.text,
        highlights: [],
        alsoIn: alsoIn(view, c.index, best.get(i), candidates),
      };
    });
    return {
      ...base,
      answered: true,
      answer: composeAnswer(pick, best, passages),
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
    this.sentenceVectors = new Map();
    if (changed) for (const listener of this.switchListeners) listener(next.generation);
  }

  /**
   * The question's analysis, each candidate's sentences with the share of the question they hold, as retrieval read
   * it, and the vocabulary of its best candidates (the unknown-name check).
   */
  private answerTypeCheck(live: QuestionView, question: string, candidates: readonly Candidate[], similarityOf: ((text: string) => number) | null = null): AnswerTypeCheck {
    const words = live.lexical.queryWords(question);
    // What the sentence stating the answer should share with the question: all of it but "wie teuer", "in welchem Jahr"
    // (not when the rest no longer reads as the question's language: it would be analysed as another language).
    const restText = withoutInterrogative(question);
    const rest = looksEnglish(restText) === looksEnglish(question) ? live.lexical.queryWords(restText) : [];
    const nameTerms = nameTermsOf(live);
    return {
      ...answerEvidenceOf(live, question),
      queryWords: (text) => live.lexical.queryWords(text),
      known: knownNear(candidates.map((c) => c.index), nameTerms),
      sentencesOf: (c) => {
        const passageTerms = nameTerms(c.index);
        return live.sentencesOf(c.index).map((s) => ({
          text: s.text,
          coverage: live.lexical.coverage(words, s.terms),
          ...(rest.length ? { restCoverage: live.lexical.coverage(rest, s.terms), restCoverageWith: (extra: readonly string[]) => live.lexical.coverage(rest, new Set([...s.terms, ...extra])) } : {}),
          ...(similarityOf ? { similarity: similarityOf(s.text) } : {}),
          passageTerms,
        }));
      },
    };
  }

  /** Similarity of each of these texts to the question by the model, or null without one; vectors are cached. */
  private async textSimilarity(texts: readonly string[], queryVector: Float32Array | null, embedder: Embedder | null): Promise<((text: string) => number) | null> {
    if (!queryVector || !embedder) return null;
    const cache = this.sentenceVectors;
    const missing = [...new Set(texts.filter((s) => !cache.has(s)))];
    if (missing.length) (await embedder.embedPassages(missing)).forEach((v, i) => cache.set(missing[i]!, v));
    return (text) => (cache.has(text) ? dot(queryVector, cache.get(text)!) : 0);
  }

  /**
   * For a question that expects a figure, name or date: the model's similarity of each sentence of the first three
   * candidates, which the stated-answer check weighs (relevance.ts); null for other questions or without a model.
   */
  private async statingSimilarity(live: QuestionView, question: string, candidates: readonly Candidate[], queryVector: Float32Array | null, embedder: Embedder | null) {
    if (expectedAnswer(question) === null) return null;
    const sentences = candidates.slice(0, 3).flatMap((c) => live.sentencesOf(c.index).map((s) => s.text));
    return this.textSimilarity(sentences, queryVector, embedder);
  }

  /** Similarity of a sentence to the question by the model, or null without one; sentence vectors are cached. */
  private async sentenceSimilarity(live: QuestionView, cited: Candidate[], queryVector: Float32Array | null, embedder: Embedder | null) {
    // The extractor looks at the first three passages' sentences (see pickAnswer's depth).
    const sentences = cited.slice(0, 3).flatMap((c) => sentenceSpans(live.passages[c.index]!.text).map((s) => s.text));
    const similarity = await this.textSimilarity(sentences, queryVector, embedder);
    return similarity && ((s: SentenceSpan) => similarity(s.text));
  }

}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * The surface index ranks lexical mode only (retrieval/sentence-score.ts SURFACE_SHARE): built when a generation
 * without vectors opens, not on its first German question; with vectors it is built only if a question falls back
 * to lexical mode, so a hybrid bot does not pay for it at start-up or reload.
 */
function warmSurfaceIndex(live: { hasVectors: boolean; passages: readonly Passage[] }): void {
  if (!live.hasVectors) surfaceIndexOf(live.passages);
}
