/**
 * Names the passages retrieved for a question never mention. "Wie hat die EU reagiert?", "Who is the CEO of TUI?",
 * "What is the capital of Australia?": every other word of such a question can be on topic, so coverage passes, yet
 * passages that never write the name (nor a synonym or translation of it) cannot say anything about it. Only the
 * question's best candidates are read (NAME_SCOPE), not the whole corpus: an article about something else that happens
 * to name the EU must not make a question about the dossier's topic answerable.
 */
import type { QueryWord } from '../lexical/analyzer.js';
import type { QuestionView } from '../store/types.js';
import { placeTokens } from './place-name.js';

/** What the check reads: the question, its analysis (and that of variants of it), and the vocabulary of its candidates. */
export interface NameEvidence {
  question: string;
  /** The question read as English (names are then also its capitalised words). */
  english: boolean;
  /** The search words of a text, analysed as retrieval analyses a question. */
  queryWords(text: string): readonly QueryWord[];
  /** Whether one of the question's best NAME_SCOPE candidate passages has the term (see `knownNear`). */
  known(term: string): boolean;
  /** Index terms of a word as written (absent: the name is seen only through its search words). */
  termsOf?(text: string): readonly string[];
}

/**
 * How many of the question's best candidates may name it. `node dist/bench/eval.js --modes lexical --mixed`, seven
 * tuning dossiers: the whole corpus (as before) → 30 of 306 decisions flip when all dossiers are indexed together,
 * top 7 → 28, top 10 → 27, top 15 → 27, top 20 → 30; the declines of every dossier alone are the same for all of
 * them (unanswerable 66 %, answerable 6 %). Below 10 an answerable English question loses its name's passage from the
 * scope once other dossiers' passages crowd the ranking; above 15 a name written in another dossier's article comes
 * back into it. 12: inside the plateau.
 */
export const NAME_SCOPE = 12;

/** Whether a term occurs in one of the first NAME_SCOPE of the question's candidates (best first). */
export function knownNear<T>(ranked: readonly T[], termsOf: (candidate: T) => ReadonlySet<string>): (term: string) => boolean {
  const near = ranked.slice(0, NAME_SCOPE).map(termsOf);
  return (term) => near.some((terms) => terms.has(term));
}

/**
 * The terms a candidate passage brings to the check: its own, and its article's title, which names what the whole
 * article is about ("8,5 Millionen Windows-PCs …" over a passage writing "Windows-Rechner"). Round 24, twenty-five
 * tuning dossiers, lexical: answerable declined −1 (crowdstrike "What share of all Windows PCs …"), unanswerable
 * declined and every other dossier unchanged.
 */
export function nameTermsOf(live: QuestionView): (index: number) => ReadonlySet<string> {
  const titles = new Map<string, readonly string[]>();
  return (index) => {
    const articleId = live.passages[index]!.articleId;
    if (!titles.has(articleId)) titles.set(articleId, live.analyzer.analyze(live.articleById.get(articleId)?.title ?? ''));
    return new Set([...live.passageTermsOf(index), ...titles.get(articleId)!]);
  };
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** An acronym ("EU", "CEO", "VDV"), also in the plural ("ICBMs"). */
export const ACRONYM = /^\p{Lu}{2,}s?$/u;
/** An English word written capitalised (a name, a title), not the pronoun "I". */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/**
 * English capitalises nationality adjectives too: "the Swiss expert" asks about an expert, whom the text may place by
 * a city instead ("St. Galler Professor"). Their common endings and 8 irregular ones (general English).
 */
const DEMONYM = /^(?:\p{L}+(?:ese|ish|ian|an|i)|swiss|greek|dutch|french|thai|czech|welsh|scots)$/iu;
/**
 * English capitalises months and weekdays, which name a date, not something the text must mention: "by 10 February"
 * is answered by a passage that dates its figure otherwise ("am Freitag", the article's date). General English: 12
 * months and 7 weekdays ("May" also a modal verb, which a question does not capitalise mid-sentence).
 */
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
/** Where a new sentence starts, a capital says nothing about the word. */
const SENTENCE_START = /(?:^|[.!?:;„"“«(–—]\s*)$/u;

/** A word of a text: as written (`raw`), without a possessive "'s" (`token`: "Kim's" → Kim), and where it starts. */
export interface WordToken {
  raw: string;
  token: string;
  start: number;
  /** It opens a sentence, where a capital says nothing about the word. */
  opensSentence: boolean;
}

/** The text's words, for the name checks (here and expected-name.ts). */
export function wordTokens(text: string): WordToken[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ raw: m[0], token: m[0].replace(/['’]s?$/u, ''), start: m.index!, opensSentence: SENTENCE_START.test(text.slice(0, m.index)) }));
}

/**
 * The question's name-like words: acronyms in any language; in an English question also capitalised words not
 * opening a sentence and not nationality adjectives (German capitalises every noun, so only acronyms count there).
 * A question typed in capitals throughout names nothing this way.
 */
export function nameTokens(question: string, english: boolean): Array<{ token: string; start: number }> {
  const tokens = wordTokens(question);
  const acronyms = tokens.filter((t) => ACRONYM.test(t.token));
  if (acronyms.length * 2 > tokens.length) return [];
  return tokens
    .filter(({ token, opensSentence }) => ACRONYM.test(token) || (english && CAPITALISED.test(token) && !DEMONYM.test(token) && !CALENDAR.test(token) && !opensSentence))
    .map(({ token, start }) => ({ token, start }));
}

const keyOf = (word: QueryWord) => word.terms.map((t) => t.term).sort().join(' ');

/** The question with one of its names left out, a space where it stood. */
export const withoutName = (question: string, name: { token: string; start: number }): string =>
  `${question.slice(0, name.start)} ${question.slice(name.start + name.token.length)}`;

/** The items of `all` that `rest` lacks, repeats counted (by `key`): what a part of a text brings into the whole. */
export function missingFrom<T>(all: readonly T[], rest: readonly T[], key: (item: T) => string): T[] {
  const left = new Map<string, number>();
  for (const item of rest) left.set(key(item), (left.get(key(item)) ?? 0) + 1);
  return all.filter((item) => {
    const n = left.get(key(item)) ?? 0;
    if (n > 0) left.set(key(item), n - 1);
    return n === 0;
  });
}

/**
 * The search words a name brings into the question: those of the whole question that are missing once the name is
 * left out (so an English name is seen through its translation, and a name inside a dictionary phrase with it).
 */
function wordsOfName(evidence: NameEvidence, name: { token: string; start: number }): QueryWord[] {
  return missingFrom(evidence.queryWords(evidence.question), evidence.queryWords(withoutName(evidence.question, name)), keyOf);
}

/*
 * Measured and NOT kept (round 21): the first part of a German hyphenated compound as a name ("Chemie-Nobelpreis" where
 * the candidates write only "Physik-Nobelpreis": neither the compound's whole term nor the part's own terms among
 * them). Twenty-two tuning dossiers, lexical: unanswerable declined unchanged, answerable declined +2 (juice "wer baut
 * den Laser-Höhenmesser", atom), German R@3 −1.
 */
/**
 * Whether the candidates write the name as the question does, or without an English plural "s" ("Macs": the text's
 * "Mac- und Linux-Systeme"). An English name's search words are its translations, which can be another sense of the
 * word (the glossary reads "Macs" as raincoats), and a German text writes a name in the singular or as a compound's
 * first part. Round 24, twenty-five tuning dossiers, lexical: answerable declined −1 (crowdstrike "Were Macs …"),
 * unanswerable declined and every other dossier unchanged.
 */
function writtenAsIs(evidence: NameEvidence, token: string): boolean {
  if (evidence.termsOf === undefined) return false;
  const forms = /\p{L}{2}s$/u.test(token) ? [token, token.slice(0, -1)] : [token];
  return forms.some((form) => evidence.termsOf!(form).some((term) => evidence.known(term)));
}

/** The names of the question (and the places after a bare "in", place-name.ts) whose search words (own terms, synonyms, translations) no candidate passage has. */
export function unknownNames(evidence: NameEvidence): string[] {
  const names = nameTokens(evidence.question, evidence.english);
  const places = placeTokens(wordTokens(evidence.question)).filter((p) => !names.some((n) => n.start === p.start));
  return [...names, ...places]
    .filter((name) => {
      const words = wordsOfName(evidence, name);
      return words.length > 0 && words.every((w) => w.terms.every((t) => !evidence.known(t.term))) && !writtenAsIs(evidence, name.token);
    })
    .map((name) => name.token);
}
