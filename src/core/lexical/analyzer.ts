/**
 * German-aware text analysis for the lexical index: the same function turns passages and questions into terms.
 * Pipeline per word: NFKC + lowercase → umlaut/ß folding → stop words → hyphen whole + parts →
 * compound parts found in the corpus vocabulary → Snowball German stem (+ the infinitive of a strong verb form).
 * Questions also get `analyzeQuery`: thesaurus synonyms at reduced weight, or the English glossary; a German
 * question's final separable particle is re-joined to its verb ("werfen … vor" → vorwerf).
 */
import { stemmer } from '@orama/stemmers/german';
import { GLOSSARY_EN, LONGEST_PHRASE } from './glossary-en.js';
import { strongVerbInfinitiveStem } from './strong-verbs.js';
import { SYNONYM_GROUPS } from './thesaurus.js';

/** Turns text into index terms. Indexing and querying must use the same instance. */
export interface Analyzer {
  /** All terms of the text, in order; a term repeats as often as the words yielding it. */
  analyze(text: string): string[];
  /** The distinct terms of each written word ("Korea-Krieges" → [koreakrieg, korea, krieg]); stop words yield none. */
  analyzeWords(text: string): string[][];
  /**
   * A question's words with weighted search terms: each word's own terms (weight 1), plus thesaurus synonyms at
   * a lower weight; an English question's words are replaced by their German glossary translations.
   * Analyzers without expansion may omit it (the index then uses `analyzeWords` at weight 1).
   */
  analyzeQuery?(text: string): QueryWord[];
}

/** One word of a question and what to search for it. */
export interface QueryWord {
  /** Search terms and their weights (1 for the word itself); distinct terms. */
  terms: Array<{ term: string; weight: number }>;
}

export interface AnalyzerOptions {
  /** Snowball German stemming (default true). */
  stem?: boolean;
  /** Emit the parts of compounds found in the vocabulary (default true; needs a vocabulary). */
  splitCompounds?: boolean;
  /** Also split when one end is unknown, e.g. "Infanterie|raketen" (default true). */
  openEnds?: boolean;
  /** Shortest compound part, in characters (default 4: 3 gained nothing on the eval questions, 5 lost one). */
  minPartLength?: number;
  /** Strong verb forms also yield their infinitive's stem, "starb" → sterb (default true). */
  strongVerbs?: boolean;
  /** Weight of thesaurus synonyms in `analyzeQuery` (default SYNONYM_WEIGHT; 0 turns expansion off). */
  synonymWeight?: number;
  /** Translate English questions with the glossary in `analyzeQuery` (default true). */
  glossary?: boolean;
}

/**
 * Synonyms are evidence, not the word itself: a passage saying "Tote" answers "starben" less surely than one
 * saying "starben". Eval tuning half, German R@3 / MRR@5: 0.3 → 84 % / 0.71, 0.5 → 87 % / 0.70,
 * 0.7 → 87 % / 0.69, 1 → 87 % / 0.70 (before later thesaurus fixes); 0.5 is the middle of the plateau.
 */
export const SYNONYM_WEIGHT = 0.5;

// Written with umlauts for readability; folded once at load, like every token.
const STOP_WORDS_DE =
  'aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist da ' +
  'dabei dadurch daher damit dann darauf darum das dass daß dein deine dem den denen denn der deren des dessen ' +
  'dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines er ' +
  'es etwa euch euer für gegen hab habe haben hat hatte hatten hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ' +
  'ihrer im in indem ins ist ja jede jedem jeden jeder jedes jene jetzt kann kein keine keinem keinen keiner ' +
  'können könnte man manche mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein ' +
  'seine seinem seinen seiner seit sich sie sind so soll sollte sondern sowie über um und uns unser unter vom ' +
  'von vor wann war waren warum was weil welche welchem welchen welcher welches wem wen wenn wer werde werden ' +
  'wessen wie wieso wieviel viel viele wird wo woher wohin wollen wurde wurden würde würden zu zum zur zwar ' +
  // Snowball's list adds these; the last six are question particles ("Hat X überhaupt schon …?").
  'einig einige einigen einiger einmal etwas gewesen selbst solche sonst während weiter wieder will wir wollte ' +
  'schon überhaupt eigentlich genau denn bisher ' +
  // Modal and auxiliary forms: in questions they carry the grammar, not the topic.
  'könnten konnte konnten müssen müsste sollen sollten dürfen darf möchte möchten hätte hätten wäre wären ' +
  'sei seien worden';
const STOP_WORDS_EN =
  'a about an and are as at be been but by can could did do does for from had has have he her his how i if in ' +
  'into is it its many much of on or she so than that the their them then there these they this those to was ' +
  'we were what when where which who whom whose why will with would you your';

/** Particles of separable verbs, which a German main clause puts last ("schätzt … ein", "wirft … vor"); folded. */
const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(
  'ab an auf aus bei dar ein fest fort her hin los mit nach statt teil um vor vorbei weg zu zuruck zusammen'.split(' '),
);
const HYPHEN = /[-\u2010\u2011]/;
const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;
/** Linking morphemes between compound parts (Fuge): Verteidigung-s-minister, Sieg-es-feier, Rakete-n-start. */
const LINKS = ['s', 'es', 'n', 'en'];
/** Shortest unknown head and known tail of an open-ended split: 5 letters keep suffixes like "-heit" out. */
const OPEN_END = 5;

/**
 * Folds spelling variants onto one form, the way the Snowball stemmer folds umlauts: ä→a, ö→o, ü→u, ß→ss.
 * Transliterated ae/oe/ue count as umlauts at word start or after a consonant other than q, so "Pjoengjang",
 * "Staerkung" and "Oesterreich" meet "Pjöngjang", "Stärkung", "Österreich" while "neue", "Feuer", "Quelle" stay.
 */
export function foldGerman(word: string): string {
  return word
    .replace(/(^|[bcdfghjklmnprstvwxz])([aou])e/g, '$1$2')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss');
}

/** Lowercase, NFKC, no soft hyphens: the first step for text and vocabulary alike. */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\u00ad/g, '');
}

const STOP_WORDS: ReadonlySet<string> = new Set(
  `${STOP_WORDS_DE} ${STOP_WORDS_EN}`.split(' ').map((word) => foldGerman(word)),
);

/** True for a word that carries no retrieval signal (German or English), after folding. */
export function isStopWord(foldedWord: string): boolean {
  return STOP_WORDS.has(foldedWord);
}

const isNumeric = (word: string): boolean => /\p{N}/u.test(word);
const keep = (word: string): boolean => (isNumeric(word) || word.length >= 2) && !STOP_WORDS.has(word);

/** Splits normalized text into folded words; a hyphenated word yields its joined form first, then its parts. */
function words(text: string): string[][] {
  const groups: string[][] = [];
  for (const [match] of normalize(text).matchAll(WORD)) {
    const parts = match.split(HYPHEN).map(foldGerman);
    groups.push(parts.length > 1 ? [parts.join(''), ...parts] : parts);
  }
  return groups;
}

/** The folded, non-stop words (and hyphen parts) of some texts: the vocabulary compound splitting draws on. */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const group of words(text)) for (const word of group) if (keep(word) && !isNumeric(word)) vocabulary.add(word);
  }
  return vocabulary;
}

/**
 * Creates an analyzer. With a vocabulary (see `buildVocabulary`), a word that can be cut entirely into
 * vocabulary words, joined by linking morphemes, also yields those parts: "verteidigungsminister" →
 * verteidigung + minister. Parts match on the surface form or on the stem, so an inflected last part
 * ("lieferungen") is found through "lieferung". Fewest parts wins; parts are split again recursively.
 */
export function createAnalyzer(vocabulary: Iterable<string> = [], options: AnalyzerOptions = {}): Analyzer {
  const { stem = true, splitCompounds = true, minPartLength = 4, openEnds = true, strongVerbs = true, synonymWeight = SYNONYM_WEIGHT, glossary = true } = options;
  const stemOf = (word: string): string => (stem && !isNumeric(word) ? stemmer(word) : word);
  const surfaces = new Set<string>();
  for (const word of vocabulary) surfaces.add(foldGerman(normalize(word)));
  const stems = new Set([...surfaces].map((word) => stemmer(word)));
  const known = (part: string): boolean =>
    part.length >= minPartLength && !STOP_WORDS.has(part) && (surfaces.has(part) || stems.has(stemmer(part)));

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

  /**
   * Snowball keeps "-s" after a vowel and all verb "-t"/"ge-" forms, so "Nordkoreas" ≠ "Nordkorea" and
   * "geschickt" ≠ "schicken". Checked against the corpus stems, so only forms the corpus attests are merged:
   * a genitive "-s" is dropped; a "-t"/"-et" ending and a participle "ge-" add the shorter stem as a second term.
   */
  function stemsOf(word: string): string[] {
    let stemmed = stemOf(word);
    if (!stem || isNumeric(word)) return [stemmed];
    if (stemmed.endsWith('s') && stems.has(stemmed.slice(0, -1)) && stemmed.length > 4) stemmed = stemmed.slice(0, -1);
    const attested = (form: string): boolean => form.length >= 3 && (stems.has(form) || corpusVerbStems().has(form));
    // "endet" → "end", "schickt" → "schick"
    const withoutT = (form: string): string | undefined =>
      [/et$/, /t$/].map((ending) => form.replace(ending, '')).find((bare) => bare !== form && attested(bare));
    const terms = [stemmed, withoutT(stemmed), strongVerbs ? strongVerbInfinitiveStem(word) : undefined];
    if (stemmed.startsWith('ge') && stemmed.length >= 7) {
      const rest = stemmer(stemmed.slice(2)); // "geschickt" → "schickt"
      terms.push(attested(rest) ? rest : undefined, withoutT(rest));
    }
    return [...new Set(terms.filter((term) => term !== undefined))];
  }

  // Infinitive stems of the corpus's strong verb forms: "begeht" may drop its -t when the corpus has "begangen".
  let verbStems: Set<string> | undefined;
  const corpusVerbStems = (): Set<string> =>
    (verbStems ??= new Set(strongVerbs ? [...surfaces].map((word) => strongVerbInfinitiveStem(word)).filter((s) => s !== undefined) : []));

  /** The word's stems, plus the stems of its compound parts (and of their parts). */
  function expand(word: string, into: Set<string>): void {
    for (const term of stemsOf(word)) into.add(term);
    if (!splitCompounds || isNumeric(word) || word.length < 2 * minPartLength) return;
    for (const part of split(word) ?? []) expand(part, into);
  }

  // One set per written word, so "Korea-Krieges" counts "krieg" once although whole and part both yield it.
  const analyzeWords = (text: string): string[][] =>
    words(text)
      .map((group) => {
        const terms = new Set<string>();
        for (const word of group) if (keep(word)) expand(word, terms);
        return [...terms];
      })
      .filter((terms) => terms.length > 0);
  const groupTerms = (text: string): string[] => [...new Set(analyzeWords(text).flat())];

  // Thesaurus: each member's terms → the group's other single-word members' whole-word terms.
  const synonymsOf = new Map<string, Set<string>>();
  const phraseSynonyms = new Map<string, Set<string>>();
  for (const group of synonymWeight > 0 ? SYNONYM_GROUPS : []) {
    const wholes = group.filter((m) => !m.includes(' ')).map((m) => analyzeWords(m)[0]?.[0]).filter((t) => t !== undefined);
    for (const member of group) {
      if (member.includes(' ')) {
        const key = phraseKey(member);
        phraseSynonyms.set(key, new Set([...(phraseSynonyms.get(key) ?? []), ...wholes]));
        continue;
      }
      const own = analyzeWords(member)[0]?.[0];
      if (!own) continue;
      const set = synonymsOf.get(own) ?? new Set<string>();
      for (const t of wholes) if (t !== own) set.add(t);
      synonymsOf.set(own, set);
    }
  }

  /**
   * Thesaurus entries of a term, also through its bare verb forms: the corpus check in `stemsOf` keeps "begrusst"
   * whole when the corpus lacks "begruss", but the thesaurus knows "begrüßen".
   */
  const synonymsOfTerm = (term: string): string[] =>
    [term, term.replace(/e?t$/, ''), term.startsWith('ge') ? stemmer(term.slice(2)).replace(/e?t$/, '') : term].flatMap((form) => [...(synonymsOf.get(form) ?? [])]);

  /** Own terms at weight 1, then synonyms of any own term at `synonymWeight` (a term keeps its highest weight). */
  function weighted(own: string[], extra: Iterable<string> = []): QueryWord {
    const weights = new Map<string, number>(own.map((t) => [t, 1]));
    for (const t of [...own.flatMap(synonymsOfTerm), ...extra]) if (!weights.has(t)) weights.set(t, synonymWeight);
    return { terms: [...weights].map(([term, weight]) => ({ term, weight })) };
  }

  // Terms the corpus's own words yield, for checking a question's re-joined separable verbs against.
  let corpusTerms: Set<string> | undefined;
  /**
   * A question's last word may be the particle of a separable verb ("Was werfen die USA Nordkorea vor?"): the stop
   * list drops it and "werfen" alone misses "vorgeworfen". Each other word joined with it is tried; only joins the
   * corpus attests ("vorwerf") count, so "vor" + "staaten" adds nothing.
   */
  function separableJoins(groups: string[][]): Map<number, string[]> {
    const joins = new Map<number, string[]>();
    const last = groups.at(-1);
    if (!stem || groups.length < 2 || last?.length !== 1 || !SEPARABLE_PARTICLES.has(last[0]!)) return joins;
    corpusTerms ??= new Set([...surfaces].flatMap(stemsOf));
    groups.slice(0, -1).forEach((group, i) => {
      const joined = group.flatMap((word) => stemsOf(last[0]! + word)).filter((term) => corpusTerms!.has(term));
      if (joined.length) joins.set(i, joined);
    });
    return joins;
  }

  function analyzeGerman(text: string): QueryWord[] {
    const raw = rawWords(text);
    const groups = words(text);
    const joins = separableJoins(groups);
    return groups.flatMap((group, i) => {
      const own = new Set<string>(joins.get(i));
      for (const word of group) if (keep(word)) expand(word, own);
      // A thesaurus phrase ending at this word ("Vereinigte Staaten") adds its group to the last word.
      const phrase = [2, 3].flatMap((n) => (i + 1 >= n ? [...(phraseSynonyms.get(raw.slice(i + 1 - n, i + 1).join(' ')) ?? [])] : []));
      return own.size > 0 ? [weighted([...own], phrase)] : [];
    });
  }

  /** English: glossary phrases (longest first), then words; a word without entry keeps its own terms (names). */
  function analyzeEnglish(text: string): QueryWord[] {
    const raw = englishWords(text).map((w) => normalize(w));
    const result: QueryWord[] = [];
    for (let i = 0; i < raw.length; ) {
      let taken = 0;
      for (let n = Math.min(LONGEST_PHRASE, raw.length - i); n >= 1 && !taken; n--) {
        const german = glossaryLookup(raw.slice(i, i + n));
        if (german === undefined) continue;
        const own = groupTerms(german);
        if (own.length) result.push(weighted(own));
        taken = n;
      }
      if (!taken) {
        const word = raw[i]!;
        const own = ENGLISH_STOP_WORDS.has(word) ? [] : groupTerms(word);
        if (own.length) result.push(weighted(own));
        taken = 1;
      }
      i += taken;
    }
    return result;
  }

  const analyzeQuery = (text: string): QueryWord[] => (glossary && looksEnglish(text) ? analyzeEnglish(text) : analyzeGerman(text));
  return { analyze: (text) => analyzeWords(text).flat(), analyzeWords, analyzeQuery };
}

/** Stems of a text's words, hyphenated words whole: thesaurus phrases are keyed so ("Vereinigten Staaten" → vereinigt staat). */
const rawWords = (text: string): string[] => [...normalize(text).matchAll(WORD)].map(([m]) => stemmer(foldGerman(m.split(HYPHEN).join(''))));
const phraseKey = (phrase: string): string => rawWords(phrase).join(' ');

/** English words as written, hyphens splitting ("Russia-Africa" → Russia Africa), apostrophes dropping "'s". */
const englishWords = (text: string): string[] => text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.toLowerCase() !== 's') ?? [];

/** The German for some English words: the phrase itself, else (single words) a singular or base form. */
function glossaryLookup(words: string[]): string | undefined {
  const phrase = words.join(' ');
  const direct = GLOSSARY_EN.get(phrase);
  if (direct !== undefined || words.length > 1) return direct;
  const bases = [phrase.replace(/ies$/, 'y'), phrase.replace(/es$/, ''), phrase.replace(/s$/, ''), phrase.replace(/ed$/, ''), phrase.replace(/d$/, ''), phrase.replace(/ing$/, '')];
  for (const base of bases) if (base !== phrase && base.length >= 3 && GLOSSARY_EN.has(base)) return GLOSSARY_EN.get(base);
  return undefined;
}

const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORDS_EN.split(' '));
/** Function words only English has ("was", "in", "will", "so" are German too), for telling a question's language. */
const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORDS_DE.split(' ').map((w) => foldGerman(w)));
const ENGLISH_ONLY = new Set([...ENGLISH_STOP_WORDS].filter((w) => !GERMAN_STOP_WORDS.has(w)));
const GERMAN_ONLY = new Set([...GERMAN_STOP_WORDS].filter((w) => !ENGLISH_STOP_WORDS.has(w)));

/** True when a text has more English-only than German-only function words. */
export function looksEnglish(text: string): boolean {
  const all = normalize(text).match(/[\p{L}]+/gu) ?? [];
  const english = all.filter((w) => ENGLISH_ONLY.has(w)).length;
  const german = all.filter((w) => GERMAN_ONLY.has(foldGerman(w))).length;
  return english > german;
}

/** Analyzer without a corpus vocabulary: folding, stop words, hyphen parts and stemming, no compound splitting. */
export const { analyze } = createAnalyzer();
