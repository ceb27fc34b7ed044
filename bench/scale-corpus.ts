/**
 * Generates a news-like German corpus of a given size for the scale benchmark: new articles recombined from the real
 * sentences of the tuning dossiers' articles (never the held-out one). Each article has its own title, outlet, date
 * and author in front matter and 3–8 paragraphs of 1–4 sentences drawn at random; some figures are varied, so a
 * large corpus has the vocabulary, the repeated phrases and the spread of paragraph lengths real news has.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkArticle, sentenceSpans } from '../src/core/chunk.js';
import { loadCorpus } from '../src/core/corpus/load.js';

const OUTLETS = ['Tagesblatt', 'Abendpost', 'Nordkurier', 'Rundschau', 'Morgenecho', 'Stadtanzeiger', 'Landeszeitung', 'Wochenspiegel'];
const AUTHORS = ['Anna Berger', 'Jonas Keller', 'Miriam Lang', 'Paul Vogt', 'Sara Yilmaz', 'Tobias Roth', null];

/** mulberry32: small and seedable, so every run generates the same corpus. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The distinct sentences (40–400 characters) of the given corpora's articles. */
export async function sentencePool(corpusDirs: string[]): Promise<string[]> {
  const pool = new Set<string>();
  for (const dir of corpusDirs) {
    for (const article of (await loadCorpus(dir)).articles) {
      for (const passage of chunkArticle(article)) {
        for (const [start, end] of sentenceSpans(passage.text)) {
          const sentence = passage.text.slice(start, end);
          if (sentence.length >= 40 && sentence.length <= 400) pool.add(sentence);
        }
      }
    }
  }
  return [...pool];
}

/** Writes articles with about `paragraphs` paragraphs in total into `dir` (one front-matter text file each). */
export function writeCorpus(dir: string, pool: readonly string[], paragraphs: number, seed = 1): { articles: number; paragraphs: number } {
  mkdirSync(dir, { recursive: true });
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // A figure changes in one sentence of five: real reports of one topic differ in their numbers and dates.
  const vary = (sentence: string) => (random() < 0.2 ? sentence.replace(/\d+/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + random()))))) : sentence);
  let written = 0;
  let articles = 0;
  while (written < paragraphs) {
    const count = Math.min(paragraphs - written, 3 + Math.floor(random() * 6));
    const body = Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => vary(pick(pool))).join(' '));
    const title = pick(pool).split(' ').slice(0, 4 + Math.floor(random() * 6)).join(' ').replace(/[,.:;]$/, '');
    const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const author = pick(AUTHORS);
    const front = ['---', `title: "${title.replace(/"/g, "'")}"`, `outlet: ${pick(OUTLETS)}`, `date: ${date}`, ...(author ? [`author: ${author}`] : []), '---'];
    writeFileSync(join(dir, `a${String(articles).padStart(6, '0')}.txt`), `${front.join('\n')}\n${body.join('\n\n')}\n`);
    written += count;
    articles++;
  }
  return { articles, paragraphs: written };
}
