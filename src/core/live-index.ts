/** The index a running process answers from: a stored generation plus its in-memory lexical and vector indexes. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError } from './errors.js';
import { generationDir, RAW_VECTORS_FILE, readCurrentGeneration, type Manifest } from './index-store.js';
import { decodeLexical, LEXICAL_FILE, type LexicalData, type Rows } from './lexical-file.js';
import { createAnalyzer, type Analyzer } from './lexical/analyzer.js';
import { Bm25Index } from './lexical/bm25-index.js';
import { useInfinitiveStemTable } from './lexical/strong-verbs.js';
import { thesaurusFromSlice } from './lexical/thesaurus.js';
import type { ArticleMeta, Passage } from './types.js';
import { VectorIndex } from './vector-index.js';

/** A passage sentence and its analysed terms, the section heading's terms added (the heading names the topic). */
export interface IndexedSentence {
  text: string;
  /** Where the sentence starts in its passage's text. */
  start: number;
  terms: ReadonlySet<string>;
  /** The terms of the sentence's own text (no heading): what answer extraction compares. */
  ownTerms: ReadonlySet<string>;
}

export interface LiveIndex {
  manifest: Manifest;
  articles: ArticleMeta[];
  articleById: Map<string, ArticleMeta>;
  passages: Passage[];
  analyzer: Analyzer;
  lexical: Bm25Index;
  /** The terms of a passage's text: compared across passages on every question (duplicates, "also in"). */
  passageTermsOf(index: number): ReadonlySet<string>;
  /** A passage's sentences in order (for sentence-level ranking and answer checks). */
  sentencesOf(index: number): readonly IndexedSentence[];
  /** null for a lexical-only generation. */
  vectors: VectorIndex | null;
  /** The raw vectors (float32, passage order) for exact search; null for a lexical-only generation. */
  rawVectorsPath: string | null;
  /** An article's passages as [from, to) when they are contiguous (they are when the index job wrote them). */
  articleRange(articleId: string): [number, number] | undefined;
}

/** Loads the live generation of `root`. Throws DossierError when it is missing, corrupt or unreadable. */
export async function openLiveIndex(root: string): Promise<LiveIndex> {
  const stored = await readCurrentGeneration(root);
  const { manifest, articles, passages } = stored;
  const vectors =
    stored.vectorsPath && manifest.model
      ? VectorIndex.load(stored.vectorsPath, manifest.model.dimensions, passages.length, manifest.hnsw ?? {})
      : null;
  let data: LexicalData;
  try {
    data = decodeLexical(await readFile(join(generationDir(root, manifest.generation), LEXICAL_FILE)));
    if (data.postings.docLengths.length !== passages.length || data.sentenceRows.length !== passages.length + 1) throw new Error(`${LEXICAL_FILE} does not match the passages`);
  } catch (error) {
    throw new DossierError('index_corrupt', `The index in ${root}/ is corrupt: ${(error as Error).message}. Run \`npm run index\` to rebuild it.`);
  }
  const rawVectorsPath = vectors ? join(generationDir(root, manifest.generation), RAW_VECTORS_FILE) : null;
  const ranges = articleRanges(passages);
  return {
    manifest, articles, articleById: new Map(articles.map((a) => [a.id, a])), passages, ...lexicalIndexFrom(data, passages),
    vectors, rawVectorsPath, articleRange: (id) => ranges.get(id),
  };
}

/** Each article's passage range, for the articles whose passages are contiguous. */
function articleRanges(passages: readonly Passage[]): Map<string, [number, number]> {
  const ranges = new Map<string, [number, number]>();
  const broken = new Set<string>();
  passages.forEach(({ articleId }, i) => {
    const range = ranges.get(articleId);
    if (!range) ranges.set(articleId, [i, i + 1]);
    else if (range[1] === i) range[1] = i + 1;
    else broken.add(articleId);
  });
  for (const id of broken) ranges.delete(id);
  return ranges;
}

/** The lexical side over stored data: the analyzer from the stored vocabulary, sets built per passage only when asked for. */
export function lexicalIndexFrom(data: LexicalData, passages: readonly Passage[]): Pick<LiveIndex, 'analyzer' | 'lexical' | 'passageTermsOf' | 'sentencesOf'> {
  useInfinitiveStemTable(data.verbTable);
  const analyzer = createAnalyzer([], {}, { ...data.vocabulary, thesaurus: thesaurusFromSlice(data.thesaurus) });
  const terms = [...data.postings.terms, ...data.extraTerms];
  const setOf = (rows: Rows, row: number, set = new Set<string>()) => {
    for (let i = rows.starts[row]!; i < rows.starts[row + 1]!; i++) set.add(terms[rows.ids[i]!]!);
    return set;
  };
  // A question looks at ~50 passages; sets for all of them would cost hundreds of MB at 100,000 passages.
  const passageTermsOf = cached((i) => setOf(data.passageTerms, i));
  const sentencesOf = cached((i): IndexedSentence[] => {
    if (i < 0 || i >= passages.length) return [];
    const text = passages[i]!.text;
    const sentences: IndexedSentence[] = [];
    const heading = setOf(data.headingTerms, i);
    for (let s = data.sentenceRows[i]!; s < data.sentenceRows[i + 1]!; s++) {
      const start = data.sentenceSpans[2 * s]!;
      sentences.push({ text: text.slice(start, data.sentenceSpans[2 * s + 1]), start, terms: setOf(data.sentenceTerms, s, new Set(heading)), ownTerms: setOf(data.sentenceTerms, s) });
    }
    return sentences;
  });
  return { analyzer, lexical: new Bm25Index(analyzer, data.postings), passageTermsOf, sentencesOf };
}

/** A per-passage value computed on first use and kept for the next questions, up to a bound. */
function cached<T>(compute: (index: number) => T, max = 5000): (index: number) => T {
  const values = new Map<number, T>();
  return (index) => {
    let value = values.get(index);
    if (value === undefined) {
      if (values.size >= max) values.clear();
      values.set(index, (value = compute(index)));
    }
    return value;
  };
}
