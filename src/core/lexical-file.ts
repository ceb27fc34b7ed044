/**
 * The lexical index as the index job builds it and a generation stores it (`lexical.bin`): postings, document
 * lengths, each passage's terms, each sentence's span and terms, each section heading's terms, and what the analyzer
 * derived from the corpus vocabulary (with the corpus's slice of the thesaurus), plus the strong-verb table (general,
 * ~130 ms to build at the first question otherwise). Loading it reads typed arrays; no text is analysed again. Derived
 * from data/lexicon too: after changing those files, rebuild the index.
 *
 * Layout: "DLEX", u32 header length, a JSON header listing the sections ({ name, kind, offset, length }), then the
 * sections, each 4-byte aligned: u32 arrays little-endian, or UTF-8 text (term lists joined by "\n").
 */
import { sentenceSpans } from './chunk.js';
import { buildVocabulary, createAnalyzer, type PreparedVocabulary } from './lexical/analyzer.js';
import { buildPostings, type Postings } from './lexical/postings.js';
import { infinitiveStemTable } from './lexical/strong-verbs.js';
import { releaseThesaurusAfter, thesaurusInUse, thesaurusSlice } from './lexical/thesaurus.js';
import type { Passage } from './types.js';

export const LEXICAL_FILE = 'lexical.bin';
const MAGIC = 'DLEX';

/** Lists of ids in compressed-row form: row r is `ids[starts[r] .. starts[r+1])`. */
export interface Rows {
  starts: Uint32Array;
  ids: Uint32Array;
}

/** Everything answering needs from the text side, in arrays. */
export interface LexicalData {
  postings: Postings;
  /** Terms no posting holds but a passage or sentence row names (term id = postings.terms.length + position). */
  extraTerms: string[];
  /** Per passage, the distinct term ids of its text (without the section heading). */
  passageTerms: Rows;
  /** Per passage, its sentence rows: sentences `sentenceRows.starts[p] .. starts[p+1]`. */
  sentenceRows: Uint32Array;
  /** Per sentence, [start, end) in its passage's text. */
  sentenceSpans: Uint32Array;
  /** Per sentence, the distinct term ids of its text. */
  sentenceTerms: Rows;
  /** Per passage, the distinct term ids of its section heading (a sentence is ranked with them). */
  headingTerms: Rows;
  vocabulary: Omit<PreparedVocabulary, 'thesaurus'>;
  /** The corpus's thesaurus slice (see `thesaurusSlice`). */
  thesaurus: string;
  /** Strong verb forms' stems → their infinitive's stem, as `infinitiveStemTable` builds it from data/lexicon. */
  verbTable: Array<[string, string]>;
}

/** A passage's section heading is searchable too: it often names the topic the paragraph leaves implicit. */
export const searchableText = (p: Passage) => (p.section ? `${p.section}\n${p.text}` : p.text);

/** Analyses the passages once: the index job's lexical step. */
export function buildLexicalData(passages: readonly Passage[]): LexicalData {
  const texts = passages.map(searchableText);
  // The thesaurus (~130 MB while read) is read last, for its slice, once the analysis's own memory is freed.
  const analyzer = createAnalyzer(buildVocabulary(texts), { preload: false });
  const postings = buildPostings(texts, analyzer);
  const ids = new Map(postings.terms.map((term, id) => [term, id]));
  const extraTerms: string[] = [];
  const idOf = (term: string) => ids.get(term) ?? (ids.set(term, postings.terms.length + extraTerms.push(term) - 1), ids.get(term)!);
  const passageTerms = new RowsBuilder();
  const sentenceTerms = new RowsBuilder();
  const headingTerms = new RowsBuilder();
  const sentenceRows = new Uint32Array(passages.length + 1);
  const spans: number[] = [];
  passages.forEach((p, i) => {
    passageTerms.push(new Set(analyzer.analyze(p.text)), idOf);
    headingTerms.push(new Set(p.section ? analyzer.analyze(p.section) : []), idOf);
    const sentences = sentenceSpans(p.text);
    for (const [start, end] of sentences) {
      spans.push(start, end);
      sentenceTerms.push(new Set(analyzer.analyze(p.text.slice(start, end))), idOf);
    }
    sentenceRows[i + 1] = sentenceRows[i]! + sentences.length;
  });
  const vocabulary = analyzer.prepared!();
  const known = new Set(vocabulary.corpusTerms);
  return {
    postings,
    extraTerms,
    passageTerms: passageTerms.done(),
    sentenceRows,
    sentenceSpans: Uint32Array.from(spans),
    sentenceTerms: sentenceTerms.done(),
    headingTerms: headingTerms.done(),
    vocabulary,
    thesaurus: thesaurusSliceOnce((stem) => known.has(stem)),
    verbTable: [...infinitiveStemTable()],
  };
}

/** How long the whole thesaurus stays in memory after a slice was cut from it (see `releaseThesaurusAfter`). */
const THESAURUS_KEPT_MS = 60_000;

/**
 * The slice, with the whole thesaurus released soon afterwards unless this process uses it as a whole: a long-running
 * bot reindexes now and then and answers from the stored slice, so it need not keep ~100 MB it no longer reads;
 * builds within `THESAURUS_KEPT_MS` of each other share one read.
 */
function thesaurusSliceOnce(keep: (stem: string) => boolean): string {
  const slice = thesaurusSlice(keep);
  if (!thesaurusInUse()) releaseThesaurusAfter(THESAURUS_KEPT_MS);
  return slice;
}

class RowsBuilder {
  private starts = [0];
  private ids: number[] = [];
  push(terms: Iterable<string>, idOf: (term: string) => number): void {
    for (const term of terms) this.ids.push(idOf(term));
    this.starts.push(this.ids.length);
  }
  done(): Rows {
    return { starts: Uint32Array.from(this.starts), ids: Uint32Array.from(this.ids) };
  }
}

type Section = { name: string; kind: 'u32' | 'text'; offset: number; length: number };

/** The bytes of `lexical.bin`. */
export function encodeLexical(data: LexicalData): Buffer {
  const { postings: p, vocabulary: v } = data;
  const parts: Array<[string, Uint32Array | string]> = [
    ['terms', p.terms.join('\n')], ['extraTerms', data.extraTerms.join('\n')],
    ['starts', p.starts], ['docs', p.docs], ['tfs', p.tfs], ['docLengths', p.docLengths],
    ['passageTermStarts', data.passageTerms.starts], ['passageTermIds', data.passageTerms.ids],
    ['sentenceRows', data.sentenceRows], ['sentenceSpans', data.sentenceSpans],
    ['sentenceTermStarts', data.sentenceTerms.starts], ['sentenceTermIds', data.sentenceTerms.ids],
    ['headingTermStarts', data.headingTerms.starts], ['headingTermIds', data.headingTerms.ids],
    ['surfaces', v.surfaces.join('\n')], ['stems', v.stems.join('\n')], ['verbStems', v.verbStems.join('\n')],
    ['corpusTerms', v.corpusTerms.join('\n')], ['thesaurus', data.thesaurus],
    ['verbTable', data.verbTable.map(([form, stem]) => `${form}\t${stem}`).join('\n')],
  ];
  const sections: Section[] = [];
  const buffers: Buffer[] = [];
  let offset = 0;
  for (const [name, value] of parts) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    sections.push({ name, kind: typeof value === 'string' ? 'text' : 'u32', offset, length: bytes.length });
    const padding = (4 - (bytes.length % 4)) % 4;
    buffers.push(bytes, Buffer.alloc(padding));
    offset += bytes.length + padding;
  }
  let header = Buffer.from(JSON.stringify(sections), 'utf8');
  header = Buffer.concat([header, Buffer.alloc((4 - ((8 + header.length) % 4)) % 4, 0x20)]);
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, 4);
  return Buffer.concat([prefix, header, ...buffers]);
}

/** Reads `lexical.bin`; throws an Error naming what is wrong (the caller turns it into an index error). */
export function decodeLexical(file: Buffer): LexicalData {
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${LEXICAL_FILE} is not a lexical index`);
  // Typed arrays need 4-byte alignment in the underlying memory; a pooled small Buffer may not have it.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(new Uint8Array(file).buffer);
  const headerLength = bytes.readUInt32LE(4);
  const sections = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Section[];
  const base = 8 + headerLength;
  const byName = new Map(sections.map((s) => [s.name, s]));
  const section = (name: string): Section => {
    const s = byName.get(name);
    if (!s || base + s.offset + s.length > bytes.length) throw new Error(`${LEXICAL_FILE} lacks its ${name} section`);
    return s;
  };
  const u32 = (name: string) => {
    const s = section(name);
    return new Uint32Array(bytes.buffer, bytes.byteOffset + base + s.offset, s.length / 4);
  };
  const text = (name: string) => bytes.toString('utf8', base + section(name).offset, base + section(name).offset + section(name).length);
  const list = (name: string) => (text(name) === '' ? [] : text(name).split('\n'));
  return {
    postings: { terms: list('terms'), starts: u32('starts'), docs: u32('docs'), tfs: u32('tfs'), docLengths: u32('docLengths') },
    extraTerms: list('extraTerms'),
    passageTerms: { starts: u32('passageTermStarts'), ids: u32('passageTermIds') },
    sentenceRows: u32('sentenceRows'),
    sentenceSpans: u32('sentenceSpans'),
    sentenceTerms: { starts: u32('sentenceTermStarts'), ids: u32('sentenceTermIds') },
    headingTerms: { starts: u32('headingTermStarts'), ids: u32('headingTermIds') },
    vocabulary: { surfaces: list('surfaces'), stems: list('stems'), verbStems: list('verbStems'), corpusTerms: list('corpusTerms') },
    thesaurus: text('thesaurus'),
    verbTable: list('verbTable').map((line) => line.split('\t') as [string, string]),
  };
}
