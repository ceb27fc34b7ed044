/** The index a running process answers from: a stored generation plus its in-memory lexical and vector indexes. */
import { sentenceSpans } from './chunk.js';
import { readCurrentGeneration, type Manifest } from './index-store.js';
import { buildVocabulary, createAnalyzer, type Analyzer } from './lexical/analyzer.js';
import { Bm25Index } from './lexical/bm25.js';
import type { ArticleMeta, Passage } from './types.js';
import { VectorIndex } from './vector-index.js';

/** A passage sentence and its analysed terms, the section heading's terms added (the heading names the topic). */
export interface IndexedSentence {
  text: string;
  terms: ReadonlySet<string>;
}

export interface LiveIndex {
  manifest: Manifest;
  articles: ArticleMeta[];
  articleById: Map<string, ArticleMeta>;
  passages: Passage[];
  analyzer: Analyzer;
  lexical: Bm25Index;
  /** Per passage, the terms of its text: compared across passages on every question (duplicates, "also in"). */
  passageTerms: ReadonlyArray<ReadonlySet<string>>;
  /** Per passage, its sentences in order (for sentence-level ranking and answer checks). */
  sentences: ReadonlyArray<readonly IndexedSentence[]>;
  /** null for a lexical-only generation. */
  vectors: VectorIndex | null;
}

/** Loads the live generation of `root`. Throws DossierError when it is missing, corrupt or unreadable. */
export async function openLiveIndex(root: string): Promise<LiveIndex> {
  const stored = await readCurrentGeneration(root);
  const { manifest, articles, passages } = stored;
  const vectors =
    stored.vectorsPath && manifest.model
      ? VectorIndex.load(stored.vectorsPath, manifest.model.dimensions, passages.length, manifest.hnsw ?? {})
      : null;
  return { manifest, articles, articleById: new Map(articles.map((a) => [a.id, a])), passages, ...lexicalIndexOf(passages), vectors };
}

/** The lexical side is cheap to build, so it is rebuilt at load rather than stored. */
export function lexicalIndexOf(passages: Passage[]): Pick<LiveIndex, 'analyzer' | 'lexical' | 'sentences' | 'passageTerms'> {
  const texts = passages.map(searchableText);
  const analyzer = createAnalyzer(buildVocabulary(texts));
  const sentences = passages.map((p) => {
    const heading = p.section ? analyzer.analyze(p.section) : [];
    return sentenceSpans(p.text).map(([start, end]): IndexedSentence => {
      const text = p.text.slice(start, end);
      return { text, terms: new Set([...heading, ...analyzer.analyze(text)]) };
    });
  });
  const passageTerms = passages.map((p) => new Set(analyzer.analyze(p.text)));
  return { analyzer, lexical: Bm25Index.build(texts, analyzer), sentences, passageTerms };
}

/** A passage's section heading is searchable too: it often names the topic the paragraph leaves implicit. */
const searchableText = (p: Passage) => (p.section ? `${p.section}\n${p.text}` : p.text);
