import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../../bench/dossiers.js';
import { loadQuestions } from '../../bench/eval-metrics.js';
import { sentenceSpans } from '../../src/core/chunk.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { chunkArticle } from '../../src/core/chunk.js';
import { generationDir, readCurrentGeneration } from '../../src/core/index-store.js';
import { runIndexJob } from '../../src/core/indexer.js';
import { buildLexicalData, decodeLexical, encodeLexical, searchableText } from '../../src/core/lexical-file.js';
import { buildVocabulary, createAnalyzer, type Analyzer, type QueryWord } from '../../src/core/lexical/analyzer.js';
import { bm25, DEFAULT_BM25_PARAMS } from '../../src/core/lexical/bm25.js';
import type { Bm25Index } from '../../src/core/lexical/bm25-index.js';
import { infinitiveStemTable } from '../../src/core/lexical/strong-verbs.js';
import { lexicalIndexFrom, openLiveIndex } from '../../src/core/live-index.js';
import type { Passage } from '../../src/core/types.js';
import { copyOfCorpus, engineOptions, tempDir } from '../support/fixtures.js';

/**
 * The search as it was before the index was stored and searched top-k: every matching passage scored in a Map,
 * coverage for each, a full sort, with an analyzer built afresh from the texts. Kept here as the reference the stored
 * index (its analyzer from the stored vocabulary and thesaurus slice, its top-k search) must equal bit for bit.
 */
function exhaustiveSearch(texts: string[], fresh: Analyzer, index: Bm25Index, query: string, k: number, filter?: (i: number) => boolean) {
  const { postings, lengths, avg } = freshPostings(texts, fresh);
  const words: QueryWord[] = fresh.analyzeQuery!(query);
  const weights = new Map<string, number>();
  for (const w of words) for (const { term, weight } of w.terms) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
  const hits = new Map<number, { index: number; score: number; coverage: number; matchedTerms: string[] }>();
  for (const [term, weight] of weights) {
    const docs = postings.get(term);
    for (const [i, tf] of docs ?? []) {
      if (filter && !filter(i)) continue;
      const hit = hits.get(i) ?? { index: i, score: 0, coverage: 0, matchedTerms: [] };
      hit.score += weight * bm25(tf, docs!.size, texts.length, lengths[i]!, avg, DEFAULT_BM25_PARAMS);
      hit.matchedTerms.push(term);
      hits.set(i, hit);
    }
  }
  for (const hit of hits.values()) hit.coverage = index.coverage(words, new Set(hit.matchedTerms), 'reference'); // a hit's coverage: idf over the reference size
  return [...hits.values()].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, k);
}

/** The fresh analyzer's postings of `texts`, built once per analyzer (analysis is deterministic; per question it was most of the time). */
const postingsByAnalyzer = new WeakMap<Analyzer, { postings: Map<string, Map<number, number>>; lengths: number[]; avg: number }>();
function freshPostings(texts: string[], fresh: Analyzer) {
  let built = postingsByAnalyzer.get(fresh);
  if (!built) {
    const postings = new Map<string, Map<number, number>>();
    const lengths = texts.map((text, i) => {
      const terms = fresh.analyze(text);
      for (const t of terms) postings.set(t, (postings.get(t) ?? new Map()).set(i, (postings.get(t)?.get(i) ?? 0) + 1));
      return terms.length;
    });
    postingsByAnalyzer.set(fresh, (built = { postings, lengths, avg: lengths.reduce((a, b) => a + b, 0) / texts.length }));
  }
  return built;
}

async function passagesOf(corpus: string): Promise<Passage[]> {
  return (await loadCorpus(corpus)).articles.flatMap((a) => chunkArticle(a));
}

describe('stored lexical index', () => {
  const { dossiers } = loadDossiers();
  it('GIVEN the eval dossiers THEN there are several to compare on', () => {
    expect(dossiers.length).toBeGreaterThanOrEqual(2);
  });

  // One test per dossier, so the time allowed grows with the dossiers (twelve took 123 s together under load).
  it.each(dossiers.map((d) => [d.name, d] as const))('GIVEN the %s dossier THEN the stored top-k search equals the exhaustive one bit for bit, filtered or not', async (_name, dossier) => {
    {
      const passages = await passagesOf(dossier.corpus);
      const live = lexicalIndexFrom(decodeLexical(encodeLexical(buildLexicalData(passages))), passages);
      const texts = passages.map(searchableText);
      const fresh = createAnalyzer(buildVocabulary(texts));
      // English senses are chosen by the passages a term is in (english-senses.ts): the fresh analyzer reads them from its own postings.
      fresh.useDocuments?.((term) => [...(freshPostings(texts, fresh).postings.get(term)?.keys() ?? [])].sort((a, b) => a - b));
      const article = passages[0]!.articleId;
      const filter = (i: number) => passages[i]!.articleId === article;
      for (const { question } of loadQuestions(dossier.questions)) {
        expect(live.analyzer.analyzeQuery!(question)).toEqual(fresh.analyzeQuery!(question));
        expect(live.lexical.search(question, 50)).toEqual(exhaustiveSearch(texts, fresh, live.lexical, question, 50));
        expect(live.lexical.search(question, 5, filter)).toEqual(exhaustiveSearch(texts, fresh, live.lexical, question, 5, filter));
      }
    }
  }, 60_000);

  it('GIVEN a stored index THEN sentences and passage terms equal a fresh analysis of the text', async () => {
    const passages = await passagesOf(copyOfCorpus());
    const stored = decodeLexical(encodeLexical(buildLexicalData(passages)));
    // The strong-verb table travels with the index, so a new process need not stem the whole verb list.
    expect(new Map(stored.verbTable)).toEqual(infinitiveStemTable());
    expect(stored.verbTable.length).toBeGreaterThan(1000);
    const live = lexicalIndexFrom(stored, passages);
    const fresh = createAnalyzer(buildVocabulary(passages.map(searchableText)));
    passages.forEach((p, i) => {
      expect(live.passageTermsOf(i)).toEqual(new Set(fresh.analyze(p.text)));
      const heading = p.section ? fresh.analyze(p.section) : [];
      const expected = sentenceSpans(p.text).map(([s, e]) => ({
        text: p.text.slice(s, e),
        start: s,
        terms: new Set([...heading, ...fresh.analyze(p.text.slice(s, e))]),
        ownTerms: new Set(fresh.analyze(p.text.slice(s, e))),
      }));
      expect(live.sentencesOf(i)).toEqual(expected);
    });
    // The stored analyzer (vocabulary and thesaurus slice) reads questions exactly as one built from the text.
    for (const q of ['Was werfen die USA Nordkorea vor?', 'Wie viele Menschen starben im Koreakrieg?', 'Who is the defence minister?']) {
      expect(live.analyzer.analyzeQuery!(q)).toEqual(fresh.analyzeQuery!(q));
    }
  });

  it('GIVEN an index written in the previous format THEN opening it says so and the next job rebuilds it', async () => {
    const options = engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir: tempDir() });
    await runIndexJob(options);
    const { manifest } = await readCurrentGeneration(options.embeddingsDir);
    const path = join(generationDir(options.embeddingsDir, manifest.generation), 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"formatVersion": \d+/, '"formatVersion": 1'));
    await expect(openLiveIndex(options.embeddingsDir)).rejects.toMatchObject({ code: 'index_incompatible', message: expect.stringMatching(/format 1.*npm run index/) });
    expect(await runIndexJob(options)).toMatchObject({ upToDate: false });
    expect((await openLiveIndex(options.embeddingsDir)).lexical.size).toBeGreaterThan(0);
  });

  it('GIVEN a damaged lexical.bin THEN the checksum names it', async () => {
    const options = engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir: tempDir() });
    await runIndexJob(options);
    const { manifest } = await readCurrentGeneration(options.embeddingsDir);
    const path = join(generationDir(options.embeddingsDir, manifest.generation), 'lexical.bin');
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    writeFileSync(path, bytes);
    await expect(openLiveIndex(options.embeddingsDir)).rejects.toMatchObject({ code: 'index_corrupt', message: expect.stringMatching(/lexical\.bin is damaged/) });
    expect(() => decodeLexical(Buffer.from('not an index'))).toThrow(/not a lexical index/);
  });
});
