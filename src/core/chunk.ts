/**
 * Chunking: passages are whole paragraphs, so a citation always points at text a reader can find.
 * Very short paragraphs join a neighbour (alone they carry too little context to retrieve well); very long
 * ones split at sentence boundaries, each part keeping its paragraph number.
 */
import { createHash } from 'node:crypto';
import type { CleanArticle, CleanParagraph, Passage } from './types.js';

/** Length bounds for passages, in characters. */
export interface ChunkOptions {
  /** Paragraphs shorter than this join a neighbour (default 120). */
  minChars?: number;
  /** Paragraphs longer than this split at sentence boundaries (default 1200). */
  maxChars?: number;
}

interface Group {
  paragraph: number;
  paragraphEnd: number;
  section: string | null;
  lastSection: string | null;
  texts: string[];
}

/** Separates merged paragraphs inside one passage. */
const PARAGRAPH_BREAK = '\n\n';

/** Cuts one article into passages with stable ids (`article#3`, split parts `article#3.2`) and sha256 hashes. */
export function chunkArticle(article: CleanArticle, options: ChunkOptions = {}): Passage[] {
  const minChars = options.minChars ?? 120;
  const maxChars = options.maxChars ?? 1200;
  const articleId = article.meta.id;
  return mergeShort(article.paragraphs, minChars, maxChars).flatMap((group) => {
    const text = group.texts.join(PARAGRAPH_BREAK);
    const parts = group.texts.length === 1 && text.length > maxChars ? splitLong(text, maxChars) : [text];
    return parts.map((part, k) => {
      const suffix = parts.length > 1 ? `.${k + 1}` : '';
      const paragraphEnd = parts.length > 1 ? group.paragraph : group.paragraphEnd;
      return {
        id: `${articleId}#${group.paragraph}${suffix}`,
        articleId,
        paragraph: group.paragraph,
        paragraphEnd,
        section: group.section,
        text: part,
        hash: createHash('sha256').update(part).digest('hex'),
      };
    });
  });
}

/**
 * A short paragraph prefers the following paragraph of the same section, then the previous one of the same
 * section, then any neighbour. It stays alone when every join would exceed maxChars: a long neighbour is split
 * later, and a join would blur which paragraph a split part belongs to.
 */
function mergeShort(paragraphs: CleanParagraph[], minChars: number, maxChars: number): Group[] {
  const groups: Group[] = [];
  const size = (group: Group): number => group.texts.join(PARAGRAPH_BREAK).length;
  let carry: Group | null = null;
  paragraphs.forEach((p, i) => {
    const n = i + 1;
    const group: Group = carry
      ? { ...carry, paragraphEnd: n, lastSection: p.section, texts: [...carry.texts, p.text] }
      : { paragraph: n, paragraphEnd: n, section: p.section, lastSection: p.section, texts: [p.text] };
    carry = null;
    if (size(group) >= minChars) return void groups.push(group);
    const next = paragraphs[i + 1];
    const prev = groups[groups.length - 1];
    const fitsNext = next !== undefined && size(group) + PARAGRAPH_BREAK.length + next.text.length <= maxChars;
    const fitsPrev = prev !== undefined && size(prev) + PARAGRAPH_BREAK.length + size(group) <= maxChars;
    const appendToPrev = (): void => {
      prev!.texts.push(...group.texts);
      prev!.paragraphEnd = group.paragraphEnd;
      prev!.lastSection = group.lastSection;
    };
    if (fitsNext && next.section === group.lastSection) carry = group;
    else if (fitsPrev && prev.lastSection === group.section) appendToPrev();
    else if (fitsNext) carry = group;
    else if (fitsPrev) appendToPrev();
    else groups.push(group);
  });
  return groups;
}

/** Packs whole sentences into parts of roughly equal length, none longer than maxChars unless one sentence is. */
function splitLong(text: string, maxChars: number): string[] {
  const spans = sentenceSpans(text);
  const target = text.length / Math.ceil(text.length / maxChars);
  const parts: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const current = parts[parts.length - 1];
    const full = current && (end - current[0] > maxChars || current[1] - current[0] >= target);
    if (!current || full) parts.push([start, end]);
    else current[1] = end;
  }
  return parts.map(([start, end]) => text.slice(start, end));
}

// ---------------------------------------------------------------- German-aware sentence splitting

/** Words that end with a period without ending the sentence ("St. Gallen", "Nr. 5", "Dr. Kim"). */
const ABBREVIATIONS = new Set([
  'St', 'Nr', 'Dr', 'Prof', 'bzw', 'ca', 'vgl', 'evtl', 'ggf', 'inkl', 'sog', 'Mio', 'Mrd', 'Jh', 'Abs', 'Art',
  'Hr', 'Fr', 'Str', 'gem', 'bspw', 'Tel', 'Bd', 'Kap', 'Mr', 'Mrs', 'Ms', 'Gen', 'Sept', 'Okt', 'Dez',
]);
/** Closing quotes or brackets may follow the sentence's punctuation. */
const CANDIDATE = /([.!?…]+["“”»«’')\]]*)\s+|\n\s*\n/g;

/** Character ranges [start, end) of the sentences in `text`, trimmed; blank lines always end a sentence. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start < end) spans.push([start, end]);
  };
  let start = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const punctuation = match[1];
    const after = match.index + match[0].length;
    if (punctuation !== undefined && !endsSentence(text, match.index, punctuation, after)) continue;
    push(start, punctuation === undefined ? match.index : match.index + punctuation.length);
    start = after;
  }
  push(start, text.length);
  return spans;
}

/** Splits text into sentences, keeping "z. B.", "St. Gallen", "Nr. 5", "Dr. Kim" and "27. Juli" intact. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map(([start, end]) => text.slice(start, end));
}

function endsSentence(text: string, at: number, punctuation: string, next: number): boolean {
  const following = text[next];
  if (following === undefined) return true;
  // A new sentence starts with a capital, a digit or an opening quote; "ca. drei" or "… und" do not.
  if (!/[\p{Lu}\d„«»"‚'(\[]/u.test(following)) return false;
  if (punctuation !== '.') return true;
  const word = text.slice(0, at).match(/[\p{L}\d.]+$/u)?.[0] ?? '';
  if (/^\p{L}$/u.test(word)) return false; // "z. B.", "u. a.", initials "J. Biden"
  if (/^\p{L}(\.\p{L})+$/u.test(word)) return false; // "z.B", "d.h"
  if (ABBREVIATIONS.has(word)) return false;
  // Up to three digits before a period are an ordinal ("27. Juli", "70. Jahrestag"); four are a year ending a sentence.
  return !/^\d{1,3}$/.test(word);
}
