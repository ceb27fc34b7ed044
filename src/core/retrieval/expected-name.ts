/**
 * Questions that ask for a name ("Wie heißt der Verein …", "What is the name of …", "Which company …", "Welche Richter
 * …") and whether a sentence states one the question does not already give, beside the asked role. Round 5 tried any
 * name in the matching sentences and kept nothing: news sentences name people throughout. Here the name must stand
 * within a few words of the role the question asks about ("Verein", "spokesperson", "banks"), as a figure must stand
 * next to the counted thing. Round 10, lexical, eleven tuning dossiers: see README "Round 10, abstention".
 * Round 17, eighteen tuning dossiers (`node dist/bench/eval.js --modes lexical --misses`): the words read as names were
 * too many — common nouns the general vocabulary lacks ("dem Umweltministerium"), places ("ein Hotel in Lindos") and
 * the first name of a person the question gives ("Sergej Schoigu"); without them, and with a full name answering a
 * class of people ("welche Politiker"), unanswerable declined +3, answerable declined −1 (see `nameMask`, CLASS_ROLE).
 */
import { looksEnglish } from '../lexical/english-query.js';
import { germanNouns } from '../lexical/lexicon.js';
import { isStopWord } from '../lexical/stop-words.js';
import { foldGerman, normalize } from '../lexical/words.js';
import { NEAR_BEST, type AnswerEvidence, type CheckedSentence } from './answer-type.js';
import type { TermsOf } from './states-answer.js';
import { asksForAuthority, namesAuthority } from './institution-role.js';
import { ACRONYM, wordTokens, type WordToken } from './unknown-name.js';

/**
 * Nouns naming a kind of person or organisation after "welche/which" (general vocabulary, 18 German and 18 English
 * stems; round 17 added 15 German and 13 English stems of offices and professions — doctor, spokesperson, lawyer,
 * expert, head, director, president, mayor, candidate, author — of which one tuning question uses one): "Welche Firma …",
 * "which company …" ask for a name; "Welche Nebenwirkungen …" does not. Not countries and
 * cities: the text writes "China", seldom "das Land China", so the role word is not beside the name (measured: two
 * answerable questions declined, none unanswerable).
 */
const ENTITY_DE = '(?:person|spieler|richter|trainer|politiker|minister|firma|firmen|unternehmen|konzern|hersteller|bank|banken|verein|partei|organisation|behörde|hotel|arzt|ärzt|sprecher|anwalt|anwält|experte|expert|leiter|chef|direktor|präsident|bürgermeister|kandidat|autor)';
const ENTITY_EN = '(?:person|people|player|judge|coach|politician|minister|company|companies|firm|manufacturer|maker|bank|club|party|organi[sz]ation|agency|hotel|doctor|physician|spokes(?:man|woman|person)|lawyer|attorney|expert|director|chief|president|mayor|candidate|author)';
/**
 * The openings that ask for a name. Not "wer"/"who" alone: measured with them (eleven tuning dossiers), they added no
 * unanswerable decline and declined three answerable questions whose answer is a group or institution written as a
 * common noun ("Bund und Länder" for "Wer kommt für Mehrkosten auf", adults for "who can join"). Round 13: "wer
 * ist/war der …", "who is/will be the …" with a role of something after the article ask who holds an office, answered
 * by a name ("Wer war der Spitzenkandidat der FDP", "Who is the CEO of …"), like "wie heißt der …". Without the "of
 * …" the role is often a description the text does not write beside the name ("wer war der chinesische Gast?").
 * Round 30 completed the verb's forms with the plural past and "nennen sich" (general grammar): "Wie hießen die sechs
 * Todesopfer?" asked for nothing. Thirty-one tuning dossiers, lexical: unanswerable declined 78.4 → 78.8 % (keybridge),
 * R@3 and answerable declined unchanged.
 */
const NAME_VERB = 'wie\\s+(?:heißt|heisst|heißen|heissen|hieß|hiess|hießen|hiessen|nennt\\s+sich|nennen\\s+sich)';
const WHAT_NAME = "what(?:\\s+is|'s|\\s+was)\\s+the\\s+name";
const WHO_IS = 'wer\\s+(?:ist|war|wird|wurde)\\s+(?:der|die|das)|who(?:\\s+is|\\s+was|\\s+will\\s+be|\\s+would\\s+be|\\s+became|\\s+becomes|\\s+has\\s+been)\\s+the';
/** German inflection of a role noun after "welche" ("Welche Richter", "welcher Firmen"). */
const ENTITY_ENDING = '(?:s|es|e|en|n|in|innen)?';
const ASKS_NAME = new RegExp(
  `^\\s*(?:${NAME_VERB}\\b|(?:${WHO_IS})\\s+(?:[\\p{L}-]+\\s+){1,3}(?:der|des|von|vom|im|beim|of|for|at|in)\\s|welche[rsnm]?\\s+(?:\\p{L}+\\s+)?${ENTITY_DE}${ENTITY_ENDING}(?!\\p{L})|` +
    `${WHAT_NAME}|which\\s+(?:\\p{L}+\\s+)?${ENTITY_EN}(?:s|es)?(?!\\p{L}))`,
  'iu',
);
/** The role noun after "welche/which" (askedRole). */
const ROLE_AFTER_WHICH = new RegExp(`^\\s*(?:welche[rsnm]?|which)\\s+(?:\\p{L}+\\s+)?((?:${ENTITY_DE}|${ENTITY_EN})${ENTITY_ENDING})(?!\\p{L})`, 'iu');
/** "Wie heißt …", "What is the name of …", up to the noun phrase naming the role (askedRole). */
const NAME_OPENING = new RegExp(`^\\s*(?:${NAME_VERB}|${WHAT_NAME}\\s+of|${WHO_IS})\\s+`, 'iu');

/**
 * "Wer leitet …", "who heads …": asks who heads something, answered by a person's full name (as CLASS_ROLE), which the
 * text seldom writes beside the verb's noun (general grammar, 2 German and 8 English verb forms; not "führt"/"leads",
 * which a team or an authority answers as often: "Wer führt die Tabelle an?"). Round 18, nineteen tuning dossiers,
 * lexical: unanswerable declined +3 (deutschlandticket, erdbeben, carola), answerable unchanged.
 */
const WHO_HEADS = /^\s*(?:wer\s+(?:leitet|leitete)|who\s+(?:heads|headed|chairs|chaired|directs|directed|runs|ran))(?!\p{L})/iu;

/** Whether the question asks for a name (of a person, an organisation, a place or a named thing). */
export function asksForName(question: string): boolean {
  return ASKS_NAME.test(question) || WHO_HEADS.test(question);
}

/** German inflection a noun may carry in running text ("des Vereins", "den Richtern"). */
const ENDINGS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'in', 'innen', 'nen'];

/** A general German noun, also inflected, feminine, or as the head of a compound ("Verteidigungsminister"). */
export function isGeneralNoun(word: string): boolean {
  const nouns = germanNouns();
  const folded = foldGerman(normalize(word));
  const known = (w: string) => ENDINGS.some((e) => w.endsWith(e) && w.length - e.length >= 3 && nouns.has(w.slice(0, w.length - e.length)));
  if (known(folded)) return true;
  for (let i = 3; i <= folded.length - 4; i++) if (known(folded.slice(i))) return true;
  return false;
}

/**
 * German determiners and prepositions fused with an article (general grammar, 24 words and 7 stems): a capitalised word right after one, or
 * after one and a lowercase adjective, is a common noun ("dem Umweltministerium", "einem alternden Reaktor", "am
 * Freitag"), which the general vocabulary may lack; a person's name follows a role or stands alone ("Minister Markus Söder").
 */
const DETERMINER =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|am|im|vom|zum|zur|beim|ins|ans|aufs|ihr|sein|unser|euer|(?:kein|mein|dein|sein|ihr|unser|eur|dies|jen|jed|all|viel|einig|mehrer)e[nmrs]?)$/iu;

/**
 * "in Lindos", "nach Pjöngjang", "aus Mainz": a name right after these prepositions is a place, not the person,
 * organisation or hotel a name question asks for (a role's name is written beside the role: "ein Hotel in Lindos").
 */
const PLACE_PREPOSITION = /^(?:in|nach|aus)$/iu;

/** A capitalised word after a determiner (directly or behind a lowercase word: "einem alternden Reaktor") or a place preposition. */
function followsDeterminer(words: readonly WordToken[], i: number): boolean {
  const before = words[i - 1];
  if (before === undefined) return false;
  if (DETERMINER.test(before.raw) || PLACE_PREPOSITION.test(before.raw)) return true;
  return /^\p{Ll}/u.test(before.raw) && words[i - 2] !== undefined && DETERMINER.test(words[i - 2]!.raw);
}

/**
 * The sentence's names: capitalised words not opening it, no stop word, no general German noun and not after a
 * determiner, or acronyms. `questionTerms`: the question's search terms; a name the question already gives does not
 * answer it, nor does the rest of that name ("Sergej" in "Sergej Schoigu" when the question gives Schoigu).
 */
export function namesIn(text: string, questionTerms: ReadonlySet<string>, termsOf: TermsOf): string[] {
  const { words, isName } = nameMask(text, questionTerms, termsOf);
  return words.filter((_, i) => isName[i]).map((w) => w.token);
}

/** The text's words, and which of them are new names (see `namesIn`). */
function nameMask(text: string, questionTerms: ReadonlySet<string>, termsOf: TermsOf): { words: WordToken[]; isName: boolean[]; joined(i: number): boolean } {
  const words = wordTokens(text);
  const nameLike = words.map((w, i) => {
    if (!/^\p{Lu}/u.test(w.raw) || w.opensSentence) return false;
    if (ACRONYM.test(w.token)) return true;
    return !isGeneralNoun(w.token) && !isStopWord(foldGerman(normalize(w.token))) && !followsDeterminer(words, i);
  });
  const given = words.map((w, i) => nameLike[i]! && termsOf(w.token).some((t) => questionTerms.has(t)));
  // A run of name-like words joined by spaces or hyphens is one name: given when any of its words is.
  const joined = (i: number) => i > 0 && /^[\s-]+$/u.test(text.slice(words[i - 1]!.start + words[i - 1]!.raw.length, words[i]!.start));
  for (let i = 1; i < words.length; i++) if (nameLike[i] && nameLike[i - 1] && joined(i) && (given[i] || given[i - 1])) given[i] = given[i - 1] = true;
  for (let i = words.length - 2; i >= 0; i--) if (nameLike[i] && nameLike[i + 1] && joined(i + 1) && given[i + 1]) given[i] = true;
  return { words, isName: nameLike.map((n, i) => n && !given[i]), joined };
}

/**
 * The word naming the asked role: the noun after "welche/which", or the head of the noun phrase after "wie heißt" /
 * "what is the name of" (German: its last capitalised word; English: its last word before a participle or a function
 * word). Null when none is found.
 */
export function askedRole(question: string): string | null {
  const entity = ROLE_AFTER_WHICH.exec(question);
  if (entity) return entity[1]!;
  const opening = NAME_OPENING.exec(question);
  if (!opening) return null;
  const run: string[] = [];
  const english = /^\s*(?:what|who)/iu.test(question);
  for (const w of question.slice(opening[0].length).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,;?]/gu) ?? []) {
    const bare = w.replace(/['’]s$/u, '');
    if (/^[,;?]$/u.test(w)) break;
    if (isStopWord(foldGerman(normalize(bare)))) {
      if (run.length) break;
      continue;
    }
    if (english && run.length && /(?:ed|ing)$/iu.test(bare)) break;
    run.push(bare);
  }
  const german = run.filter((w) => /^\p{Lu}/u.test(w));
  return (english ? run.at(-1) : (german.at(-1) ?? run.at(-1))) ?? null;
}

/** How many words apart a name and its role may stand ("Verteidigungsminister No Kwang Chol", "Sprecher der Stelle, Max Muster"). */
const ROLE_WINDOW = 4;

/**
 * Whether a name question's matching sentences (within `nearBest` of the best coverage) name nobody new within
 * ROLE_WINDOW words of the asked role (its terms, synonyms, translations). False for a question that asks for no name
 * or whose role is not found. No idf weighs in, so indexing other dossiers beside it changes nothing.
 */
export function missesName(evidence: AnswerEvidence, sentences: readonly CheckedSentence[], nearBest = NEAR_BEST): boolean {
  if (!asksForName(evidence.question) || sentences.length === 0) return false;
  const role = WHO_HEADS.test(evidence.question) ? 'person' : askedRole(evidence.question);
  if (role === null) return false;
  // A German role by its own word, not its synonyms ("Chef" is no "Präsident"), and of a compound only its head (a
  // "Staatschef" is a Chef, not a "Staatsgast"); an English one reaches the German text only through its translations.
  // Round 17, eighteen tuning dossiers: unanswerable declined +1 each, answerable unchanged.
  const german = !looksEnglish(evidence.question);
  const own = evidence.queryTerms(role, german);
  const roleTerms = new Set(german && own.length ? own.filter((t) => own[0]!.endsWith(t)) : own);
  if (roleTerms.size === 0) return false;
  const questionTerms = new Set(evidence.queryTerms(evidence.question));
  const best = Math.max(...sentences.map((s) => s.coverage));
  const classRole = CLASS_ROLE.test(role);
  const authority = asksForAuthority(role); // "Welche Behörde": "der Generalbundesanwalt" (institution-role.ts)
  const answers = (text: string) =>
    (classRole && fullName(text, questionTerms, evidence.termsOf)) ||
    (authority && namesAuthority(text, questionTerms, evidence.termsOf)) ||
    namesRole(text, roleTerms, questionTerms, evidence.termsOf);
  return !sentences.some((s) => s.coverage >= nearBest * best && answers(s.text));
}

/**
 * Roles that are a class of people, not an office (9 words, from the role lists above): the text writes their members'
 * offices or nothing beside the name ("Ministerpräsident Markus Söder", "Li Hongzhong" for "which politician"), so a
 * full name anywhere in the sentence answers, and a name beside the role word still does ("die Spielerin Popp").
 * Round 18 added players: a match report names the scorer without "Spielerin" beside her; with the model the top
 * passages often hold only such a sentence (hybrid declined "welche Spielerin …"). Lexical: no decision changes.
 */
const CLASS_ROLE = /^(?:person(?:en|s)?|people|leute|politiker(?:in|innen|n)?|politicians?|spieler(?:in|innen|n)?|players?)$/iu;

/** A new person's full name: two new names side by side ("Markus Söder"). */
function fullName(text: string, questionTerms: ReadonlySet<string>, termsOf: TermsOf): boolean {
  const { words, isName, joined } = nameMask(text, questionTerms, termsOf);
  return words.some((_, i) => i > 0 && isName[i] && isName[i - 1] && joined(i));
}

/** A new name within ROLE_WINDOW words of a word holding one of the role's terms. */
function namesRole(text: string, roleTerms: ReadonlySet<string>, questionTerms: ReadonlySet<string>, termsOf: TermsOf): boolean {
  const names = new Set(namesIn(text, questionTerms, termsOf));
  if (names.size === 0) return false;
  const words = wordTokens(text);
  return words.some((w, i) => termsOf(w.raw).some((t) => roleTerms.has(t)) && words.slice(Math.max(0, i - ROLE_WINDOW), i + ROLE_WINDOW + 1).some((n) => names.has(n.token)));
}
