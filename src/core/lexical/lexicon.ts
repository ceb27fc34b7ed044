/**
 * The general vocabulary in data/lexicon/ (built from Debian's Ding and OpenThesaurus by scripts/build-lexicon.ts):
 * read once per process, on first use. Each dossier's analyzer then keeps only what its corpus contains.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { foldGerman, normalize } from './words.js';

/** data/lexicon, found upwards from this file (src/core/lexical in tests, dist/src/core/lexical when built). */
function lexiconDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++, dir = dirname(dir)) {
    const candidate = join(dir, 'data', 'lexicon');
    if (existsSync(join(candidate, 'en-de.tsv.gz'))) return candidate;
  }
  throw new Error('data/lexicon not found: the vocabulary files ship with the repository (see README, "Vocabulary")');
}

/**
 * A hash of the vocabulary files: the stored lexical index is derived from them, so the index job must rebuild when
 * they change (an upgrade that ships new files), even if the corpus did not.
 */
export function lexiconVersion(): string {
  return (version ??= hashLexicon());
}
/** Files that change only with an upgrade, which restarts the process: hashed once per process. */
let version: string | undefined;

function hashLexicon(): string {
  const dir = lexiconDir();
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.gz')).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 16);
}

const lines = (name: string): string[] => gunzipSync(readFileSync(join(lexiconDir(), name))).toString('utf8').split('\n').filter(Boolean);

/** The dictionary file as one string, and where each line starts: 340,000 Map entries would cost ~100 MB. */
let english: { text: string; starts: Int32Array } | undefined;
const dictionary = () => {
  if (!english) {
    const text = gunzipSync(readFileSync(join(lexiconDir(), 'en-de.tsv.gz'))).toString('utf8');
    const starts: number[] = [0];
    for (let i = text.indexOf('\n'); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    english = { text, starts: Int32Array.from(starts) };
  }
  return english;
};

/** English word or phrase (lowercase) → German translations, most likely first (Ding); undefined when it has none. */
export function germanFor(key: string): string[] | undefined {
  const { text, starts } = dictionary();
  // The build script sorts keys by code unit, so a binary search over the lines finds one.
  let [low, high] = [0, starts.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = starts[mid]!;
    const tab = text.indexOf('\t', start);
    const candidate = text.slice(start, tab);
    if (candidate === key) return text.slice(tab + 1, text.indexOf('\n', tab)).split(';');
    if (candidate < key) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

let germanSide: Set<string> | undefined;
/**
 * True when the dictionary gives the word (any case) as a German translation of something: an English word the
 * corpus writes but Ding never gives as German ("Cannabis", "Act") is a loanword or name, one it gives ("Kind",
 * "Rat", "Gift") a German word of its own. Built on first use from the dictionary's ~290,000 one-word translations.
 */
export function isDictionaryGerman(word: string): boolean {
  if (!germanSide) {
    germanSide = new Set<string>();
    for (const line of dictionary().text.split('\n')) {
      for (const german of line.slice(line.indexOf('\t') + 1).split(';')) if (!german.includes(' ')) germanSide.add(german.toLowerCase());
    }
  }
  return germanSide.has(word.toLowerCase());
}

let parts: Map<string, { modifiers: string[]; heads: string[] }> | undefined;
/**
 * How an English word (lowercase) appears inside German compounds beyond its translations, folded: as a first part
 * with its linking letters ("health" → kranken) or as a last part ("syrup" → saft); learned from Ding's two-word terms.
 */
export function compoundPartsOf(english: string): { modifiers: readonly string[]; heads: readonly string[] } | undefined {
  parts ??= new Map(
    lines('en-de-parts.tsv.gz').map((line) => {
      const [word, modifiers, heads] = line.split('\t') as [string, string, string];
      return [word, { modifiers: modifiers ? modifiers.split(';') : [], heads: heads ? heads.split(';') : [] }];
    }),
  );
  return parts.get(english);
}

let verbs: Map<string, string> | undefined;
/** Folded German verb form → folded infinitive, for forms a suffix stemmer cannot relate ("starb" → "sterben"; Ding). */
export function verbForms(): ReadonlyMap<string, string> {
  verbs ??= new Map(lines('verb-forms.tsv.gz').map((line) => line.split('\t') as [string, string]));
  return verbs;
}

/** German synonym sets, each a list of words or short phrases as written: OpenThesaurus ('openthesaurus') or Ding's alternatives ('ding'). Read anew on each call: the thesaurus keeps only its index. */
export function synonymSets(source: 'openthesaurus' | 'ding'): string[][] {
  return lines(source === 'ding' ? 'synonyms-ding.txt.gz' : 'synonyms-de.txt.gz').map((line) => line.split(';'));
}

let nouns: Set<string> | undefined;
/**
 * The single-word nouns (written capitalized) of both synonym files, folded as the analyzer folds words: a general
 * vocabulary of compound parts ("Arznei" in "Arzneimittel"). Nouns only: a compound's members are mostly nouns, and
 * other members of the lists cut words at suffixes ("bereits|chaft"). Read once per process (~100,000 words).
 */
export function germanNouns(): ReadonlySet<string> {
  if (!nouns) {
    nouns = new Set<string>();
    for (const source of ['openthesaurus', 'ding'] as const) {
      for (const set of synonymSets(source)) for (const member of set) if (/^\p{Lu}\p{L}+$/u.test(member)) nouns.add(foldGerman(normalize(member)));
    }
  }
  return nouns;
}
