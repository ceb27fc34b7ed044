/**
 * The outlet offering the reader its own channels: a newsletter (its label, its sign-up, its schedule to "your"
 * inbox), its app and its e-paper, and the sign-up line itself ("Melden Sie sich für unseren Newsletter an"). A story reports such offers in other forms ("rät, die Warn-App herunterzuladen",
 * "Der Verein verschickt jeden Morgen einen Newsletter"); these lines speak to the reader or label the offer.
 */

/** One of these suffices: the line offers a newsletter, the app or the e-paper. */
const CHANNEL_OFFER = [
  // A newsletter or subscriber box's label opening the line: "Newsletter", "Abo", "Exklusiv für Abonnenten".
  /^(Newsletter|Abo|Exklusiv für Abonnenten)\b/,
  /\b(jeden (Morgen|Abend|Tag|Freitag)|täglich|wöchentlich|kostenlos|direkt)\b.{0,60}\b(Ihr|Ihrem)\s+(E-Mail-)?(Postfach|Posteingang)\b|\bmit (der|Ihrer) Anmeldung\b.{0,60}\b(Datenschutz\w*|Nutzungsbedingungen|AGB)\b/i,
  // An app offer in the imperative infinitive, as its own sentence at the end: "… aufs Handy: Jetzt die BZ-App
  // herunterladen." A story reports it in other forms ("rät, die Warn-App herunterzuladen"). A second infinitive may
  // follow: "Jetzt die Volksstimme-App herunterladen und Push-Nachrichten aktivieren.", or the promise of missing
  // nothing: "Jetzt die NOZ-App herunterladen und keine Nachricht aus der Region verpassen."
  // "laden" alone says the same: "Keine Eilmeldung verpassen: Jetzt die shz-App laden und Push-Nachrichten aktivieren."
  // The app may be named after it: "Jetzt die App der Aargauer Zeitung herunterladen und keine Nachricht verpassen."
  /(?:^|[.:!?]\s+)(?:Jetzt|Einfach)\s+(?:die|unsere)\s+(?:kostenlose\s+)?[\p{L}-]*App(?:\s+(?:der|des|von)\s+[^.!?]{1,40}?)?\s+(?:herunterladen|installieren|laden)(?:\s+und\s+(?:[^.!?]{1,50}\s+(?:aktivieren|einschalten|abonnieren|anmelden)|(?:keine|nichts)\b[^.!?]{0,50}\s+(?:mehr\s+)?verpassen))?[.!]?$/u,
  // An app offer under the app's name as its label, speaking to the reader: "Die MOPO-App: Alle News aus Hamburg direkt
  // auf Ihr Handy.", "Nordkurier-App: Nachrichten aus Ihrer Region immer dabei." A story's heading on an app ("Die
  // Corona-Warn-App: Was sie kann") does not address the reader.
  /^(?:Die |Unsere )?[\p{L}\d+]+(?:-[\p{L}\d+]+)*-App:\s.{0,120}\b(?:Ihr|Ihre|Ihrer|Ihrem|Ihren|Ihnen)\b/u,
  // …or as the promise of missing nothing, the app as the means, no verb but the infinitive: "Mit der AZ-App keine
  // Nachricht aus dem Allgäu mehr verpassen." A story about an app has a finite verb ("Mit der Warn-App soll niemand …").
  /^Mit (?:der|unserer) (?:kostenlosen |neuen )?[\p{L}\d.+]+(?:-[\p{L}\d.+]+)*-App (?:keine|nichts)\b[^.!?]{0,60}\bverpassen[.!]?(?:\s|$)/u,
  // The outlet's channel on a messenger offered in the imperative infinitive, "unser" naming the page itself: "Jetzt
  // unseren WhatsApp-Kanal abonnieren und nichts mehr aus Celle verpassen!". A story reports a channel in other forms
  // ("Die Stadt hat einen WhatsApp-Kanal eingerichtet").
  /(?:^|[.:!?]\s+)(?:Jetzt|Einfach)\s+(?:unseren|unserem|unser)\s+(?:kostenlosen\s+)?[\p{L}-]*(?:Kanal|Channel)\s+(?:abonnieren|folgen|beitreten)\b/u,
  // An e-paper offer in the imperative infinitive: "Jetzt das TT-ePaper lesen – schon ab 20 Uhr am Vorabend." A story
  // reports the e-paper in other forms ("Das E-Paper lesen inzwischen mehr Abonnenten …" has no "Jetzt" before it).
  /(?:^|[.!?]\s+)Jetzt (?:das|die|unser|unsere|Ihr|Ihre) (?:[\p{L}\d.+]+-)*(?:ePaper|E-Paper|e-Paper|Epaper|Digitalausgabe|Digital-Ausgabe|Zeitung digital)\s+(?:lesen|entdecken|testen|sichern|herunterladen|laden)\b/u,
  // …or offered in the imperative to the reader as "du", with the app's name as what to get: "Hol dir die B.Z.-App: Alle
  // News aus Berlin direkt aufs Handy". A story reports such an offer ("rät, sich die Warn-App zu holen").
  // The "du" may be capitalised, as some sites write it: "Hol Dir die TAG24-App und verpasse keine Eilmeldung mehr!"
  /^(?:Hol|Lade|Installiere|Sichere) [Dd]ir (?:die|unsere) (?:kostenlose |neue )?[\p{L}\d.+]+(?:-[\p{L}\d.+]+)*-App\b/u,
  // …or to the reader as "Sie", the same offer: "Immer top informiert: Holen Sie sich die EXPRESS-App für Android und
  // iOS!" — a sentence the page opens (a story reports it: "riet, sich die Warn-App zu holen").
  /(?:^|[.:!?]\s+)(?:Holen|Laden|Installieren|Sichern) Sie sich (?:die|unsere) (?:kostenlose |neue )?[\p{L}\d.+]+(?:-[\p{L}\d.+]+)*-App\b/u,
  // …or with the separable verb's particle after the app: "Laden Sie die GA-App herunter und verpassen Sie keine
  // Nachricht aus Bonn und der Region." A story reports it ("Die Behörde rät, die Warn-App herunterzuladen").
  /(?:^|[.:!?]\s+)(?:Laden|Holen) Sie (?:sich )?(?:die|unsere) (?:kostenlose |neue )?[\p{L}\d.+]+(?:-[\p{L}\d.+]+)*-App (?:herunter|aufs Handy|auf Ihr)\b/u,
  // The page addressing its reader: "Melden Sie sich für unseren Newsletter an", "Testen Sie 4 Wochen kostenlos".
  /^(Melden|Abonnieren|Bestellen|Registrieren|Holen|Testen|Sichern|Entdecken|Laden|Aktivieren) Sie\b.{0,80}\b(Newsletter|Abo|Abonnement|Probeabo|Probemonat|kostenlos testen|gratis testen|Push)\b/i,
];

/** A newsletter's schedule: "jeden Werktag", "freitags", "wöchentlich". */
const SCHEDULE = /\b(?:jeden|jede|jedem)\s+(?:Morgen|Abend|Tag|Werktag|Woche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b|\b(?:täglich|wöchentlich|werktags|monatlich|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)\b/i;
/** The page speaking to its reader: "Ihrer Stadt", "Ihnen" inside a sentence (a sentence's first "Ihr" is "her"), or "Jetzt … anmelden". */
const READER = /(?<!^|[.!?:]["“”»«']?\s)\b(?:Ihr|Ihre|Ihrer|Ihren|Ihrem|Ihres|Ihnen)\b|\bJetzt\b.{0,20}\b(?:anmelden|abonnieren|bestellen|registrieren)\b/;

/**
 * The newsletter's own name as the line's label: "Der LR-Newsletter am Morgen: Die wichtigsten Nachrichten aus der
 * Lausitz, jeden Werktag um 6 Uhr." A story reports a newsletter in a sentence ("Der Newsletter erscheint jeden Freitag.").
 */
const NEWSLETTER_LABEL = /^(?:Der |Unser )?(?:[\p{L}\d.+]+-)?Newsletter\b[^:.!?]{0,40}:\s/u;

/**
 * A newsletter offer: it names the newsletter, its schedule and speaks to the reader ("Der WAZ-Newsletter für
 * Essen – jeden Morgen die wichtigsten Nachrichten aus Ihrer Stadt."). Reporting about a newsletter ("Der Verein
 * verschickt jeden Morgen einen Newsletter an seine Mitglieder.") does not address the reader
 * — or it is labelled with the newsletter's own name (NEWSLETTER_LABEL) and its schedule.
 */
export function isNewsletterOffer(text: string): boolean {
  return text.length < 300 && /newsletter/i.test(text) && SCHEDULE.test(text) && (READER.test(text) || NEWSLETTER_LABEL.test(text));
}

/** Whether a line offers the reader the outlet's newsletter, app or e-paper. */
export function isChannelOffer(text: string): boolean {
  return CHANNEL_OFFER.some((re) => re.test(text)) || isNewsletterOffer(text);
}
