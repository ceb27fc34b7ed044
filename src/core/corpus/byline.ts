/**
 * Bylines as German news pages print them: "Von A, München", "Ein Kommentar von A", "Autor: A", "Aus Kiew berichtet
 * unser Korrespondent A", "Von A und B · 13.02.2023". The author(s) and, where the line gives one, the day; a line
 * that goes on as a sentence is no byline.
 */
import { findDate } from './dates.js';
import { AGENCIES, joinNames, NAMES } from './names.js';
import { SENTENCE_END } from './text.js';

const ROLE = '(?:unsere[mr]?\\s+)?(?:Korrespondent(?:in|en)?|Redakteur(?:in)?|Reporter(?:in)?|Mitarbeiter(?:in)?|Autor(?:in)?)\\s+';
const GENRE = '(?:(?:Ein|Eine)\\s+)?(?:Kommentar|Analyse|Bericht|Interview|Gastbeitrag|Essay|Porträt|Reportage|Kolumne|Glosse|Leitartikel|Meinung|Recherche)\\s+';
// "VON A am 10. Oktober 2023": a byline set in capitals says "Von" all the same (a name in capitals after it is a
// headline's "VON DER LEYEN …"), and "am" may join the day to the name.
const BYLINE = new RegExp(`^(?:${GENRE}|(?:Ein|Eine)\\s+\\p{L}+\\s+|(?:Verfasst|Geschrieben|Recherchiert)\\s+)?(?:[Vv]on|VON(?=\\s+\\p{Lu}\\p{Ll}))\\s+(?:${ROLE})?(${NAMES})(?:(?:\\s*(?:,|\\||·|–|-|\\/)\\s*|\\s+(?=[\\d(])|\\s+am\\s+(?=\\d))(.{1,60}))?$`, 'u');
/**
 * "Aus der BayArena berichtet Jonas Wellershoff", "Aus Kiew berichtet unser Korrespondent Max Roth": a reporter's
 * byline naming where they report from. Only the whole line: prose goes on after the name ("…, dass die Lage ernst sei.").
 */
const REPORTS_FROM = new RegExp(`^(?:Aus|Vom|Von der|Von den)\\s+(?:(?:der|dem|den|die|das)\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2}\\s+berichte[nt]\\s+(?:unsere?\\s+(?=\\p{Lu}))?(?:${ROLE})?(${NAMES})$`, 'u');
/** "Text: A | Fotos: B": the pictures' credit after the text's author names who took them, not who wrote. */
const CREDITS = '(?:\\s*[|/·]\\s*(?:Fotos?|Bilder?|Grafiken?|Videos?|Illustrationen?)\\s*:\\s*[^|/·:]{2,60})?';
/** ", München" after a label's name ("Text: Clemens Hackl, München"): where the author writes from, as after "Von A, Passau". */
const LABEL_PLACE = '(?:\\s*,\\s*\\p{Lu}[\\p{L}.-]+(?:\\s\\p{Lu}[\\p{L}.-]+)?)?';
/**
 * "Autor: …", "Autorin …", and the gender-neutral label forms "Autor/in: …", "Autor*in: …", "Autor:in …"; an author
 * box's longer label names what was written, "Autor dieses Beitrags: …", "Autorin des Artikels: …" (3 nouns).
 */
const AUTHOR_LABEL = new RegExp(`^(?:(?:Autor(?:in|en|innen)?(?:[/*_:](?:in|innen|Autor|Autorin))?(?:\\s+(?:dieses|des)\\s+(?:Beitrags|Artikels|Textes))?|Text|Recherche)\\s*:|(?:Autor|Autorin)(?:[/*_:](?:in|Autor|Autorin))?\\s)\\s*(${NAMES})${LABEL_PLACE}${CREDITS}\\s*$`, 'u');
/** "FOCUS-online-Redakteurin Katrin Weidemann", "Korrespondent Max Roth": a role (with its outlet joined by hyphens) and a name, alone on a line. */
const ROLE_LINE = new RegExp(`^(?:[\\p{L}\\d]+-)*${ROLE}(${NAMES})$`, 'u');
/** "Freiburg | Von …", "Berlin · Von …": the dateline's place before the byline. */
const PLACE_FIRST = /^[\p{Lu}][\p{L}.-]+(?:\s[\p{Lu}][\p{L}.-]+)?\s*[|·]\s*(?=[Vv]on\s)/u;
/** ", Korrespondent Berlin-Brandenburg", ", Redakteurin im Ressort Politik": a job after the byline's name, to the line's end. */
const ROLE_AFTER = new RegExp(`\\s*,\\s*${ROLE}[^,|·]{0,60}$`, 'u');
/** "Von A und KNA": the agency sharing the story, no author. */
const AGENCY_PARTNER = new RegExp(`\\s+(?:und|mit)\\s+(?:${AGENCIES}|Agenturen)$`);

/** "Von Lea Hartmann, München", "Autor: Florian Weidinger", "Von A und B · 13.02.2023", "Aus Kiew berichtet A": the author(s) and a date, or null. */
export function readByline(text: string): { author: string; date?: string } | null {
  // "Von A, Istanbul, und B": a one-word place between commas after the first name says where A writes from.
  // "Von A und KNA", "Von A mit dpa": the agency that shares the story is no author; the reporter before it is.
  // "Von Max Roth, Korrespondent in Kiew", "Autor: A, Redakteurin Politik": the author's job after a comma is no second name.
  const line = text.replace(ROLE_AFTER, '').replace(PLACE_FIRST, '').replace(/(\p{Ll}),\s+\p{Lu}[\p{L}-]+,\s+und\s+(?=\p{Lu})/u, '$1 und ').replace(AGENCY_PARTNER, '');
  const byline = line.length <= 120 ? (line.match(BYLINE) ?? line.match(AUTHOR_LABEL) ?? line.match(ROLE_LINE) ?? line.match(REPORTS_FROM)) : null;
  // A byline ends with a name, a place or a date, never with a sentence.
  // A closing day ("· 18.01.2024") keeps its dots: they end a date, not a sentence.
  if (!byline || SENTENCE_END.test(text.replace(/\s*\d{1,2}[:.]\d{2}\s*(Uhr)?$/, '').replace(/(?:\d{1,2}\.\s?\d{1,2}\.\s?)?\d{4}$/, ''))) return null;
  const author = joinNames(byline[1]!.split(/\s*,\s*|\s+und\s+|\s*&\s*|\s+and\s+/));
  const date = byline[2] ? findDate(byline[2])?.iso : undefined;
  return { author, ...(date ? { date } : {}) };
}
