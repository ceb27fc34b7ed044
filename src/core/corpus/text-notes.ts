/**
 * What a page says about the text itself rather than the story: a broadcast note, a first-publication note, a
 * listening hint, the comments section's state, a correction or disclaimer about this very text, and the credit of
 * the sources it drew on. The line classifier (prompts.ts) drops them; the broadcast note also names the outlet.
 */

/**
 * Notes that date or place the text rather than tell the story: a broadcast note ("Diese Nachricht wurde am
 * 13.04.2023 im Programm Deutschlandfunk gesendet."), a first-publication note ("Dieser Artikel erschien zuerst
 * in …"), a listening or viewing hint ("Hören Sie den Beitrag …"). They are whole sentences, so they need their own shape.
 */
const NOTE = [
  // A disclosure about the text itself under its label: "Transparenzhinweis: Der im Text zitierte Prüfingenieur ist
  // Mitglied des VDI, der die VDI nachrichten herausgibt." The label names the page's own note; a story says "Hinweise".
  /^(?:Transparenzhinweis|Transparenz-Hinweis|Offenlegung)\s*:\s*\S/,
  /^Diese[rs]?\s+(Beitrag|Nachricht|Sendung|Interview|Text|Artikel|Audio|Video|Podcast|Kommentar|Feature)\b.{0,100}\b(gesendet|ausgestrahlt)\b/,
  /^(Zuerst erschienen|Erstmals erschienen|Erschienen zuerst|(Diese[rs]?|Der) (Artikel|Beitrag|Text) (ist|erschien|wurde) (zuerst|erstmals|ursprünglich))\b/,
  // The print issue the text also appeared in: "Erschienen in DIE ZEIT Nr. 50/2024", "Erschienen in der Printausgabe vom
  // 12.12.2024", "Aus der Ausgabe Nr. 7 · 13. Februar 2025": an issue's number or the print edition, then at most its date;
  // a story's sentence opening with "Erschienen" ("Erschienen ist das Buch 1987 …") names no issue straight after "in".
  /^(?:(?:Erschienen|Veröffentlicht) (?:in|im)|Aus) (?:der |dem )?[^.!?]{0,40}?(?:\b(?:Nr\.|Nummer|Ausgabe|Heft) ?\d{1,3}(?:\/\d{2,4})?|\b(?:Print|Zeitungs|Druck|Wochenend|Sonntags)ausgabe\b)(?:,? (?:vom|am) )?[\s·|,–-]*(?:\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+\.? ?)\s?\d{2,4})?\.?$/u,
  // The series the text belongs to: "Dieser Artikel ist Teil unseres Dossiers „Kritische Infrastruktur“.", "Dieser Beitrag
  // gehört zur Serie „…“" (9 nouns of a paper's series and dossiers). It names this very text; a story names a law's article.
  /^Diese[rs]?\s+(?:Artikel|Beitrag|Text|Bericht|Interview|Kommentar|Podcast)\s+(?:ist\s+(?:ein\s+)?Teil|gehört\s+zu[rm]?)\s+(?:(?:unsere[sr]?|der|des|dem|einer|eines)\s+)?(?:[\p{L}-]+\s+)?(?:Dossiers?|Serie|Reihe|Schwerpunkts?|Themenschwerpunkts?|Spezials?|Themenwoche|Artikelserie|Beitragsreihe)\b/u,
  // An agency text imported unedited, the note saying so: "Dieser Artikel wurde automatisch importiert. Bei Fragen …",
  // "Diese Meldung wurde maschinell übernommen." It names this very text and how it came to the page.
  /^Diese[rs]?\s+(?:Artikel|Beitrag|Text|Meldung|Nachricht)\s+wurde\s+(?:automatisch|automatisiert|maschinell)\s+(?:importiert|übernommen|eingespielt|erstellt|generiert)\b/,
  // The print issue the text also appears in, said of the text: "Dieser Beitrag erscheint auch in der Printausgabe
  // 06/2024.", "Dieser Artikel ist auch im Heft 3/2025 erschienen." A story says which issue reported something else.
  /^Diese[rs]?\s+(?:Artikel|Beitrag|Text|Bericht)\s+(?:erscheint|erschien|ist)\s+auch\s+(?:in\s+der|im|in)\s+(?:gedruckten\s+)?(?:\p{L}+-?)?(?:[Pp]rintausgabe|[Zz]eitungsausgabe|[Dd]ruckausgabe|Heft|Magazin|Ausgabe)\b/u,
  /^(Hören|Sehen|Schauen) Sie\b.{0,80}\b(Beitrag|Sendung|Podcast|Interview|Audio|Video|hier|Mediathek|Audiothek)\b/,
  /^(Über dieses Thema|Darüber) (berichtete|berichten|berichtet)\b/,
  // …or in the perfect, the station between: "Über dieses Thema hat auch die SR 3 Saarlandwelle am 19.10.2025 in den
  // Nachrichten berichtet." Only "Über dieses Thema": "Darüber hat der Spiegel berichtet" may be a story's sentence.
  /^Über dieses Thema (?:hat|haben)\b.{3,120}\bberichtet\.?$/,
  // The comments section's state for this very page: "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
  // "Kommentare zum Thema: …". It names the page itself ("diesen Artikel", "hier"); a story about a site closing its comments does not.
  /^(?:Kommentare zu[mr]? (?:Thema|Artikel|Beitrag)\s*:\s*)?(?:Die |Eine )?(?:Kommentarfunktion|Kommentare|Kommentierung|Kommentarbereich)\b.{0,40}\b(?:(?:für|unter|zu) (?:diese[nmr]|dieses) (?:Artikel|Beitrag|Text|Thema)|hier)\b.{0,30}\b(?:geschlossen|deaktiviert|geöffnet|freigeschaltet|nicht (?:möglich|verfügbar|aktiviert|vorgesehen))\b/,
  /^Kommentare zu[mr]? (?:Thema|Artikel|Beitrag)\s*:/,
  // A correction note about this very text: "Korrektur: In einer früheren Version dieses Artikels hieß es, … Richtig ist
  // 1961.", "Hinweis der Redaktion: In einer früheren Fassung dieses Textes …". It tells what the page once said wrong, not what happened; a story reporting a correction names another text.
  /^(?:(?:Korrektur|Korrekturhinweis|Berichtigung|Anmerkung der Redaktion|Hinweis der Redaktion|Redaktioneller Hinweis|Transparenzhinweis)\s*:\s*)?(?:In|Eine?)\s+(?:einer\s+)?(?:früheren|vorherigen|ersten|ursprünglichen|älteren)\s+(?:Version|Fassung)\s+(?:dieses|des)\s+(?:Artikels|Beitrags|Textes|Berichts)\b/,
  // Under its label the note need not name the text: "Korrektur: In einer früheren Version hieß es, … Richtig ist …".
  // The label says whose version it was; the verb of saying follows at once ("… Version des Gesetzes sah vor" stays).
  /^(?:Korrektur|Korrekturhinweis|Berichtigung|Anmerkung der Redaktion|Hinweis der Redaktion|Redaktioneller Hinweis|Transparenzhinweis)\s*:\s*(?:In|Eine?)\s+(?:einer\s+)?(?:früheren|vorherigen|ersten|ursprünglichen|älteren)\s+(?:Version|Fassung)\s+(?:hieß es|stand|war zu lesen|war die Rede|wurde|haben wir|hatten wir)\b/,
  // A health or legal page's disclaimer about itself: "Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine
  // Hinweise und darf nicht zur Selbstdiagnose … verwendet werden. Er kann einen Arztbesuch nicht ersetzen." It names
  // this very text and the advice it is not; a story about a law's article says "Artikel 3", not "dieser Artikel … ersetzt".
  /^(?:(?:Wichtiger |Medizinischer |Rechtlicher )?Hinweis\s*:\s*)?(?:Diese[rs]? (?:Artikel|Beitrag|Text|Ratgeber)|Die(?:se)? (?:Informationen|Inhalte)(?: (?:in|auf) diese[rm] (?:Artikel|Beitrag|Seite))?)\b.{0,200}\b(?:Selbstdiagnose|Selbstbehandlung|ersetz(?:t|en)\b.{0,60}\b(?:Arzt\w*|ärztlich\w*|Diagnose|Rechtsberatung|Beratung))/,
];

/** Whether a line is such a note: a whole sentence about the text, shorter than a paragraph. */
export function isTextNote(text: string): boolean {
  return NOTE.some((re) => re.test(text)) && text.length < 250;
}

/**
 * A broadcast programme's label ("Dieses Thema im Programm:", "Sendung:"), a labelled viewing tip ("TV-Tipp: Das
 * Erste, 21 Uhr – …") or a note that a station reported on it at a time ("berichtete … am … Uhr"): it counts at any
 * length, and by itself names no outlet (outletFromNote reads NOTE). Only under its label with a colon: a story's own
 * sentence about a broadcast stays.
 */
const PROGRAMME_LINE = /^(Dieses Thema im Programm|Sendung|Sendehinweis|(?:TV|Fernseh|Radio|Programm|Sende|Hör)-?[Tt]ipps?|(?:TV|Fernseh|Programm)-?[Hh]inweis)\s*:|\bberichtete\b.{1,60}\bam\b.{1,30}\bUhr\b/;

/** Whether a line is a broadcast programme's label or time note (see PROGRAMME_LINE). */
export function isProgrammeLine(text: string): boolean {
  return PROGRAMME_LINE.test(text);
}

/** The outlet a broadcast note names: "im Programm Deutschlandfunk", "berichtete NDR Info am …", or null. */
export function outletFromNote(text: string): string | null {
  if (!NOTE.some((re) => re.test(text))) return null;
  const name = '([\\p{Lu}][\\p{L}\\d.-]*(?:\\s[\\p{Lu}\\d][\\p{L}\\d.-]*){0,3})';
  const m = text.match(new RegExp(`\\bim Programm (?:von )?${name}`, 'u')) ?? text.match(new RegExp(`\\bberichtete ${name} (?:am|in|um)\\b`, 'u'));
  return m ? m[1]!.replace(/[.,;]$/, '') : null;
}

/** Lower-case words a material credit may hold besides names: its articles and joins, and agencies written small (dpa, epd, ddp). */
const CREDIT_WORD = /^(?:von|der|die|des|dem|den|und|sowie|aus|dpa|afp|epd|ddp|kna|sid|apa|sda|imago|[\p{L}\d-]+\.[a-z]{2,4})$/u;

/**
 * The sources' credit under the story: "Mit Material von dpa und AFP", "mit Material der Nachrichtenagenturen dpa
 * und AFP" (also in lower case, as a footnote). It names sources only: any other lower-case word makes it a sentence
 * ("Mit Material aus dem Baumarkt hatten Anwohner die Absperrung verstärkt.").
 */
export function isMaterialCredit(text: string): boolean {
  const m = text.match(/^[Mm]it Material (?:von|der|aus)\s+(.{1,100}?)\.?$/u);
  return m !== null && m[1]!.split(/[\s,;/]+/).filter(Boolean).every((word) => /^[\p{Lu}\d]/u.test(word) || CREDIT_WORD.test(word));
}
