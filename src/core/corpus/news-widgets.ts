/**
 * One-line widgets German, Swiss and Austrian news pages set between a story's paragraphs, each recognised by the
 * label and the call only the page makes: a live ticker's header framed in plus signs ("LIVE +++ … +++ Jetzt Ticker
 * öffnen"), a map or chart placeholder still loading ("Interaktive Karte: … – Karte wird geladen … Zum Aktivieren
 * klicken."), a podcast promo calling the reader to listen ("Podcast «…»: … Jetzt reinhören auf Spotify"), a quiz
 * teaser ("Quiz: Wie gut kennen Sie …? Zehn Fragen – jetzt mitraten!"), a speed-camera widget ("Blitzer heute in
 * der Region Bayreuth: B 85 bei Creußen, …") and a classified ad ("Marktplatz: …, zu verkaufen – Inserat ansehen").
 * A story reports such things in its own sentences, never with the call.
 */

/**
 * A live ticker's header: "LIVE", "Liveticker", "Newsblog" (6 labels) framed by plus signs, or a link to the ticker
 * closing the line ("Jetzt Ticker öffnen", "Zum Liveblog"). Ticker entries themselves are page-rows.ts's.
 */
const TICKER_HEADER = /^(?:LIVE|Live|Liveticker|Live-Ticker|Liveblog|Newsblog)\s*\+{3}\s.{5,200}\+{3}|\b(?:Jetzt|Zum|Zur)\s+(?:(?:Live-?)?[Tt]icker|Liveblog|Newsblog|Live-Berichterstattung)(?:\s+(?:öffnen|lesen|wechseln))?[.!]?$/;

/**
 * An embed's placeholder while it loads: what loads (10 kinds) and "wird geladen", with the ellipsis of a waiting page,
 * or the instruction to click it active. "Die Fracht wird geladen." has no ellipsis and asks nobody to click.
 */
const LOADING = /\b(?:Karte|Grafik|Inhalt|Inhalte|Video|Player|Widget|Kartenansicht|Umfrage|Tabelle)\s+(?:wird|werden)\s+geladen\s*(?:…|\.\.\.)|(?:^|[.…–-]\s*)(?:Zum|Zur) (?:Aktivieren|Anzeigen|Laden) (?:bitte )?(?:hier )?klicken\b/;

/**
 * A podcast or audio promo under its label (perhaps with the show's name in quotes before the colon), ending in the
 * call to listen: "Podcast «Seeland im Ohr»: … Jetzt reinhören auf Spotify und Apple Podcasts". A story quoting a
 * podcast says what was said in it, not "reinhören".
 */
const PODCAST_PROMO = /^(?:Podcast|Audio|Hörtipp)\b[^:.!?]{0,60}:\s.{5,200}\b(?:[Jj]etzt|[Hh]ier|[Gg]leich)\s+(?:rein|an)hören\b/u;

/**
 * A quiz teaser: its label (5 labels) and the call to play (6 verbs), "Quiz: Wie gut kennen Sie …? Zehn Fragen – jetzt
 * mitraten!". A story about a quiz show has no call to the reader.
 */
const QUIZ = /^(?:Quiz|Newsquiz|News-Quiz|Wochenquiz|Wissenstest)\s*:\s.{5,200}\b[Jj]etzt\s+(?:mitraten|mitmachen|mitspielen|spielen|starten|testen)\b[.!]?$/;

/**
 * A speed-camera widget: its label (4 labels) with today's checks and only places after the colon, roads and towns set
 * apart by commas, no sentence ("Blitzer heute in der Region Bayreuth: B 85 bei Creußen, Pegnitz Nürnberger Straße").
 * A story about speed checks ends like a sentence.
 */
const SPEED_CAMERAS = /^(?:Blitzer|Radarkontrollen|Geschwindigkeitskontrollen|Blitzermeldungen)\b[^:.!?]{0,60}:\s[^.!?]{3,250}$/;

/**
 * A classified ad from the site's market: its label (5 labels) and an offer only ads make, "zu verkaufen", "zu
 * verschenken", "abzugeben", or the link to the ad after a dash ("– Inserat ansehen"): "Marktplatz: Herdenschutzhund,
 * 18 Monate, arbeitserprobt, zu verkaufen – Inserat ansehen". No sentence: a story about a market ends like one.
 */
const CLASSIFIED = /^(?:Marktplatz|Kleinanzeigen?|Inserate?|Anzeigenmarkt|Tiermarkt)\s*:\s[^!?]{3,250}?(?:\bzu (?:verkaufen|verschenken|vermieten)\b|\babzugeben\b|\s[–—-]\s+(?:Inserat|Anzeige|Angebot) (?:ansehen|anzeigen|öffnen))[^.!?]{0,60}$/;

/** Why a line is one of these news widgets, or null. */
export function newsWidgetReason(text: string): string | null {
  if (text.length > 400) return null;
  if (TICKER_HEADER.test(text)) return 'live-ticker header';
  if (LOADING.test(text)) return 'embed placeholder';
  if (PODCAST_PROMO.test(text)) return 'podcast promo';
  if (QUIZ.test(text)) return 'quiz teaser';
  if (SPEED_CAMERAS.test(text)) return 'speed-camera widget';
  if (CLASSIFIED.test(text)) return 'classified ad';
  return null;
}
