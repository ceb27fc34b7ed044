/**
 * Strips a news page runs across its head or between paragraphs, each one line, recognised by shape, not by outlet:
 * a market-data ticker ("DAX 18.201 +0,3 % · Dow Jones 39.112 −0,1 % · Gold 2.310 $"), a language switcher ("Auch
 * verfügbar in 4 weiteren Sprachen: English · Français · …") and a feature box under its "… der Woche / des Tages"
 * label ("Zitat des Tages „…“"). None of them reports what happened; the line classifier asks widgetReason.
 */

/** A rise or fall: a signed figure with a percent sign, or an arrow. */
const CHANGE = String.raw`(?:[+−–-]\s?\d[\d.,']*\s?%|[▲▼△▽↑↓↗↘])`;
/** One quote of a ticker: a name (an index, a commodity, a share, a rate), its figure, its unit, perhaps its change. */
const QUOTE = new RegExp(String.raw`^[\p{L}][\p{L}\d&/.\- ]{0,30}?\s\d[\d.,']*\s?(?:%|[$€£¥]|[A-Z]{3}|Pkt\.?|Punkte)?(?:\s?\/\s?[a-z]{1,3})?(?:\s?${CHANGE})?$`, 'u');
/** A ticker's label before its quotes (6 labels): "Marktdaten:", "Börse:", "Kurse:". */
const TICKER_LABEL = /^(?:Marktdaten|Marktdaten aktuell|Börse|Kurse|Märkte|Rohstoffe)\s*:\s*/;

/**
 * Whether a line is a market-data ticker: three or more quotes set apart by dots or bars, at least two of them with
 * their change, perhaps under a label. A story gives a price in a sentence, never three quotes with arrows in a row.
 */
export function isMarketTicker(text: string): boolean {
  if (text.length > 400) return false;
  const quotes = text.replace(TICKER_LABEL, '').split(/\s[·|•]\s/).map((q) => q.trim());
  if (quotes.length < 3 || !quotes.every((q) => QUOTE.test(q))) return false;
  return quotes.filter((q) => new RegExp(`${CHANGE}$`, 'u').test(q)).length >= 2;
}

/**
 * A language switcher: the page offering itself in other languages, "Auch verfügbar in 9 weiteren Sprachen: …",
 * "Diesen Artikel gibt es auch in 3 Sprachen". A story about languages names them, not "weiteren Sprachen" with a count.
 */
const LANGUAGE_SWITCHER = /^(?:Auch |Ebenfalls )?(?:verfügbar|erhältlich|lesbar|(?:Diese[nrs]? )?(?:Artikel|Beitrag|Text|Inhalt) (?:gibt es|ist) (?:auch )?(?:verfügbar )?)\s*in \d+ (?:weiteren |anderen )?Sprachen\b(?:\s*:.*)?$/;

/** A feature box's label (6 kinds) and what follows it: "Zahl der Woche 11 …", "Zitat des Tages: „…“", "Wort des Tages". */
const FEATURE_BOX = /^(?:Zahl|Zitat|Wort|Bild|Satz|Kopf) (?:der Woche|des Tages|des Monats)\b(?:\s*:)?\s/;

/** Why a line is one of these strips, or null. */
export function stripReason(text: string): string | null {
  if (isMarketTicker(text)) return 'market-data ticker';
  if (text.length < 400 && LANGUAGE_SWITCHER.test(text)) return 'language switcher';
  if (text.length < 300 && FEATURE_BOX.test(text)) return 'feature box';
  return null;
}
