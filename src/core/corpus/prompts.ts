/**
 * What a page says to its reader rather than about the story. Here: the site's own controls and calls — share rows,
 * skip links, consent and cookie banners, embed placeholders, comment prompts and counters, gallery counters, calls
 * for the reader's pictures or to follow the site, page banners, tag labels. promptReason is the line classifier's
 * one question for all of them, and also asks the modules of the other kinds: ads and paid offers (ad-offers.ts),
 * the outlet's newsletter, app and e-paper (channel-offers.ts), notes about the text itself (text-notes.ts) and
 * one-line widgets (page-widgets.ts). German news sites word these alike, whatever the outlet.
 */
import { SENTENCE_END } from './text.js';
import { isAdOrOffer, isDonationAccount } from './ad-offers.js';
import { isChannelOffer } from './channel-offers.js';
import { widgetReason } from './page-widgets.js';
import { offeredSite } from './offer-line.js';
import { isMaterialCredit, isProgrammeLine, isTextNote } from './text-notes.js';

/** A button of a consent banner. */
const CONSENT_CHOICE = '(?:Alle akzeptieren|Akzeptieren|Zustimmen|Einverstanden|OK|Ablehnen|Alle ablehnen|Nur notwendige(?: Cookies)?|Mehr Optionen|Optionen|Einstellungen|Cookie-Einstellungen|Optionen verwalten|Datenschutz|Mehr Infos|Mehr Informationen|Mehr erfahren)';

/** One of these suffices: the whole line is a prompt. */
const PROMPT = [
  /^(Teilen|Artikel teilen|Beitrag teilen|Seite teilen|Drucken|Merken|Link kopieren|Per Mail|E-Mail|Mail|Mailen|Twittern|Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Xing|Threads|Bluesky|Flipboard|Pocket|Feedback|Vorlesen|Anhören|Artikel anhören|Kommentare?(\s*\(?\d+\)?)?|Kommentieren|Zur Startseite|Startseite|Nach oben|Zurück|Mehr anzeigen|Mehr|Weniger|Schliessen|Schließen|Menü|Suche|Anmelden|Abmelden|Einloggen|Login|Registrieren|Ad|Anzeige|Werbung|Zum Inhalt springen|Zum Hauptinhalt springen|Direkt zum Inhalt|Navigation|Zustimmen|Einverstanden|Akzeptieren|Ablehnen|Einstellungen|Live|Mediathek|Merkliste|Zur Merkliste( hinzufügen)?|Vergrößern|Bild vergrößern|Zur Bildergalerie|Inhalt laden|Alle Inhalte laden)\s*[:»›>]?\s*$/i,
  // A share row squashed into one line, its label then only the channels: "Artikel teilen Facebook LinkedIn E-Mail".
  /^(?:(?:Artikel|Beitrag|Seite) )?[Tt]eilen\s*:?(?:\s*[·|,]?\s*(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Xing|E-Mail|Mail|Threads|Bluesky|Flipboard|Pocket|Link kopieren|Drucken))+$/,
  /^Ein Beitrag geteilt von\b|^(Fehler gefunden|Fehler melden|Haben Sie einen Fehler|Sie haben einen (Tipp|Rechtschreib)?[Ff]ehler gefunden)\b/,
  // The footer's rights notice on its own line: "Fotos sowie Grafiken unterliegen dem Schutz des Urheberrechts."
  /^(Alle )?(Fotos|Bilder|Inhalte|Texte)( (sowie|und) (Grafiken|Videos|Texte|Bilder))? unterliegen dem Schutz des Urheberrechts\.?$/,
  /^(Zur Navigation( springen)?|Navigation überspringen|Zum Seitenanfang|Nach oben scrollen|Zurück nach oben)$/i,
  // Skip links in any wording: "Zur Hauptnavigation springen", "Springe zum Hauptinhalt", "Direkt zur Suche".
  /^(?:(?:Zu[mr]|Direkt zu[mr]?|Springe zu[mr]?|Springen zu[mr]?|Weiter zu[mr]?)\s+(?:Haupt)?(?:[Nn]avigation|[Ii]nhalt|[Ii]nhalten|[Mm]enü|[Ss]uche|Fußzeile|Footer|Seitenanfang|Startseite|Artikel)(?:\s+(?:springen|wechseln|überspringen))?)$/,
  /\bexterne[nr]? (Inhalte?|Dienste?)\b.{0,80}\b(anzeigen|laden|aktivieren|zustimmen|einverstanden)\b/i,
  // Push and cookie prompts name themselves in words no story uses about itself.
  /\b(Browser-Push\S*|Push-Benachrichtigung\w*|Push-Mitteilung\w*|Cookie-Einstellungen|Newsletter-Anmeldung)\b/i,
  /\b(Newsletter abonnieren|Jetzt abonnieren|Abo abschließen|Alle akzeptieren|Akzeptieren und weiter|Zustimmen und weiter|Nutzungsrechte erwerben|Diskutieren Sie mit|Posten Sie|Kommentare? (zu )?schreiben|Kommentar verfassen|Zum Kommentieren|um (einen Kommentar )?zu kommentieren|Kommentare (anzeigen|lesen|laden|öffnen)|Folgen Sie uns|Externer Inhalt|externen Inhalt|Empfohlener redaktioneller Inhalt|Bereits Abonnent|Bereits registriert|Hier anmelden|Jetzt anmelden|Jetzt weiterlesen|Weiterlesen mit|Jetzt registrieren|Jetzt testen|kostenlos testen|Jetzt freischalten|Artikel freischalten|Artikel merken|Zur Merkliste)\b/i,
  /\b(verwende[nt]|nutz(en|t)|setz(en|t)|benötigen)\b.{0,40}\b(Cookies|Ihre Zustimmung)\b/,
  /^Wir benutzen\b.{0,40}\bCookies\b/, // the site speaking: a story quoting it opens with a quote mark
  // A call for the reader's pictures, letters or tips, with the address to send them to: "Schicken Sie uns Ihre Bilder
  // an leserreporter@oz-beispiel.de", "Schreiben Sie uns Ihre Meinung: leserbriefe@…". Only as a sentence the page opens.
  // The reader's own pictures may come first: "Schicken Sie Ihre Fotos und Videos an leserreporter@bz-berlin.de".
  /(?:^|[.!?]\s+)(?:Schreiben|Schicken|Senden|Mailen) Sie (?:uns|der Redaktion|Ihre|Ihr)\b[^.!?]{0,80}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
  // The pictures may open the sentence, the verb after them: "Fotos von den Gottesdiensten in Ihrer Pfarrei schicken
  // Sie gerne an leserbilder@…". Only pictures and letters: a police appeal for "Hinweise" is reported as news.
  /(?:^|[.!?]\s+)(?:Ihre )?(?:Fotos|Bilder|Videos|Leserbilder|Leserbriefe)\b[^.!?]{0,80}?\b(?:schicken|senden|mailen) Sie (?:uns )?(?:gerne |bitte )?(?:an|per (?:E-)?Mail an) [\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
  // A banner over the page: a one-word label, its news, then the link it leads to, unpunctuated ("Unwetterwarnung: Der
  // Deutsche Wetterdienst warnt … Zur aktuellen Warnlage", "Eilmeldung: … Zum Liveblog"). Prose ends in a full stop.
  /^\p{Lu}[\p{L}-]+:\s.{10,200}[.!]\s+Zu[mr]\s[^.!?:]{3,40}$/u,
  // A consent-management banner: the site itself ("Wir und unsere Partner", the wording of the industry's common
  // consent framework) storing or reading data on the reader's device — a story quoting it opens with a quote mark.
  // Also counted ("Wir und bis zu 142 Partner verarbeiten Ihre Daten"), with the reader's data as what is processed.
  /^Wir (und|sowie) (?:unsere|bis zu) (\d+\s+)?(Partner|Werbepartner|Drittanbieter)\b.{0,80}\b(speichern|greifen|zugreifen|verarbeiten)\b.{0,80}\b(Gerät|Endgerät|Geräten|Ihre Daten)\b/,
  // …or any banner's text ending in its buttons: two or more consent choices joined by "|" ("Zustimmen | Mehr Optionen").
  new RegExp(`(?:^|[.!?]\\s+)${CONSENT_CHOICE}(?:\\s*\\|\\s*${CONSENT_CHOICE})+$`, 'i'),
  /\b(teilen Sie|Teilen Sie)\b.{0,30}\b(Artikel|Beitrag|Seite)\b|\b(auf|per|via) (Facebook|Twitter|X|LinkedIn|WhatsApp|E-Mail)\b.{0,20}(teilen|versenden)\b|\bteilen$/i,
  /^(Schlagwörter|Schlagworte|Stichwörter|Themen|Tags|Mehr zu|Ressort|Rubrik)\s*:/i,
  // An embed's placeholder telling the reader what to allow first: "Zum Abspielen des Podcasts müssen Sie externe
  // Inhalte zulassen.", "Zum Anhören müssen Sie Inhalte von Drittanbietern zulassen." (a story reports such a rule
  // about someone, not "Sie" the reader, with "zum Abspielen" first).
  /^(?:Zum\s+(?:Abspielen|Anhören|Ansehen|Anzeigen|Laden|Nutzen)|Um\b.{0,40}\b(?:abzuspielen|anzuhören|anzusehen|anzuzeigen|zu laden),?)\b.{0,40}\b(?:müssen|musst) (?:Sie|du)\b.{0,40}\b(?:Inhalte|Dienste|Cookies|Drittanbieter\w*)\b.{0,40}\b(?:zulassen|erlauben|aktivieren|akzeptieren|zustimmen|freigeben)\.?$/,
  // Embed placeholders: "Inhalte von YouTube laden", "Um Inhalte von X anzuzeigen, …".
  /\b(Inhalte?|Beitrag|Video|Post|Tweet)\b.{0,30}\b(von|aus)\s+(X|Twitter|Instagram|YouTube|Facebook|TikTok|Datawrapper|Podigee|Spotify|Vimeo|Glomex|Flourish|Mastodon|Bluesky|Threads)\b.{0,60}\b(anzeigen|anzuzeigen|laden|zu laden|aktivieren|zustimmen|nachladen)\b/i,
  // …and the consent it asks for in the reader's name: "Mit dem Abspielen stimmen Sie der Datenübertragung an Google zu."
  /(?:^|[.!?]\s+)(?:Mit dem|Beim) (?:Abspielen|Laden|Anzeigen|Aktivieren|Klick)\b.{0,80}\b(?:stimmen|willigen) Sie\b/,
  // The site asking to be followed on a social network: "Folgen Sie der Volksstimme auf Facebook und Instagram." A
  // story quoting such a call opens with a quote mark, so only a sentence that starts with it counts.
  // The reader addressed as "du" names the site itself, one word before "auf": "Folge watson auf Instagram, TikTok
  // und WhatsApp" ("Folge der Debatte auf X war …", the noun, has more words before "auf").
  /(?:^|[.!?]\s+)(?:Folgen Sie (?:uns|der|dem|den)\b.{0,60}|Folge (?:uns|[\p{L}\d][\p{L}\d.-]*) )\bauf (?:Facebook|Instagram|X|Twitter|Threads|WhatsApp|TikTok|YouTube|LinkedIn|Bluesky|Mastodon|Telegram|Google News)\b/u,
  // A podcast or video promo under its label, telling the reader where to listen: "Podcast: … Hören Sie die aktuelle Folge …".
  /^(?:Podcast|Audio|Video)\s?:.{0,150}[.!?]\s+(?:Hören|Sehen|Schauen) Sie\b/,
  // A teaser closed by its button after a dash, with no full stop (16 verbs of such buttons): "PZ-Fortbildung: … mit
  // 2 Fortbildungspunkten – jetzt Lektion starten". A sentence urging the same ends with its stop ("… – jetzt handeln.").
  /\s[–—-]\s+[Jj]etzt\s+(?:[\p{L}\d-]+\s+){0,3}(?:starten|sichern|anmelden|buchen|bestellen|entdecken|herunterladen|ansehen|anhören|lesen|testen|mitmachen|teilnehmen|abstimmen|informieren|abonnieren)$/u,
  // A box the page sets beside the story, naming itself so (6 labels): "Infobox: Hier gibt es Hilfe – Das …". A story
  // does not call its own paragraph a box; "Die Infobox am Bahnsteig …" is a sentence about one.
  /^(?:Infobox|Info-Box|Infokasten|Info-Kasten|Servicebox|Service-Box)\s*:\s/,
  // A print view's note on the page itself: "Diese Seite wurde gedruckt von: https://…".
  /^Diese Seite wurde (?:am \S+ )?(?:gedruckt|ausgedruckt)\b/,
];

/** Only in lines that do not end like a sentence (a sentence may say the same): comment counters, gallery counters. */
const FRAGMENT = [
  /^\d+\s+(Kommentare?|Postings?|Reaktionen|Leserkommentare?)\b.{0,40}$/i,
  /^(Bild|Foto|Seite|Slide)\s+\d+\s*(von|\/|aus)\s*\d+\b.{0,80}$|^\d+\s*\/\s*\d+$/i,
  // A gallery's link with its count or what it does: "Galerie öffnen (24 Bilder)", "Zur Fotostrecke (12 Fotos)", "Alle Bilder ansehen".
  /^(?:(?:Zur|Alle|Die) )?(?:Galerie|Bildergalerie|Fotogalerie|Fotostrecke|Bilderstrecke|Bilder|Fotos)(?:(?:\s+(?:öffnen|ansehen|anzeigen|starten|durchblättern))?\s*\(\s*\d+\s+(?:Bilder|Fotos|Aufnahmen)\s*\)|\s+(?:öffnen|ansehen|anzeigen|starten|durchblättern))$/i,
];

/** Words of such prompts that prose may also use: one suffices in a short fragment, a sentence or long line needs two. */
const PROMPT_WORDS = /\b(Newsletter|abonnieren|Abonnent(en|in|innen)?|Digital-Abo|Pur-Abo|Plus-Artikel|Push-Benachrichtigungen?|Push-Mitteilungen|Browser-Push|Cookies?|Cookie-Einstellungen|Einwilligung|Datenschutzerklärung|Datenschutzeinstellungen|Tracking|Consent|Werbefrei|Postings?|Forum|registrieren|Drittanbieter\w*|externe Inhalte|Zustimmung|Partnern?|Einstellungen|Widerruf\w*|E-Mail-Adresse|personenbezogene|Datenschutzbestimmungen|Datenschutzhinweise?)\b/gi;

/** Why a line is a prompt, an offer, a note or a widget, or null; `sentence` says whether it reads as a sentence (then two prompt words are needed). */
export function promptReason(text: string, sentence: boolean): string | null {
  if (isDonationAccount(text)) return 'donation account';
  const widget = widgetReason(text);
  if (widget) return widget;
  if (isMaterialCredit(text)) return 'agency credit';
  if (isTextNote(text)) return 'broadcast or publication note';
  if (offeredSite(text)) return "owner's offer line";
  if (PROMPT.some((re) => re.test(text)) || isProgrammeLine(text) || isChannelOffer(text) || isAdOrOffer(text) || (!SENTENCE_END.test(text) && FRAGMENT.some((re) => re.test(text)))) return 'share, subscription or consent prompt';
  const words = new Set(text.match(PROMPT_WORDS)?.map((w) => w.toLowerCase()));
  return words.size >= (sentence ? 2 : 1) ? 'share, subscription or consent prompt' : null;
}
