/**
 * German synonyms from OpenThesaurus and from the alternatives Ding gives for one sense (data/lexicon, see lexicon.ts;
 * together measured better than either alone, README "Vocabulary"), indexed by the stem of each
 * single-word member and by the key of each phrase member ("Vereinigte Staaten"); a word with too many senses
 * (`MAX_SENSES`) is not expanded. Pairs both sources give were not better evidence than pairs one gives: weighing the
 * others 0–0.7 of the synonym weight lowered German R@3 (seven tuning dossiers, tune / held 85 / 79 → 79–84 / 74–78 %).
 * Corpus-independent and built once per process; the analyzer keeps only synonyms its corpus contains and weighs
 * them below the question's own words (see `SYNONYM_WEIGHT` in query-weights.ts).
 */
import { stemmer } from '@orama/stemmers/german';
import { synonymSets } from './lexicon.js';
import { strongVerbInfinitiveStem } from './strong-verbs.js';
import { foldGerman, normalize, phraseKey } from './words.js';

/**
 * A noun (written capitalized) or another word: stems collide across them ("Krieg" and "kriegen" = get are both
 * "krieg"), so a word whose spelling shows its kind only meets sets where it has that kind. Undefined: either.
 */
export type WordKind = 'noun' | 'other' | undefined;

/*
 * Not kept (round 15): sets looked up by the written word, not only its stem. Stems collide within a kind too
 * ("Förde" / "Förderer" = ford, "Spiel" / "Spieler", "Krieg" / "Krieger"), so a set was accepted only when a member
 * with the question word's stem is a form of the written word: past their common start both go on with an
 * inflection ending only (17 endings: e, en, n, s, es, em, ern, st, t, et, est, te, ten, tet, test, tes, ens, "ge-"
 * of a participle aside). Sixteen tuning dossiers, `node dist/bench/eval.js --modes lexical --dossier <the 16>`,
 * German R@1 / R@3 (tune / held) / R@5, MRR, answerable declined, against 63 / 84 (85 / 83) / 89 %, 0.73, 5 %:
 * every word checked → 60 / 81 (81 / 82) / 88 %, 0.71, 7 %; plus -er, -in, -innen, -nen → the same; only the plain
 * stem checked (a strong verb's infinitive, "gewann" → gewinn, is no form by spelling) → 61 / 82 (82 / 83) / 89 %,
 * 0.72, 6 % (court −1 at @3 and one more declined, fiebersaft −1, heizung and intel one more declined or lost, the
 * "Förde" question itself lower; wm2023 +1 at @5); only capitalized (noun) words checked → every R@k unchanged,
 * cannabis German tune MRR 0.86 → 0.83. Also not kept: a lowercase word in a cased question read as a non-noun
 * (only sets where it is one; "seit" meets Seite) → 61 / 82 (82 / 82) / 87 %, 0.72, 7 %. English unchanged in all.
 */

/** Synonym sets by member: stems of the single-word members of every set a term or phrase belongs to. */
export interface Thesaurus {
  /** Stems of the single-word synonyms of a word's stem (itself excluded), from sets where it is of `kind`. */
  synonyms(stem: string, kind?: WordKind): readonly string[];
  /** Stems of the single-word members of the sets holding a phrase, by `phraseKey`. */
  phraseSynonyms(key: string): readonly string[];
}

/** The stem a single-word member is indexed under: hyphens joined, as `words` joins them ("E-Mail" → email). */
export const memberStem = (member: string): string => stemmer(foldGerman(normalize(member).replace(/[-\u2010\u2011]/g, '')));

/**
 * The thesaurus's index: per key (a member's stem, or a phrase's key), the ids of the sets holding it, separately for
 * nouns, other words and phrases; per set, its single-word members' stems, space-joined. Also the form a corpus slice
 * is stored in (JSON, as [key, ids] pairs).
 */
export interface ThesaurusIndex {
  nouns: Map<string, number[]>;
  others: Map<string, number[]>;
  phrases: Map<string, number[]>;
  setStems: string[];
}

let index: ThesaurusIndex | undefined;
let built: Thesaurus | undefined;

/** Whether the whole thesaurus is in memory. */
export const thesaurusLoaded = (): boolean => index !== undefined;

/** Whether the whole thesaurus serves lookups (an analyzer without a stored slice), not only cut slices. */
export const thesaurusInUse = (): boolean => built !== undefined;

let pendingRelease: NodeJS.Timeout | undefined;

/** Forgets the whole thesaurus (read again on next use); analyzers built on a stored slice never need it. */
export function releaseThesaurus(): void {
  clearTimeout(pendingRelease);
  pendingRelease = undefined;
  index = undefined;
  built = undefined;
}

/**
 * Forgets the whole thesaurus after `ms` unless it is used as a whole before then: index builds that follow each
 * other (a bot's reindex retried, an evaluation over many dossiers) read it once instead of once each (about 1 s),
 * and a long-running bot still does not keep ~100 MB it no longer reads. The timer keeps no process alive.
 */
export function releaseThesaurusAfter(ms: number): void {
  clearTimeout(pendingRelease);
  pendingRelease = setTimeout(releaseThesaurus, ms);
  pendingRelease.unref();
}

/** The thesaurus, built on first use (about 86,000 sets; each distinct member is stemmed once, then only stems are kept). */
export function thesaurus(): Thesaurus {
  // Used as a whole (an analyzer without a stored slice): it stays.
  clearTimeout(pendingRelease);
  pendingRelease = undefined;
  built ??= thesaurusOf(fullIndex());
  return built;
}

/**
 * The part of the thesaurus a corpus can use, as JSON: sets keep only member stems `keep` accepts (the analyzer keeps
 * only synonyms its corpus has), sets left empty are dropped. Loads in a fraction of the whole thesaurus's time and
 * answers every lookup as the whole one does after that filter, in the same order.
 */
export function thesaurusSlice(keep: (stem: string) => boolean): string {
  const full = fullIndex();
  const renumbered = new Map<number, number>();
  const setStems: string[] = [];
  full.setStems.forEach((stems, id) => {
    const kept = stems.split(' ').filter((stem) => stem && keep(stem));
    if (kept.length) renumbered.set(id, setStems.push(kept.join(' ')) - 1);
  });
  const slice = (map: Map<string, number[]>) =>
    [...map].flatMap(([key, ids]) => {
      const kept = ids.flatMap((id) => (renumbered.has(id) ? [renumbered.get(id)!] : []));
      return kept.length ? [[key, kept] as const] : [];
    });
  return JSON.stringify({ nouns: slice(full.nouns), others: slice(full.others), phrases: slice(full.phrases), setStems });
}

/** A thesaurus over a slice written by `thesaurusSlice`. */
export function thesaurusFromSlice(json: string): Thesaurus {
  const raw = JSON.parse(json) as { nouns: Array<[string, number[]]>; others: Array<[string, number[]]>; phrases: Array<[string, number[]]>; setStems: string[] };
  return thesaurusOf({ nouns: new Map(raw.nouns), others: new Map(raw.others), phrases: new Map(raw.phrases), setStems: raw.setStems });
}

function thesaurusOf({ nouns, others, phrases, setStems }: ThesaurusIndex): Thesaurus {
  const membersOf = (ids: number[] | undefined, except: string): string[] => {
    const stems = new Set<string>();
    for (const id of ids ?? []) for (const stem of setStems[id]!.split(' ')) if (stem) stems.add(stem);
    stems.delete(except);
    return [...stems];
  };
  const synonyms = (stem: string, kind: WordKind): string[] =>
    membersOf([...(kind === 'other' ? [] : nouns.get(stem) ?? []), ...(kind === 'noun' ? [] : others.get(stem) ?? [])], stem);
  return { synonyms, phraseSynonyms: (key) => membersOf(phrases.get(key), '') };
}

function fullIndex(): ThesaurusIndex {
  if (index) return index;
  const stemCache = new Map<string, string[]>();
  // A verb form also stands for its infinitive: "gestorben" (in the set of "tot") is found from "starben" → sterb.
  const stemsOf = (member: string): string[] => {
    let stems = stemCache.get(member);
    if (stems === undefined) {
      const stem = memberStem(member);
      const first = member.charAt(0);
      const infinitive = first === first.toLowerCase() ? strongVerbInfinitiveStem(foldGerman(normalize(member))) : undefined;
      stemCache.set(member, (stems = infinitive && infinitive !== stem ? [stem, infinitive] : [stem]));
    }
    return stems;
  };
  // key → ids of the sets holding it, separately for nouns, other words and phrases; per set, its single words' stems
  const nouns = new Map<string, number[]>();
  const others = new Map<string, number[]>();
  const phrases = new Map<string, number[]>();
  const setStems: string[] = [];
  const openthesaurus = synonymSets('openthesaurus');
  const dingFrom = openthesaurus.length;
  for (const set of [...openthesaurus, ...synonymSets('ding')]) {
    const id = setStems.length;
    setStems.push([...new Set(set.filter((m) => !m.includes(' ')).flatMap(stemsOf))].join(' '));
    for (const member of set) {
      const phrase = member.includes(' ');
      const first = member.charAt(0);
      const index = phrase ? phrases : first !== first.toLowerCase() ? nouns : others;
      for (const key of phrase ? [phraseKey(member)] : stemsOf(member)) {
        const ids = index.get(key);
        if (ids) ids.push(id);
        else index.set(key, [id]);
      }
    }
  }
  // Too many senses: the word is not expanded, but stays in its sets' members (see MAX_SENSES).
  for (const keys of [nouns, others]) {
    for (const [key, ids] of keys) if (new Set(ids.filter((id) => id < dingFrom)).size > MAX_SENSES) keys.delete(key);
  }
  index = { nouns, others, phrases, setStems };
  return index;
}

/**
 * A word in more OpenThesaurus sets than this has too many senses to expand: "machen", "geben", "kommen" (with "kam",
 * "gekommen"), "schon", "groß", "Fall", "Grund" are in 10 or more, and most of their synonyms belong to a sense the
 * question does not mean ("kommen" → kosten, "brennt" → voll). Such a word keeps only its own terms (it may still be
 * another word's synonym). OpenThesaurus's sets are senses; Ding's are translation alternatives that repeat one, so
 * only OpenThesaurus's are counted. 215 stems (nouns and other words apart) are in more than 9 sets.
 * Eval, lexical, seven tuning dossiers; German R@3 tune / held, English R@3, unanswerable / answerable declined:
 * no limit 85 / 79, 80 %, 48 / 4 %; >6 sets 82 / 79, 77 %; >7 84 / 82, 79 %; >8 86 / 82, 80 % (rhodos English one
 * lower); >9 86 / 81, 81 %, 48 / 3 %, no dossier's German or English lower; >10 86 / 79, 81 %; >12 86 / 79, 80 %;
 * >14 unchanged. Not kept: counting Ding's sets too (>14 … >24: German 84 / 78–79 %); a hand list of 28 light verbs
 * and particles (kommen, geben, schon, …) instead or as well (German 86 / 79, English 78–79 %); on top of this limit,
 * for a word in more than 2 or 4 sets only the sets holding another word of the question (German all 76–82 vs 84 %).
 */
export const MAX_SENSES = 9;
