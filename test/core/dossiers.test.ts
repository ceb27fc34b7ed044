/**
 * Ingestion on every evaluation dossier under test/eval/dossiers/ (whatever folders exist, tuning or held out):
 * each article's outlet, date and title (and author, where expected.json gives one) must come from the file
 * alone — metadata.json is left out — and no passage may contain a boilerplate string expected.json lists,
 * while every evidence quote of the dossier's questions survives cleaning.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkArticle } from '../../src/core/chunk.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import type { CleanArticle, CorpusProblem } from '../../src/core/types.js';

const ROOT = join(import.meta.dirname, '../eval/dossiers');
const dossiers = existsSync(ROOT) ? readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

interface Expected {
  articles: Record<string, { id?: string; title: string; outlet: string; date: string; author?: string | null }>;
  boilerplate?: string[];
}
interface Question {
  answers?: Array<{ article: string; evidence: string }>;
}

describe.each(dossiers)('dossier %s', (name) => {
  const folder = join(ROOT, name);
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected;
  let articles: CleanArticle[] = [];
  let problems: CorpusProblem[] = [];
  let copy = '';

  beforeAll(async () => {
    // The files alone: a metadata.json in the dossier would hide what the readers find.
    copy = mkdtempSync(join(tmpdir(), `dossier-${name}-`));
    cpSync(join(folder, 'corpus'), copy, { recursive: true, filter: (src) => !src.endsWith('metadata.json') });
    ({ articles, problems } = await loadCorpus(copy));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('GIVEN its corpus THEN every file loads, with no file skipped', () => {
    expect(problems.filter((p) => !p.warning)).toEqual([]);
    expect(articles.map((a) => a.meta.file).sort()).toEqual(Object.keys(expected.articles).sort());
  });

  it.each(Object.keys(expected.articles))('GIVEN %s THEN title, outlet, date (and author) are read from the file', (file) => {
    const want = expected.articles[file]!;
    const meta = articles.find((a) => a.meta.file === file)?.meta;
    expect(meta, `${file} not loaded`).toBeDefined();
    const got = { title: meta!.title, outlet: meta!.outlet, date: meta!.date, ...(typeof want.author === 'string' ? { author: meta!.author } : {}), ...(want.id ? { id: meta!.id } : {}) };
    const wanted = { title: want.title, outlet: want.outlet, date: want.date, ...(typeof want.author === 'string' ? { author: want.author } : {}), ...(want.id ? { id: want.id } : {}) };
    expect(got, `sources: ${JSON.stringify(meta!.metaSources)}`).toEqual(wanted);
  });

  it('GIVEN its passages THEN none contains a listed boilerplate string', () => {
    const found = articles
      .flatMap((a) => chunkArticle(a))
      .flatMap((p) => (expected.boilerplate ?? []).filter((b) => p.text.includes(b)).map((b) => `${p.id}: ${b}`));
    expect(found).toEqual([]);
  });

  it('GIVEN its questions THEN every evidence quote survives cleaning', () => {
    const path = join(folder, 'questions.json');
    const questions = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Question[]) : [];
    const missing = questions
      .flatMap((q) => q.answers ?? [])
      .filter((a) => !articles.find((x) => x.meta.id === a.article)?.paragraphs.some((p) => p.text.includes(a.evidence)))
      .map((a) => `${a.article}: ${a.evidence}`);
    expect(missing).toEqual([]);
  });
});

it('GIVEN the dossiers folder THEN at least the tuning dossier is there to test', () => {
  expect(dossiers.length).toBeGreaterThan(0);
});
