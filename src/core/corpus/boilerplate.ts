/**
 * A general boilerplate classifier for lines of copied page text. It knows no outlet: it looks at what page
 * furniture has in common everywhere — credit and photo-credit patterns, running times, teaser and "read also"
 * phrases, share/newsletter/consent prompts, menus — and at what prose has and furniture lacks (length, German
 * function words, sentence punctuation). Lines repeated in several articles of the dossier are furniture too.
 */
import { isBareDate } from './dates.js';
import { AGENCIES, COPYRIGHT } from './names.js';
import { promptReason } from './prompts.js';
import { HOST, siteAddress } from './site-address.js';
import { SENTENCE_END } from './text.js';
import { isUpdateNote } from './update-note.js';
import { withoutRegnalPeriod } from './regnal-number.js';

/** Frequent German function words: prose is full of them, menus, captions and credits are not. */
const FUNCTION_WORDS = new Set(
  ('der die das den dem des ein eine einen einem einer eines und oder aber nicht auch sich sie er es wir ich ist sind ' +
    'war waren wird werden wurde wurden hat haben hatte hatten sei seien dass als wie wenn weil ob zu zum zur im in am an ' +
    'auf aus bei mit nach von vor für über unter um durch gegen seit bis noch schon nur so da dann doch man kann soll ' +
    'muss mehr sehr ihr ihre sein seine diese dieser dieses was wer wo').split(' '),
);

/** Share of a line's words that are function words (0 for a menu entry, ~0.3–0.5 for German prose). */
export function functionWordShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length === 0 ? 0 : words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length;
}

/** A line a reader would accept as running text: long enough, ends like a sentence, made of ordinary German. */
export function isProse(text: string): boolean {
  return text.length >= 60 && SENTENCE_END.test(text) && functionWordShare(text) >= 0.12;
}

/** Photo credits and image captions: "… Foto: Name/dpa", "Bild: …", "©", "picture alliance / dpa | Name", "… - dpa". */
const CREDIT = [
  /(^|[\s(])(Foto|Fotos|Bild|Bilder|Bildrechte|Bildquelle|Fotograf|Fotografin|Grafik|Illustration|Archivfoto|Quelle|Credit|Copyright)\s?:\s?\S/,
  // A gallery may count its pictures before the colon: "Bildergalerie (12 Bilder): So läuft die Suche".
  /^(Video|Audio|Galerie|Bildergalerie|Symbolbild|Archivbild)(?:\s*\(\d+\s*(?:Bilder|Fotos|Videos)\))?\s?:/i,
  // A video's caption under its own label: "Im Video: Drohnenaufnahmen zeigen die zerstörte Brücke." ("Im Video sieht man …", a sentence, has no colon).
  /^Im (?:Video|Clip|Podcast)\s?:\s/,
  COPYRIGHT,
  new RegExp(`(^|[\\s(|/])(${AGENCIES})\\s?/\\s?\\p{L}|\\p{L}\\s?/\\s?(${AGENCIES})\\b|\\b(${AGENCIES})\\s?\\|`, 'u'),
  new RegExp(`\\s[-–|]\\s(${AGENCIES})(/\\S+)?\\)?$`),
  /\((Archivbild|Symbolbild|Archivfoto|Symbolfoto)\)/,
  /^\(?(Foto|Bild)\s*:?\s*$/i,
  /^(Legende|Bildunterschrift|Bildlegende|Bildtext)\s*:/i,
  /^(Fotocredits?|Bildnachweise?|Bildquellen|Fotonachweise?)\s*:/i,
  // The references a service page lists under its text: "Quellen: Bundesministerium für Gesundheit: …; …".
  /^(?:Verwendete\s+)?(?:Quellen|Quellenangaben|Literaturangaben|Literatur)\s*:\s*\S/,
  // A reviewer credited beside the byline, "Medizinisch geprüft von Dr. med. A, Facharzt für …" — not a sentence.
  /^(?:Medizinisch|Fachlich|Wissenschaftlich|Juristisch|Rechtlich)\s+(?:geprüft|überprüft|begutachtet)\s+(?:von|durch)\s+\p{Lu}(?!.*[.!?]["“”»«’')]*$)/u,
];

// Built once: signOffSite runs for most short lines of every page.
const SIGN_OFF_AGENCY = new RegExp(`^(?:${AGENCIES}|Agenturen|red)$`);

/**
 * A sign-off standing alone: agency tags, the editors' initials and the site, "(dpa, AFP)", "APA/red",
 * "red, ORF.at/Agenturen" — returns the site address it names ("" when it names none), or null for other lines.
 */
export function signOffSite(text: string): string | null {
  const parts = text.replace(/^\(|\)$/g, '').split(/\s*[,/;|]\s*/);
  if (parts.length > 6) return null;
  const agency = (p: string) => SIGN_OFF_AGENCY.test(p);
  const site = (p: string) => siteAddress(p) !== null;
  if (!parts.some(agency) || !parts.every((p) => agency(p) || site(p) || /^[a-z]{2,4}$/.test(p))) return null;
  return parts.find(site) ?? '';
}

/**
 * Media players: a running time ("02:14 min") anywhere; player buttons, reading times and a player's download row
 * ("Audio herunterladen (3,1 MB | MP3)": a file size in brackets, which no sentence of a story writes so) only outside prose.
 */
const RUNNING_TIME = /\b\d{1,2}:\d{2}(:\d{2})?\s?(min|Min\.?|Minuten)\b/;
/** A labelled podcast or video box ending in its running time, "Podcast: „Gesund vernetzt“ – Folge 61: Wie …? (28 Min.)": its title may read as a sentence. */
const LABELLED_RUNNING_TIME = /^(?:Podcast|Audio|Video|Hörtipp|Videotipp)\s?:.{0,200}\(\d{1,3}(?::\d{2})?\s?(?:Min\.?|Minuten|min)\)$/;
/**
 * A read-aloud note ending in its length as a cell of its own: "🔊 Artikel vorlesen lassen · gesprochen von einer
 * KI-Stimme · 5 Min." — a player's label, however sentence-like its words; a story's sentence has no "· 5 Min." cell.
 */
const LISTEN_NOTE = /\b(?:vorlesen|vorgelesen|anhören|Hörfassung|Audioversion|Audio-Version)\b.{0,120}\s[·|•]\s*\d{1,3}\s?(?:Min\.?|Minuten|min)$/i;
const PLAYER = [
  /^(Video|Audio|Podcast|Livestream|Bildergalerie)$/i,
  /\b(abspielen|Laufzeit|Video starten|Audio starten|Jetzt anhören|Jetzt ansehen|Artikel zum Hören|Artikel vorlesen|vorlesen lassen|anhören|Anhören|Hörfassung|Audioversion|Audio-Version|Lesedauer|Lesezeit)\b/i,
  /^\d{1,3}\s?Min\.?$/,
  /^(Audio|Video|Podcast|Folge|Episode|Sendung|Beitrag)\s+(herunterladen|downloaden)\b|^Download\s*(\(|:|$)/i,
  /\(\s*\d+(?:[.,]\d+)?\s?(KB|MB|GB)\s*(?:[|,·]\s*(MP3|MP4|M4A|AAC|OGG|WAV|PDF)\s*)?\)/i,
];

/** Related-article teasers and "read also" prompts. */
const TEASER_WORDS = '(Lesen Sie (auch|mehr|hier|dazu)|Auch interessant|Das könnte Sie (auch )?interessieren|Mehr zum Thema|Mehr dazu|Zum Thema|Weitere Artikel|Weitere Nachrichten|Weitere Informationen|Weiterlesen|Empfehlungen?|Top-Themen|Meistgelesen|Meistgelesene|Beliebte Artikel|Verwandte Artikel|Artikel zum Thema|Ähnliche Artikel|Passend zum Thema|Zum Artikel|Mehr aus|Mehr von|Neueste Artikel|Weitere Themen|Weitere Meldungen|Auch lesenswert|Ebenfalls interessant|Zum Weiterlesen|Leseempfehlungen?|Mehr Nachrichten|Unsere Empfehlungen?|Aus dem Archiv|Read more|Read also|Related|You may also like|More on this)';
/** A paywall badge before the teaser's label marks the teased article as paid: "PNN+ Lesen Sie auch: …", "SZ Plus Mehr zum Thema". */
const PAY_BADGE = '(?:[\\p{L}\\d.-]{1,12}\\s?(?:\\+|Plus|PLUS)\\s+)?';
const TEASER_START = new RegExp(`^${PAY_BADGE}${TEASER_WORDS}\\b`, 'iu');
const TEASER_LABEL = new RegExp(`^${PAY_BADGE}${TEASER_WORDS}\\s*[:»›]`, 'iu');

/** "Mehr zum Thema", "Mehr aus Köln", "Lesen Sie mehr zum Thema:", "Links:": a heading over a list of teasers or links. */
export function isTeaserHeading(text: string): boolean {
  if (/^(?:Links|Weblinks|Externe Links)\s*:$/i.test(text)) return true;
  // A citation suggestion ("Zitiervorschlag", then author, title, outlet, date, address) cites the page, it says nothing.
  if (/^(?:Zitiervorschlag|Zitierhinweis|Zitierempfehlung)\s*:?$/i.test(text)) return true;
  // "Mehr auf LTO.de:", "Mehr bei tagesschau.de": the site's own teasers under its address.
  const more = text.match(/^Mehr (?:auf|bei) (\S+?):?$/);
  if (more && siteAddress(more[1]!) !== null) return true;
  const rest = text.replace(TEASER_START, '').replace(/[:»›]\s*$/, '').trim();
  return TEASER_START.test(text) && rest.split(/\s+/).filter(Boolean).length <= 3 && !SENTENCE_END.test(text);
}

/** "Mehr zum Thema", "Lesen Sie auch: …": a teaser heading or a read-also line, not a sentence that starts alike ("Zum Thema äußerte er sich nicht."). */
export function isTeaserLine(text: string): boolean {
  return TEASER_LABEL.test(text) || (TEASER_START.test(text) && text.length < 80 && !SENTENCE_END.test(text));
}

/** An agency's credit path with no label before it: "Getty Images/iStockphoto/Name". */
const AGENCY_PATH = new RegExp(`^(?:${AGENCIES})\\s?/\\s?\\S`);

/** Footer menus: "Impressum", "Datenschutz", "AGB", "Kontakt" … */
const FOOTER = /^(Impressum|Datenschutz|AGB|Kontakt|Barrierefreiheit|Über uns|Mediadaten|Nutzungsbedingungen|Jobs|Karriere|Hilfe|FAQ|Abo|Shop|Archiv|Sitemap|RSS|Presse|Werben|Cookie-Einstellungen|Privatsphäre|E-Paper|ePaper)\b/i;

/**
 * A line that only credits or labels an image: "Foto: Andrew Medichini / AP", "(Foto: picture alliance/dpa)",
 * "© ESA/CNES", "Legende: …" (a source line or a company's copyright footer is not).
 */
export function isCreditOnly(text: string): boolean {
  if (/^(Legende|Bildunterschrift|Bildlegende|Bildtext)\s*:/i.test(text)) return true;
  // "© Kay Nietfeld/dpa" credits a photo; "© Kleine Zeitung 2023 · Alle Rechte vorbehalten" is the page's footer.
  const photo = /^©\s?\S/.test(text) && (/[/|]/.test(text) || (text.length <= 60 && !/\b\d{4}\b|Rechte|GmbH|\bAG\b|Verlag|Media|Medien/.test(text)));
  // "Getty Images/iStockphoto/Name", "picture alliance/dpa": an agency's path with no label before it.
  const agencyPath = AGENCY_PATH.test(text);
  const credit = /^\(?(Foto|Fotos|Bild|Bilder|Bildrechte|Bildquelle)\s?:\s?\S/i.test(text) || photo || agencyPath;
  // "Bild: Ein Zug steht still. (APA/dpa)": a caption with its credit in brackets holds a sentence — it is the caption
  // itself, and the line above it is no caption of it.
  const caption = SENTENCE_END.test(text.replace(/\s*\([^()]*\)$/, ''));
  return text.length <= 100 && credit && !caption && !SENTENCE_END.test(text.replace(/\)$/, ''));
}

/** A bare link: a site address with or without a path. */
const LINK = new RegExp(`^(?:www\\.)?${HOST}(?:/\\S*)?$`, 'i');

/** What the classifier needs to know beyond the line itself. */
export interface LineContext {
  /** Lines (squashed) that occur in two or more articles of the dossier. */
  repeated: ReadonlySet<string>;
}

/** Why a line is page furniture, or null when it may be article text. */
export function boilerplateReason(text: string, context: LineContext): string | null {
  const prose = isProse(text);
  // Prose that two articles share is agency copy both printed, not furniture: only fragments count.
  if (context.repeated.has(text) && !prose) return 'repeated in several articles';
  if (!prose || text.length < 300) {
    if (CREDIT.some((re) => re.test(text)) || signOffSite(text) !== null) return 'credit or caption';
    if (RUNNING_TIME.test(text) || LABELLED_RUNNING_TIME.test(text) || LISTEN_NOTE.test(text) || (!prose && PLAYER.some((re) => re.test(text)))) return 'media player';
    if (isTeaserLine(text)) return 'teaser or read-also';
    const prompt = promptReason(text, prose || isSentenceLike(text));
    if (prompt) return prompt;
    if (!prose && isTimestamp(text)) return 'timestamp';
    if (isUpdateNote(text)) return 'update notice';
    if (isTeaserEnding(text)) return 'teaser ending';
  }
  if (!prose && isMenu(text)) return 'menu';
  if (isNetworkLine(text)) return 'publisher network';
  if (/^\[\d+\]\s*\S*$/.test(text) || /^https?:\/\/\S+$/.test(text) || LINK.test(text)) return 'link';
  return null;
}

/** A live ticker's time stamp or a date standing alone between paragraphs: "14:27 Uhr", "vor 2 Stunden", "Heute, 09:15". */
function isTimestamp(text: string): boolean {
  return /^(?:(?:Heute|Gestern|Vorgestern),?\s*)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?$|^(?:vor|seit)\s+(?:\d+|einer?)\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?)$/i.test(text) || isBareDate(text);
}

/** Eight or more words, many of them function words: a sentence, even when its full stop is missing. */
function isSentenceLike(text: string): boolean {
  return text.split(/\s+/).length >= 8 && functionWordShare(text) >= 0.15;
}

/** A teaser ends in "mehr", "weiterlesen", "»" or a running time instead of a sentence. */
function isTeaserEnding(text: string): boolean {
  if (/(^|\s)(mehr|Mehr|weiterlesen|Weiterlesen|mehr lesen|Mehr lesen)\s*[»›>…]*$/.test(text) || /\s[»›]$/.test(text)) return true;
  // A video or audio teaser's bare running time, "… neue Verbindungen 02:14" (a clock time would say "Uhr").
  return !SENTENCE_END.test(text) && /\p{L}\s\(?\d{1,2}:\d{2}\)?$/u.test(text);
}

/** "Impressum | Datenschutz | Kontakt", "Politik · Wirtschaft · Sport", or one footer entry. */
function isMenu(text: string): boolean {
  const items = text.split(/\s+[|·•/›»>]\s+|\s{2,}/).filter(Boolean);
  // A breadcrumb's last entry may end in a ruler's number ("Kirche › Benedikt XVI."): that period ends no sentence.
  if (items.length >= 3 && items.every((item) => item.split(' ').length <= 4 && !SENTENCE_END.test(withoutRegnalPeriod(item)))) return true;
  return FOOTER.test(text) && text.split(' ').length <= 6 && !SENTENCE_END.test(text);
}

/**
 * "fr.de ist Teil des IPPEN.MEDIA-Netzwerks", "merkur.de gehört zur Mediengruppe …": the site, by its address, naming
 * its publisher's network. A story names a company by its name ("Die Zeitung ist Teil der Funke-Gruppe"), not its address.
 */
function isNetworkLine(text: string): boolean {
  const m = text.match(/^(\S+)\s+(?:ist\s+(?:ein\s+)?(?:Teil|Mitglied|Angebot)\s+(?:des|der|von)|gehört\s+zu[mr]?)\s+\S/);
  return m !== null && text.length <= 120 && siteAddress(m[1]!) !== null;
}
