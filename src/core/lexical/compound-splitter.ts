/**
 * Corpus-driven compound splitting: a word is cut into parts the corpus vocabulary knows, so
 * "verteidigungsminister" also finds passages about the "Minister" and the "Verteidigung".
 */
import { stemmer } from '@orama/stemmers/german';
import { isStopWord } from './stop-words.js';

/** Linking morphemes between compound parts (Fuge): Verteidigung-s-minister, Sieg-es-feier, Rakete-n-start. */
const LINKS = ['s', 'es', 'n', 'en'];
/** Shortest unknown head and known tail of an open-ended split: 5 letters keep suffixes like "-heit" out. */
const OPEN_END = 5;

/** Splits folded words into the corpus's words; results are cached per word. */
export interface CompoundSplitter {
  /** Fewest vocabulary parts covering `word` (at least two), or null; `open` allows the open-ended fallback. */
  split(word: string, open?: boolean): string[] | null;
}

/** How eagerly to split. */
export interface CompoundSplitterOptions {
  /** Shortest compound part, in characters. */
  minPartLength: number;
  /** Also split when one end is unknown, e.g. "Infanterie|raketen". */
  openEnds: boolean;
}

/**
 * A splitter over the corpus's folded words (`surfaces`) and their Snowball stems (`stems`). Parts match on the
 * surface form or on the stem, so an inflected last part ("lieferungen") is found through "lieferung". `general`:
 * folded words that count as parts too, as written (see `widenWithGeneralParts` in general-split.ts).
 */
export function createCompoundSplitter(
  surfaces: ReadonlySet<string>,
  stems: ReadonlySet<string>,
  { minPartLength, openEnds }: CompoundSplitterOptions,
  general?: ReadonlySet<string>,
): CompoundSplitter {
  const known = (part: string): boolean =>
    part.length >= minPartLength && !isStopWord(part) && (surfaces.has(part) || stems.has(stemmer(part)) || general?.has(part) === true);

  const splits = new Map<string, string[] | null>();
  /** Fewest vocabulary parts covering `word` (at least two), or null. Dynamic programming over end positions. */
  function split(word: string, open = true): string[] | null {
    const key = open ? word : `${word}\u0000closed`;
    const cached = splits.get(key);
    if (cached !== undefined) return cached;
    // best[i]: fewest parts covering word[0, i); a part may be followed by a linking morpheme unless it is last.
    const best: Array<string[] | null> = [[], ...Array<null>(word.length).fill(null)];
    for (let end = minPartLength; end <= word.length; end++) {
      for (let start = 0; start + minPartLength <= end; start++) {
        const before = best[start];
        if (!before || (start === 0 && end === word.length)) continue;
        const part = word.slice(start, end);
        if (!known(part)) continue;
        const nexts = [end];
        for (const link of LINKS) {
          if (end + link.length < word.length && word.startsWith(link, end)) nexts.push(end + link.length);
        }
        for (const next of nexts) {
          const current = best[next];
          if (!current || current.length > before.length + 1) best[next] = [...before, part];
        }
      }
    }
    let result = best[word.length] ?? (open && openEnds ? splitOpenEnd(word) : null);
    // A last part inside the ending the stemmer strips is inflection, not a word: "bestehende" ≠ besteh + ende.
    const last = result?.at(-1);
    if (last !== undefined && word.length - last.length >= stemmer(word).length) result = null;
    splits.set(key, result);
    return result;
  }

  /**
   * Fallback: an unknown first part and a last part the corpus spells exactly (or a compound of such),
   * both at least OPEN_END letters: "infanterie|raketen". German compounds end in their head noun, so a known
   * tail is good evidence; an unknown tail is mostly a suffix ("sankt|ionen"), and so is never split off.
   */
  function splitOpenEnd(word: string): string[] | null {
    for (let cut = OPEN_END; cut + OPEN_END <= word.length; cut++) {
      for (const link of ['', ...LINKS]) {
        const tail = word.slice(cut + link.length);
        if (!word.startsWith(link, cut) || tail.length < OPEN_END) continue;
        if (surfaces.has(tail) || split(tail, false)) return [word.slice(0, cut), tail];
      }
    }
    return null;
  }

  return { split };
}
