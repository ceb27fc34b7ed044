/**
 * Ads and the paper's paid offers, in the words the page prints them in: an ad slot's labels, a shop's or a betting
 * ad, a paywall badge or question, a trial offer, a price per month in a fragment, a donation appeal and the
 * donation box's account line. A story reports offers and prices in sentences of its own.
 */
import { SENTENCE_END, type Line } from './text.js';

/** An ad slot's label alone on its line: "Anzeige", "– Werbung –", "[Sponsored]". */
const AD_OPENS = /^[-–—\s[(]*(Anzeige|Werbung|ANZEIGE|Advertisement|Sponsored)[-–—\s\])]*$/;
/** The label closing an ad slot: "Anzeige Ende", "Ende der Anzeige", "– Werbung Ende –". */
const AD_CLOSES = /^[-–—\s[(]*(?:(?:Anzeige|Werbung|ANZEIGE|WERBUNG)\s*[-–—:]?\s*(?:Ende|ENDE)|(?:Ende|ENDE) der (?:Anzeige|Werbung))[-–—\s\])]*$/;
/** The most lines an ad slot holds between its labels: a few lines of an ad, never a run of the story's paragraphs. */
const AD_SLOT_LINES = 4;

/** One of these suffices: the line is an ad or a paid offer. */
const AD_OR_OFFER = [
  AD_OPENS,
  AD_CLOSES,
  // An ad's label before its text: "Anzeige: …", "Sponsored · …".
  /^(Anzeige|Werbung|Sponsored)\s*[:|·]/,
  // A paywall badge alone on its line: "Plus", "DK Plus", "SZ+", "WAZ Plus" (the paper's letters and the offer's name).
  /^(?:\p{Lu}{1,4}\s?)?(?:Plus|PLUS|\+)$/u,
  // A shop's ad under its own label, "Jetzt im Fanshop: das offizielle Meister-Shirt 2024 – …!", "Jetzt im Onlineshop:
  // …". The colon makes it a label; a story says "Im Fanshop gibt es das Trikot jetzt für 90 Euro."
  /^Jetzt (?:im|in unserem|bei unserem) [\p{L}-]*(?:[Ss]hop|Store)\s*:\s/u,
  // A betting ad carries the legal warning after the age limit: "… – 18+ | Suchtgefahr | Glücksspiel kann süchtig
  // machen". A story about betting quotes the warning ("Der Hinweis „Glücksspiel kann süchtig machen“ ist Pflicht."),
  // never the age mark set before it.
  /(?:^|[\s|·–—(-])18\s?\+\s*(?:[|·–—,:-]\s*)?(?:Suchtgefahr|Glücksspiel kann süchtig machen|Spielen kann süchtig machen|Glücksspiel kann abhängig machen)/u,
  // A paywall's question to the reader: "Noch kein Abo? Jetzt 4 Wochen für 1 Euro testen." (a story does not ask its reader).
  // The product may be the paper's plus offer: "Sie haben noch kein LR+? Jetzt einen Monat für 0,99 € testen …".
  /(?:^|[.!?]\s+)(?:Sie haben )?[Nn]och kein(?:e)? (?:Abo|Abonnement|Digital-Abo|Konto|Zugang|\p{Lu}[\p{L}.-]*\s?(?:\+|Plus|PLUS))\?/u,
  // A voluntary-payment or donation appeal ends in its button: "… Machen Sie mit: Jetzt unterstützen!".
  /(?:^|[.:!?]\s+)Jetzt (?:unterstützen|spenden)!?$/,
  // An appeal to pay for the paper's journalism, the reader addressed: "Unterstützen Sie unabhängigen Journalismus –
  // jetzt Genossenschaftsmitglied werden!", "Unterstützen Sie unseren Journalismus mit einem Abo." A story quoting such an
  // appeal opens with a quote mark; one asking readers for other help does not name journalism.
  /(?:^|[.!?]\s+)Unterstützen Sie\s+(?:[\p{L}-]+\s+){0,3}Journalismus\b/u,
  // …or ends in its button after a dash, the reader joining as member or subscriber: "… – jetzt Mitglied werden!".
  /\s[–—-]\s+[Jj]etzt\s+[\p{L}-]*(?:[Mm]itglied|Abonnent(?:in)?|Unterstützer(?:in)?|Förderer|Förderin|[Ss]pender(?:in)?)\s+werden!?$/u,
  // A paywall's note that this text is for subscribers, perhaps in two languages set apart by a slash: "Dieser
  // Artikel ist für unsere Abonnenten.", "Dieser Beitrag ist nur für Abonnentinnen und Abonnenten sichtbar." It names
  // this very text; a story about a paywall names someone else's.
  /(?:^|[/.!?]\s+)Diese[rs]?\s+(?:Artikel|Beitrag|Text|Inhalt)\s+ist\s+(?:nur\s+|exklusiv\s+)?(?:für|exklusiv\s+für)\s+(?:unsere\s+)?(?:Abonnent\w*|Abo-?Kunden|Digitalabonnent\w*|Premium-?Mitglieder|Mitglieder)\b/u,
  // A trial offer in the imperative infinitive, as a sentence the page opens: "Jetzt 4 Wochen gratis testen: Die
  // Digitalausgabe …", "Jetzt einen Monat für 1 Euro lesen". A story reports an offer in other forms ("können Kunden
  // vier Wochen gratis testen"); the offer ends at its verb, with a colon, a stop or nothing after it.
  /(?:^|[.!?]\s+)Jetzt\s+(?:\d+|einen|eine|zwei|drei|vier|sechs|zwölf)\s+(?:Wochen?|Monate?|Tage)\s+(?:lang\s+)?(?:gratis|kostenlos|kostenfrei|unverbindlich|für\s+(?:nur\s+)?\d+(?:,\d+)?\s?(?:€|Euro))\s+(?:testen|lesen|sichern)\s*(?:[:!.]|$)/,
  // A trial offer inside a sentence run: "Sie haben noch kein Abo? Testen Sie „Die Presse“ vier Wochen lang kostenlos."
  /(?:^|[.!?]\s+)Testen Sie (?!sich\b).{0,60}\b(?:kostenlos|gratis|unverbindlich)\b/,
];

/** A price per period ("4,99 € im Monat", "4 Wochen für 1 Euro"): an offer only in a line that does not end like a sentence. */
const PRICE = /\b\d+(,\d+)?\s?(€|Euro\b).{0,40}\b(Monat|Wochen?|monatlich|jährlich)\b|\b(Monat|Wochen?)\b.{0,20}\b\d+(,\d+)?\s?(€|Euro\b)/;

/** Whether a line is an ad or a paid offer (see AD_OR_OFFER and PRICE). */
export function isAdOrOffer(text: string): boolean {
  return AD_OR_OFFER.some((re) => re.test(text)) || (!SENTENCE_END.test(text) && PRICE.test(text));
}

/**
 * A donation box's account line under its label: "Spendenkonto „Leser helfen“: Sparkasse Bielefeld, IBAN DE27 4805 …".
 * It tells the reader where to pay, not what happened; a story naming an account or an IBAN does not open with the label.
 */
const DONATION_ACCOUNT = /^(?:Spendenkonto|Spendenkonten|Bankverbindung|Kontoverbindung)\b.{0,80}?:\s.{0,80}\bIBAN\s*:?\s*[A-Z]{2}\d{2}(?:\s?[A-Z\d]{4}){3,}/u;

/** Whether a line is a donation box's account line (see DONATION_ACCOUNT). */
export function isDonationAccount(text: string): boolean {
  return DONATION_ACCOUNT.test(text);
}

/**
 * Marks in `drop` an ad slot framed by its labels, "Anzeige" / "Öffentlicher Vortrag … Eintritt frei" / "Anzeige
 * Ende": the page says where the ad begins and ends, so what stands between goes whole, whatever it says. Only with
 * both labels and at most AD_SLOT_LINES lines between; an opening label alone leaves the text under it to other rules.
 */
export function dropFramedAds(lines: Line[], drop: Set<number>): void {
  lines.forEach((line, i) => {
    if (!AD_OPENS.test(line.text)) return;
    const end = lines.slice(i + 1, i + 2 + AD_SLOT_LINES).findIndex((next) => AD_CLOSES.test(next.text));
    if (end < 1) return; // no closing label near, or nothing framed
    for (let k = i; k <= i + 1 + end; k++) drop.add(k);
  });
}
