/**
 * Answering one question once retrieval has its candidates: the answer-type check the abstention rule reads
 * (relevance.ts), and the cited passages with the answer sentence drawn from them (cite.ts). The engine calls
 * `relevanceOf`, then, when it answers, `citedAnswer`; the model's sentence vectors are cached in `SentenceVectors`.
 */
import type { QuestionModel } from './model-loader.js';
import { passageLabel } from './passage-label.js';
import { sentenceSpans, type SentenceSpan } from './retrieval/answer.js';
import { refersBack } from './retrieval/anaphora.js';
import { answerEvidenceOf } from './retrieval/answer-type.js';
import { alsoIn, composeAnswer, distinctCandidates, extractAnswer } from './retrieval/cite.js';
import { expectedAnswer, withoutInterrogative } from './retrieval/expected-answer.js';
import { relevanceSignals, type AnswerTypeCheck, type RelevanceSignals } from './retrieval/relevance.js';
import type { Candidate } from './retrieval/retrieve.js';
import { knownNear, nameTermsOf } from './retrieval/unknown-name.js';
import { looksEnglish } from './lexical/english-query.js';
import type { GenerationReader, QuestionView } from './store/types.js';
import type { CitedPassage, RetrievalMode } from './types.js';

/** What retrieval found for one question (retrieval/retrieve.ts). */
export interface Retrieved {
  mode: RetrievalMode;
  candidates: Candidate[];
  denseSimilarities: readonly number[];
}

/**
 * Vectors of sentences already scored as answer candidates. Bounded by the corpus (not by the questions asked);
 * the engine starts a new one when a reindex swaps the index in.
 */
export class SentenceVectors {
  private readonly cache = new Map<string, Float32Array>();

  /** Similarity of each of these texts to the question by the model, or null without one; vectors are cached. */
  async similarity(texts: readonly string[], { queryVector, embedder }: QuestionModel): Promise<((text: string) => number) | null> {
    if (!queryVector || !embedder) return null;
    const cache = this.cache;
    const missing = [...new Set(texts.filter((s) => !cache.has(s)))];
    if (missing.length) (await embedder.embedPassages(missing)).forEach((v, i) => cache.set(missing[i]!, v));
    return (text) => (cache.has(text) ? dot(queryVector, cache.get(text)!) : 0);
  }
}

/** What the abstention rule sees for the question: the candidates' signals with the answer-type check. */
export async function relevanceOf(view: QuestionView, question: string, { mode, candidates, denseSimilarities }: Retrieved, model: QuestionModel, vectors: SentenceVectors): Promise<RelevanceSignals> {
  const similarityOf = mode === 'hybrid' ? await statingSimilarity(view, question, candidates, model, vectors) : null;
  return relevanceSignals(candidates, answerTypeCheck(view, question, candidates, similarityOf), denseSimilarities);
}

/**
 * The question's analysis, each candidate's sentences with the share of the question they hold, as retrieval read
 * it, and the vocabulary of its best candidates (the unknown-name check).
 */
export function answerTypeCheck(live: QuestionView, question: string, candidates: readonly Candidate[], similarityOf: ((text: string) => number) | null = null): AnswerTypeCheck {
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
      const all = live.sentencesOf(c.index);
      return all.map((s, i) => {
        // A demonstrative pronoun's referent stands in the sentence before (anaphora.ts): its terms count as the sentence's.
        const held = i > 0 && refersBack(s.text) ? new Set([...s.terms, ...all[i - 1]!.terms]) : s.terms;
        return {
          text: s.text,
          coverage: live.lexical.coverage(words, held),
          ...(rest.length ? { restCoverage: live.lexical.coverage(rest, held), restCoverageWith: (extra: readonly string[]) => live.lexical.coverage(rest, new Set([...held, ...extra])) } : {}),
          ...(similarityOf ? { similarity: similarityOf(s.text) } : {}),
          passageTerms,
          article: live.passages[c.index]!.articleId,
        };
      });
    },
  };
}

/**
 * The first `k` distinct candidates as cited passages (their texts and articles from `live`) and the answer drawn
 * from their sentences; null answer when none states one.
 */
export async function citedAnswer(
  live: Pick<GenerationReader, 'passages' | 'articleById'>,
  view: QuestionView,
  question: string,
  candidates: Candidate[],
  k: number,
  model: QuestionModel,
  vectors: SentenceVectors,
): Promise<{ answer: string | null; passages: CitedPassage[] }> {
  const cited = distinctCandidates(view, candidates, k);
  const { pick, best } = extractAnswer(view, question, cited, await sentenceSimilarity(view, cited, model, vectors));
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
  return { answer: composeAnswer(pick, best, passages), passages };
}

/**
 * For a question that expects a figure, name or date: the model's similarity of each sentence of the first three
 * candidates, which the stated-answer check weighs (relevance.ts); null for other questions or without a model.
 */
async function statingSimilarity(live: QuestionView, question: string, candidates: readonly Candidate[], model: QuestionModel, vectors: SentenceVectors) {
  if (expectedAnswer(question) === null) return null;
  const sentences = candidates.slice(0, 3).flatMap((c) => live.sentencesOf(c.index).map((s) => s.text));
  return vectors.similarity(sentences, model);
}

/** Similarity of a sentence to the question by the model, or null without one; sentence vectors are cached. */
async function sentenceSimilarity(live: QuestionView, cited: Candidate[], model: QuestionModel, vectors: SentenceVectors) {
  // The extractor looks at the first three passages' sentences (see pickAnswer's depth).
  const sentences = cited.slice(0, 3).flatMap((c) => sentenceSpans(live.passages[c.index]!.text).map((s) => s.text));
  const similarity = await vectors.similarity(sentences, model);
  return similarity && ((s: SentenceSpan) => similarity(s.text));
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
