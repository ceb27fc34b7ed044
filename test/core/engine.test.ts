import { rmSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { copyOfCorpus, engineOptions, tempDir, tinyEmbedderLoader } from '../support/fixtures.js';

describe('engine, lexical (no model)', () => {
  let engine: Engine;
  let corpusDir: string;
  beforeAll(async () => {
    corpusDir = copyOfCorpus();
    ({ engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir: tempDir() }), { buildIfMissing: true }));
  });

  it('GIVEN the Korean War question THEN it answers with the death toll and cites the reporting articles', async () => {
    // Asked with "starben", the general thesaurus (issue 8) also links "verschieden" (= died, and = various), and the
    // answer sentence comes from a passage on the celebrations; the right passages stay in the top 3 (README, "Vocabulary").
    const result = await engine.ask({ question: 'Wie viele Tote gab es im Koreakrieg?' });
    expect(result.answered).toBe(true);
    expect(result.mode).toBe('lexical');
    expect(result.notice).toMatch(/Lexical search only/);
    expect(result.answer).toMatch(/Millionen/);
    expect(result.answer).toMatch(/\[1\]/);
    expect(result.passages.slice(0, 3).map((p) => p.sourceId)).toEqual(expect.arrayContaining(['nau-siegesfeier']));
    const top = result.passages[0]!;
    expect(top.highlights.length).toBeGreaterThan(0);
    const [start, end] = top.highlights[0]!;
    expect(result.answer).toContain(top.text.slice(start, end));
    // Every passage the answer cites shows the sentence that states the fact.
    const markers = [...result.answer!.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(markers.length).toBeGreaterThan(1);
    for (const rank of markers) {
      const cited = result.passages[rank - 1]!;
      expect(cited.highlights).toHaveLength(1);
      expect(cited.text.slice(...cited.highlights[0]!)).toMatch(/Millionen/);
    }
  });

  it('GIVEN a question the dossier cannot answer THEN it declines instead of citing', async () => {
    const result = await engine.ask({ question: 'Wie backe ich einen Apfelstrudel?' });
    expect(result).toMatchObject({ answered: false, answer: null, passages: [] });
  });

  it('GIVEN a fact several outlets report THEN the citation says where else it stands', async () => {
    const result = await engine.ask({ question: 'Aus welchem Anlass reiste Schoigu nach Nordkorea?', k: 5 });
    expect(result.passages.some((p) => p.alsoIn.length > 0)).toBe(true);
    for (const p of result.passages) for (const a of p.alsoIn) expect(a.sourceId).not.toBe(p.sourceId);
  });

  it('GIVEN a source filter THEN only that article is cited', async () => {
    const result = await engine.ask({ question: 'Schoigu Besuch', sourceId: 'taz-allianz', k: 10 });
    expect(result.passages.length).toBeGreaterThan(0);
    expect(new Set(result.passages.map((p) => p.sourceId))).toEqual(new Set(['taz-allianz']));
  });

  it.each([
    ['', 'question_empty'],
    [' \n\t ', 'question_empty'],
    ['x'.repeat(301), 'question_too_long'],
  ])('GIVEN the question %j THEN it is refused with %s before any search', async (question, code) => {
    await expect(engine.ask({ question })).rejects.toMatchObject({ code });
  });

  it('GIVEN bad k or an unknown source THEN a clear error', async () => {
    await expect(engine.ask({ question: 'Schoigu', k: 11 })).rejects.toMatchObject({ code: 'bad_k' });
    await expect(engine.ask({ question: 'Schoigu', sourceId: 'bild' })).rejects.toMatchObject({ code: 'unknown_source', message: expect.stringMatching(/\/sources/) });
  });

  it('GIVEN sources THEN all five articles with titles, outlets, dates and passage counts', () => {
    const sources = engine.sources();
    expect(sources.map((s) => s.id)).toEqual(['bluenews-schoigu', 'srf-schulterschluss', 'taz-allianz', 'staatsgast', 'nau-siegesfeier']);
    for (const s of sources) {
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.date).toMatch(/^2023-07/);
      expect(s.passages).toBeGreaterThan(2);
    }
    expect(engine.source('taz-allianz')?.passageTexts.length).toBe(sources[2]!.passages);
    expect(engine.source('nope')).toBeNull();
  });

  it('GIVEN a reindex THEN asks keep working meanwhile, a second reindex is refused, and new text is found right after', async () => {
    appendFileSync(join(corpusDir, '003_d9f6056cd9229062.txt'), '\n\nDer Zirkusdirektor Quastenflosser eröffnete am Abend eine Ausstellung über Seidenraupen in Pjöngjang, berichtete die Agentur.\n');
    const reindex = engine.reindex();
    expect(engine.reindexing).toBe(true);
    await expect(engine.reindex()).rejects.toMatchObject({ code: 'reindex_busy' });
    const during = await engine.ask({ question: 'Wie viele Menschen starben im Koreakrieg?' });
    expect(during.answered).toBe(true);
    const summary = await reindex;
    expect(summary).toMatchObject({ added: 1, upToDate: false });
    expect(engine.reindexing).toBe(false);
    const after = await engine.ask({ question: 'Was eröffnete der Zirkusdirektor Quastenflosser?' });
    expect(after.answered).toBe(true);
    expect(after.passages[0]!.text).toMatch(/Quastenflosser/);
  });

  it('GIVEN a reindex that fails THEN the old index keeps serving', async () => {
    for (const f of readdirSync(corpusDir)) rmSync(join(corpusDir, f));
    writeFileSync(join(corpusDir, 'broken.txt'), Buffer.from([0, 1, 2, 0]));
    await expect(engine.reindex()).rejects.toMatchObject({ code: 'corpus_empty', message: expect.stringMatching(/Nothing was changed/) });
    expect((await engine.ask({ question: 'Wie viele Menschen starben im Koreakrieg?' })).answered).toBe(true);
    expect(engine.sources()).toHaveLength(5);
  });
});

describe('engine, hybrid (tiny generated model through transformers.js)', () => {
  it('GIVEN a model THEN questions are answered in hybrid mode with the query embedded', async () => {
    const getEmbedder = await tinyEmbedderLoader();
    const { engine, built } = await Engine.open(engineOptions({ corpusDir: copyOfCorpus(), embeddingsDir: tempDir(), getEmbedder }), { buildIfMissing: true });
    expect(built?.mode).toBe('hybrid');
    const result = await engine.ask({ question: 'Wie viele Menschen starben im Koreakrieg?' });
    expect(result.mode).toBe('hybrid');
    expect(result.notice).toBeUndefined();
    expect(result.timings.embedMs).toBeGreaterThanOrEqual(0);
    expect(result.answered).toBe(true);
    expect(result.passages.length).toBeLessThanOrEqual(5);
  });
});

describe('engine, index built with another model', () => {
  it('GIVEN a configured model other than the index was built with THEN it answers lexically and says what to run', async () => {
    const corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    const tiny = await tinyEmbedderLoader();
    await Engine.open(engineOptions({ corpusDir, embeddingsDir, getEmbedder: tiny }), { buildIfMissing: true });
    // Same dimensions, another model id: dimensions alone would not notice.
    const other = async () => {
      const real = await tiny();
      return { modelId: 'other/model', dimensions: real.dimensions, embedPassages: real.embedPassages.bind(real), embedQuery: real.embedQuery.bind(real) };
    };
    const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir, getEmbedder: other }));
    const result = await engine.ask({ question: 'Wie viele Menschen starben im Koreakrieg?' });
    expect(result.mode).toBe('lexical');
    expect(result.notice).toMatch(/built with test\/tiny-bert \(32 dims\) but the configured model is other\/model .*npm run index/);
  });
});
