/**
 * Ingestion on every evaluation dossier under test/eval/dossiers/: each article's outlet, date and title (and
 * author, where expected.json gives one) must come from the file alone — metadata.json is left out — and no passage
 * may contain a boilerplate string expected.json lists, while every evidence quote survives cleaning.
 * Tuning dossiers must be right everywhere. A held-out dossier (test/eval/dossiers.json) was measured once, after
 * the rules were written, and its rules were not fitted to it: its test holds ingestion at that measurement (see
 * HELD_OUT_CEILING) so that a regression fails, and the misses it still has are printed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkArticle } from '../../src/core/chunk.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import type { ArticleMeta, CleanArticle, CorpusProblem } from '../../src/core/types.js';
import { loadDossiers } from '../../bench/dossiers.js';

const ROOT = join(import.meta.dirname, '../eval/dossiers');
const dossiers = existsSync(ROOT) ? readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

interface Expected {
  articles: Record<string, { id?: string; title: string; outlet: string; date: string; author?: string | null }>;
  boilerplate?: string[];
}
/**
 * Dossiers held at a measurement instead of "right everywhere". "juice" was held out until its misses were read
 * (3 of 24 metadata values wrong, 3 of 56 passages with listed boilerplate); it is a tuning dossier now, fixed by
 * general rules (kicker above a headline, © footer and broadcast note naming the outlet, two-sentence caption
 * over its credit, a teaser glued before a paragraph), and must be right everywhere like the others.
 * "wm2023" took its place as the held-out dossier; its first measurement (3 of 29 checked values wrong, 2 of 47
 * passages with listed boilerplate) printed its misses, so it became a tuning dossier too, fixed by general rules
 * (a navigation row of site sections and addresses is not a headline, a section address "sport.ORF.at" names the
 * outlet its © footer names, "Von A und B" reads "A, B" like every other author list, timestamped live-ticker
 * entries go as a block, a newsletter offer naming its schedule and its reader goes), and must be right everywhere.
 * "fiebersaft", a second held-out dossier written blind in the same round, first measurement: 4 of 28 checked values
 * wrong and 4 passages with listed boilerplate. It became a tuning dossier when its misses were read, fixed by general
 * rules (boxes.ts: a comments section, a service box of hotlines, a question-and-answer box between paragraphs go
 * with their block; outlet-name.ts: one name per outlet — the short name the site's address gives it when that
 * abbreviates the footer's legal name, "NDR.de" + "Norddeutscher Rundfunk"; the publisher the footer names when the
 * page's name is only its acronym plus a product, "RP ONLINE" + "Rheinische Post"), and must be right everywhere.
 * "deutschlandticket", written blind for the next round and measured once after every choice of it: 1 of its checked
 * values wrong and 2 of 54 passages with listed boilerplate. It became a tuning dossier when its misses were read,
 * fixed by general rules (text-meta.ts: a byline "Name | Outlet" whose right side is the page's outlet or an agency;
 * author-bio.ts: the byline author's note after the story's last paragraph; boilerplate.ts: a site address naming its
 * publisher's network; prompts.ts: the comments section's state for this page), and must be right everywhere.
 * "rhodos", written blind for round 5 and measured once after every choice of it: 8 of 30 checked values wrong and
 * 1 of 51 passages with listed boilerplate. It became a tuning dossier when its misses were read, fixed by general
 * rules (boilerplate.ts: a player's download row "Audio herunterladen (3,1 MB | MP3)"; prompts.ts: a consent banner —
 * the site's "Wir und unsere Partner … auf einem Gerät", or text ending in consent buttons — wherever it stands;
 * text-meta.ts: the "Autor/in:" label; lone-byline.ts: an author's name alone beside the date line under the headline;
 * outlet-name.ts: the footer's acronym with one word after it is a news brand, "SWR Aktuell" + "© SWR" → "SWR";
 * html-meta.ts: a site name that is only an address gives way to the name the page gives itself, "stern.de" +
 * JSON-LD publisher "stern"; html.ts: the date line a page shows above its story when no tag dates it), and must be
 * right everywhere.
 * "heizung", written blind for round 6 and measured once after every choice of it: 6 of 30 checked values wrong and
 * 5 of 55 passages with listed boilerplate. It became a tuning dossier when its misses were read, fixed by general
 * rules (site-header.ts: a site name confirmed by one navigation row under it and taken out of the text, a wordmark
 * before its lower-case claim "taz. die tageszeitung" → "taz", skip links to the navigation; outlet-name.ts: a logo
 * spelling its acronym out, "LTO Legal Tribune Online" → "Legal Tribune Online"; text-meta.ts: a role byline without
 * "Von", "FOCUS-online-Redakteurin Name"; boilerplate.ts: an agency credit path without "Foto:" takes its caption,
 * a citation suggestion and "Mehr auf <site>:" head blocks that go; prompts.ts: "Wir benutzen Cookies", consent
 * buttons "OK | Mehr Infos", an app offer, a payment appeal, a typo prompt, a rights notice), and must be right everywhere.
 * "intel", written blind for round 7 and measured once after every choice of it: 4 of 30 checked values wrong and
 * 6 of 56 passages with listed boilerplate. It became a tuning dossier when its misses were read, fixed by general
 * rules (prompts.ts: a social-network follow call "Folgen Sie der … auf Instagram", a trial offer "Testen Sie …
 * kostenlos" after a question, an embed's consent "Mit dem Abspielen stimmen Sie …", a labelled podcast promo with
 * "Hören Sie", a print view's "Diese Seite wurde gedruckt von" note, an app offer with a second step; html-meta.ts: a
 * byline box holding its genre, "Ein Kommentar von A"; outlet-name.ts: an address gluing words the footer prints
 * apart, "DiePresse.com" → "Die Presse", and an address the publisher tag itself gives, "Golem.de", is not shortened
 * by the footer's company), and must be right everywhere.
 * "cannabis", written blind for round 8 and measured once after every choice of it: 1 of 30 checked values wrong and
 * 6 of 51 passages with listed boilerplate. It became a tuning dossier when its misses were read, fixed by general
 * rules (site-header.ts: a print view's title names the site when the page prints the name again, "Druckversion –
 * Apotheken Umschau"; boilerplate.ts: a "Quellen:" reference list, a medical reviewer's credit, a labelled podcast box
 * ending in its running time; prompts.ts: a health page's disclaimer about itself, an embed placeholder asking the
 * reader to allow content, a follow call in the "du" form, an app offer promising nothing is missed; html.ts: a kicker
 * in a "rubric" box), and must be right everywhere.
 * "atom", written blind for round 9 and measured once after every choice of it: 7 of 30 checked values wrong and 3 of
 * 49 passages with listed boilerplate. It became a tuning dossier in round 10, fixed by general rules (html-meta.ts: a
 * <title> whose dash the headline itself carries has no outlet suffix; html.ts: a line break separates words, so a
 * byline box "Von A und B<br>date" of any class gives author and date; text-meta.ts: the author's name after the date
 * and a bar, "15. April 2023 - 23:58 Uhr | Name"; outlet-name.ts: a logo's letters before the name the footer prints,
 * "AZ Abendzeitung München" → "Abendzeitung München"; contents.ts: a table of contents whose entries come back as
 * headings, so a section heading is never the headline; prompts.ts: a correction note about an earlier version of this
 * text, a consent banner counting its partners; author-bio.ts: "leitet das Ressort …"). One passage stays at its
 * ceiling on purpose: 20 Minuten's "Darum gehts" summary points, which the dossier lists as boilerplate, while the
 * engine keeps an article's summary as a passage everywhere (schoigu's "Das Wichtigste in Kürze" is one); dropping it
 * for atom would bend a general choice to one writer's.
 * "sturmflut", written blind for round 10: its first measurement had 3 of 30 checked values wrong and 7 of 53 passages
 * with listed boilerplate; round 11 fixed all by general rules, so it is held to the full test like the others
 * (prompts.ts: a page banner "Label: news. Zur …" ending in its link, so the headline below it is the title; an app
 * offer "Jetzt die …-App laden", an app's name as a label addressing the reader, "Noch kein Abo?", a call to send the
 * reader's pictures or letters to an e-mail address, a correction note under "Hinweis der Redaktion:"; html-meta.ts:
 * "»" separates a <title>'s suffix, so MOPO is named as its title names it; html.ts: a stamp "Artikel vom …" below the
 * story dates the page).
 * "erdbeben", written blind for round 11: its first measurement had 5 of 30 checked values wrong and 2 of 52 passages
 * with listed boilerplate; round 12 fixed all but one by general rules (text-meta.ts: "Text: A | Fotos: B" names A, the
 * text's author, and "A, Istanbul, und B" reads "A, B"; site-header.ts: a header "nw.de – Neue Westfälische" names the
 * outlet by its name; html.ts: a print note "Dieser Artikel erschien zuerst in der Printausgabe vom …" dates the page,
 * a byline box's line break parts the last name from the day, an embedded post of class "embed"/"tweet" is furniture;
 * prompts.ts: a donation box's "Spendenkonto …: …, IBAN …" line). One value stays at its ceiling on purpose: the
 * Sächsische page calls itself "Sächsische.de" in its header and footer and never prints "Sächsische Zeitung", the
 * writer's choice; "Sächsische.de" is an equally defensible reading, and no rule can name a paper the page never does.
 * "landtagswahl", written blind for round 12 and measured once after every choice of it: 5 of 30 checked values wrong
 * and 3 of 48 passages with listed boilerplate; round 13 fixed all but one by general rules (text-meta.ts: "VON A am
 * 10. Oktober 2023" in capitals with "am" before the day, and a label byline with the author's place under the story,
 * "Text: A, München"; shown-lines.ts: a byline above the story holding the day dates a page without a date tag;
 * web-edition.ts: "Cicero Online" is "Cicero" when the footer prints that name alone; page-widgets.ts: a table's
 * "Angaben ohne Gewähr" note, a "› …" link list with its title, a reader poll; boxes.ts: "Lesermeinung" titles a
 * comments box). Its last value, the PNP page's "PNP.de" over "© Passauer Neue Presse GmbH 2023", was held at a ceiling
 * until round 15, when outlet-name.ts learned to tell a paper's address from a broadcaster's (tauchboot's "VN.at" over
 * "© Vorarlberger Nachrichten" is the same form): only a broadcaster's legal name ("Norddeutscher Rundfunk") gives way
 * to its letters, a paper keeps its printed title; so landtagswahl has no ceiling now.
 * "bahnstreik", written blind for round 13 and measured once after every choice of it: 5 of 30 checked values wrong
 * and 2 of 46 passages with listed boilerplate; round 14 fixed all of them by general rules, so it has no ceiling
 * (update-note.ts: "Dieser Artikel wurde (am … um … Uhr) aktualisiert."; site-header.ts: a header name over a menu
 * row with bars, "Leipzig | Region | Sachsen"; outlet-name.ts: "LVZ" spells out "Leipziger Volkszeitung", a letter
 * from the compound; boilerplate.ts: "Bild: <sentence>. (credit)" is a caption, not a bare credit taking the headline
 * above it along; logo-name.ts: "OÖNachrichten" is the footer's "Oberösterreichische Nachrichten" and "Schwäbische"
 * the footer's "Schwäbische Zeitung"; readers/title-prefix.ts: "<title>nd: <headline>" names "nd" over the footer's
 * "nd.Genossenschaft eG").
 * "tauchboot", written blind for round 14 and measured once after every choice of it: 2 of 30 checked values wrong
 * and 2 of 51 passages with listed boilerplate; round 15 fixed all of them by general rules, so it has no ceiling
 * (outlet-name.ts: a site address abbreviating a paper's printed title, "VN.at" + "© Vorarlberger Nachrichten", names
 * the title; readers/url-date.ts: the day in the page's own canonical/og:url address, "/2023/06/23/…", dates it as
 * the last resort; prompts.ts: a trial offer "Jetzt 4 Wochen gratis testen: …", the "Anzeige Ende" label, a correction
 * note under its label with the verb of saying straight after, "Korrektur: In einer früheren Version hieß es …").
 * "loewin", written blind for round 15 and measured once after every choice of it: 7 of 30 checked values wrong and
 * 3 of 50 passages with listed boilerplate; as a tuning dossier (round 16) all fixed, so it has no ceiling of its own
 * (clean.ts: a box title straight over its bullets, "Das Wichtigste in Kürze", is not the headline; boilerplate.ts: a
 * gallery counting its pictures, "Bildergalerie (12 Bilder): …"; site-header via outlet-name.ts: the title's acronym
 * before the title printed without its last word, "MAZ Märkische Allgemeine"; names.ts: an initialism keeps its period,
 * "B.Z.", and footer-title.ts: the paper after the company, "… KG 2023 · Kronen Zeitung"; outlet-name.ts: an address
 * reaching into the paper's compound, "MOZ.de" + "Märkische Oderzeitung"; role-byline.ts: "Name, Redaktor Gesellschaft"
 * beside the date line; prompts.ts: "die App der …" and "Hol dir die …-App:" offers, "Schicken Sie Ihre Fotos … an
 * …@…"; page-widgets.ts (then traffic-widget.ts): "Verkehrslage …: A10 … 4 km Stau · Stand 10:15 Uhr").
 * "benedikt", written blind for round 16 and measured once after every choice of it: 3 of 30 checked values wrong
 * and 5 of 53 passages with listed boilerplate; as a tuning dossier (round 17) all fixed, so it has no ceiling of its
 * own (regnal-number.ts with clean.ts: a kicker ending in a ruler's number, "Abschied von Benedikt XVI.", over the
 * headline is no first paragraph, so neither a paywall badge "DK Plus" nor a skip link above it is the title; with
 * boilerplate.ts: a breadcrumb whose last entry so ends, "Allgäu › Kirche › Benedikt XVI."; text-meta.ts: "Von A und
 * KNA" names A; credit-caption.ts: a caption under its credit in an image box, "Foto: …" / "<one sentence>";
 * update-note.ts: "Hinweis der Redaktion: Dieser Text wird laufend ergänzt." with a call for the reader's pictures;
 * prompts.ts: "Mit der …-App keine Nachricht … verpassen.", "Jetzt das …-ePaper lesen", skip links in other words).
 * "carola", written blind for round 17 and measured once after every choice of it: 1 of 30 checked values wrong and
 * 6 of 52 passages with listed boilerplate; as a tuning dossier (round 18) all fixed, so it has no ceiling of its own
 * (footer-title.ts: the brand after the company, its word in lower case after its letters, "… GmbH 2024 · VDI
 * nachrichten"; page-rows.ts: ticker entries framed in plus signs, "+++ 11:05 Uhr: … +++"; boilerplate.ts: a video's
 * caption under "Im Video:"; prompts.ts: "mit Material von dpa und AFP" in lower case, "Sie haben noch kein LR+?", a
 * newsletter labelled by its own name with its schedule, "Der LR-Newsletter am Morgen: …, jeden Werktag um 6 Uhr.",
 * "Hol Dir die …-App" with a capital "Dir", a "Transparenzhinweis:" disclosure).
 * "vulkan", written blind for round 18 and measured once after every choice of it: 3 of 30 checked values wrong and
 * 3 of 51 passages with listed boilerplate; as a tuning dossier (round 19) all fixed, so it has no ceiling of its own
 * (outlet-name.ts: a header's bare logo acronym names the paper the footer prints, its letters reaching into the
 * compound, "SVZ" + "© Schweriner Volkszeitung 2024", unless a broadcaster or the footer prints the letters itself; a
 * footer naming a publishing house, "… Verlagsgesellschaft mbH", does not shorten the site's address name
 * "Spektrum.de"; text-meta.ts: a byline closing with the day, "Von A · 18.01.2024"; service-lines.ts (now page-widgets.ts) via prompts.ts: a
 * row of labelled phone numbers, "Notruf …: 112 · Botschaft …: +354 …", a reader's comment under its label,
 * "Leserkommentar von Hannelore K.: „…“"; page-widgets.ts: a pointer to an address closed by "– Angaben ohne Gewähr.").
 * "meister", written blind for round 19 and measured once after every choice of it: 3 of 30 checked values wrong and
 * 4 of 51 passages with listed boilerplate; as a tuning dossier (round 20) all fixed, so it has no ceiling of its own
 * (ad-offers.ts, split from prompts.ts in the same round: a betting ad's legal warning after the age mark, "… – 18+ | Suchtgefahr | Glücksspiel kann süchtig
 * machen", which had been read as the opening words for want of a title; an app offer to the reader as "Sie", "Holen
 * Sie sich die …-App für Android und iOS!" (channel-offers.ts); a shop's ad under its own label, "Jetzt im Fanshop: …"; author-bio.ts: the
 * byline author's box naming whom they write for, "A schreibt für 11FREUNDE über …"; text-meta.ts: a reporter's byline
 * naming where they report from, "Aus der BayArena berichtet A", no longer taken for the headline).
 * "nobel", written blind for round 20 and measured once after every choice of it: 3 of 30 checked values wrong and
 * 2 of 46 passages with listed boilerplate; as a tuning dossier (round 21) all fixed, so it has no ceiling of its own
 * (outlet-name.ts: an address spelling the footer's name without umlauts is that name, "suedostschweiz.ch" + "© … –
 * Südostschweiz"; html-meta.ts: an address-only site name gives way to the name the logo prints before its slogan,
 * "scinexx | Das Wissensmagazin", while a logo printing the address, "Spektrum.de", keeps it; text-meta.ts: a name
 * before the date on the date line, "A, Mittwoch, 4. Oktober 2023, 06:30 Uhr"; ad-offers.ts: an ad slot framed by
 * "Anzeige" and "Anzeige Ende" goes whole; html.ts: a headline-shaped sub-headline of four or more words under the
 * <h1>, alone above the first paragraph, is the heading of the story under it rather than a passage).
 * "esc", written blind for round 21 and measured once after every choice of it: 2 of 30 checked values wrong and
 * 1 of 48 passages with listed boilerplate; as a tuning dossier (round 22) all fixed, so it has no ceiling of its own
 * (text-meta.ts: a headline asking one short question, "… – und das Land fragt: Wer zahlt das Fest?", is no paragraph,
 * so the head reaches the date line "12.05.2024, 05.00 Uhr" under the teaser; lone-byline.ts: the author's name alone
 * beside that date line counts when a teaser stands between it and the headline; text-notes.ts: a labelled viewing
 * tip, "TV-Tipp: Das Erste, 21 Uhr – …", goes like a programme line, a story's own sentence about a broadcast stays).
 * "galeria", written blind for round 22 and measured once after every choice of it: 4 of 30 checked values wrong and
 * 2 of 53 passages with listed boilerplate; as a tuning dossier (round 23) all fixed, so it has no ceiling of its own
 * (widget-rows.ts: a row of page controls, "Drucken | Als PDF speichern", or a prompt ending in its buttons, "Jetzt
 * Push-Nachrichten aktivieren … Aktivieren | Später", is neither headline nor passage; a reader poll's question with
 * its answers' shares, "…? Ja: 41 % | Nein: 47 % | …", and a job market's listings, "Leiter/in … (80–100%) – Zürich ·
 * … · Alle Jobs auf …", go; html.ts: such a box's heading goes with it; address-name.ts: a header that is only the
 * site's address gives way to the name the footer prints for its label, "kreiszeitung.de" + "© Kreiszeitung
 * Verlagsgesellschaft …" → "Kreiszeitung", "NÖN.at" + "© 2024 NÖN – …" → "NÖN").
 * "crowdstrike", written blind for round 23 and measured once after every choice of it: 2 of 30 checked values wrong
 * and 1 of 48 passages with listed boilerplate; as a tuning dossier (round 24) all fixed, so it has no ceiling of its
 * own (short-brand.ts: a site name with a word after the short name the <title> suffix and the address agree on is
 * that short name, "t3n Magazin" + "… | t3n" + t3n.de → "t3n"; web-edition.ts: a paper's letters with "online", even
 * glued, "NWZonline" + "© Nordwest-Zeitung Verlagsgesellschaft …" → "Nordwest-Zeitung"; update-note.ts: the editors'
 * closing sentence of an "Update:" note, "Wir haben den Artikel entsprechend ergänzt.", goes, the note's news stays).
 * "notredame", written blind for round 24 and measured once after every choice of it: 1 of 30 checked values wrong
 * and 3 of 53 passages with listed boilerplate; as a tuning dossier (round 25) all fixed, so it has no ceiling of its
 * own (logo-name.ts: a magazine's genre word after its brand, "Monopol" + "© … – Monopol Magazin", is not part of the
 * name; widget-rows.ts: an event calendar's entry, "Veranstaltungskalender: …, 11 bis 21 Uhr | Alle Termine anzeigen";
 * text-notes.ts: the print issue the text appeared in, "Erschienen in … Nr. 50 · 12. Dezember 2024"; prompts.ts: a
 * gallery's link with its count, "Galerie öffnen (24 Bilder)").
 * "lecanemab", written blind for round 25 and measured once after every choice of it: 2 of 30 checked values wrong
 * and 5 of 47 passages with listed boilerplate; as a tuning dossier (round 26) all fixed, so it has no ceiling of its
 * own (site-header.ts: a masthead setting its acronym beside its name, "PZ – Pharmazeutische Zeitung", over the
 * footer's publisher; html-meta.ts: the header's link to the front page is the logo, "profil" for "… | profil.at";
 * widget-rows.ts: a reader poll on one line, "Umfrage: …? Stimmen Sie ab!", "…? ○ Ja ○ Nein · 2317 Stimmen";
 * boilerplate.ts: a read-aloud note ending in its length, "Artikel vorlesen lassen · … · 5 Min."; prompts.ts: a
 * teaser closed by its button, "… – jetzt Lektion starten", and a box naming itself, "Infobox: …"; beyond the
 * listed strings, a finder widget, "Arztsuche: … – Postleitzahl eingeben …", and a contents box numbered 1, 2, 3 with
 * no headings below it no longer head the paragraphs under them as their section).
 * "louvre", written blind for round 26 and measured once after every choice of it: 4 of 30 checked values wrong and
 * 10 of 55 passages with listed boilerplate; as a tuning dossier (round 27) all fixed, so it has no ceiling of its own
 * (news-widgets.ts: a live ticker's header "LIVE +++ … +++ Jetzt Ticker öffnen", a map placeholder "Karte wird geladen
 * … Zum Aktivieren klicken", a podcast promo "… Jetzt reinhören", a quiz teaser "… jetzt mitraten!", a speed-camera
 * widget "Blitzer heute in …: places"; widget-rows.ts: a poll's "– 1243 Stimmen – Abstimmen"; channel-offers.ts:
 * "Laden Sie die …-App herunter"; text-notes.ts: "Über dieses Thema hat … berichtet."; boxes.ts: a summary box "Das
 * Wichtigste in Kürze" whose points the story retells; author-bio.ts: "Zur Person:" with the byline's author anywhere;
 * lone-byline.ts: a paywall badge "Abo+" between teaser and name; html-meta.ts: a byline box of class "autor";
 * title-address.ts: "… | Nordbayerischer Kurier - kurier.de"; outlet-name.ts: og:site_name "SR.de" the <title> repeats).
 * "wolf", written blind for round 27 and measured once after every choice of it: 5 of 30 checked values wrong and
 * 3 of 55 passages with listed boilerplate; as a tuning dossier (round 28) all fixed, so it has no ceiling of its own
 * (site-header.ts: the header's buttons "Menü / Suche / Login / Abonnieren" are never the site's name; lone-byline.ts:
 * the author's name alone under the teaser when the date line stands above the headline; glued-kicker.ts: a kicker
 * glued to the headline by copying, "Wolf in OberkärntenAlmbauern …", unless the glued word recurs as a brand;
 * html-meta.ts: a JSON-LD publisher given by its "@id" is the graph's node of that id, "top agrar" over the <title>'s
 * "topagrar.com"; logo-brand.ts: an image logo's alt text, "WILD UND HUND", over a footer naming a publishing house,
 * when the page's address spells it; widget-rows.ts: "Agenda:" labels an event calendar; news-widgets.ts: a classified
 * ad, "Marktplatz: …, zu verkaufen – Inserat ansehen"; channel-offers.ts: "Jetzt unseren WhatsApp-Kanal abonnieren …";
 * boxes.ts: a fact box of labelled figures with its "Quelle:" line).
 * "tesla", written blind for round 28 and measured once after every choice of it: 6 of 30 checked values wrong and
 * 3 of 40 passages with listed boilerplate. It became a tuning dossier in round 29, fixed by general rules
 * (site-header.ts: a masthead's acronym joined by "&", "E&M – Energie & Management", and a masthead's name beside its
 * claim, the side the page's furniture names again, "junge Welt – Die Tageszeitung"; clean.ts: a kicker set as a label
 * with a colon over the headline, "NETZE:"; dates.ts: a print edition's date line "Ausgabe vom …, Seite 5 / Inland";
 * byline.ts: an author box's "Autor dieses Beitrags:" and the author's job after a comma; boilerplate.ts: a read-also
 * line behind a paywall badge, "PNN+ Lesen Sie auch: …"; text-notes.ts: the series note "Dieser Artikel ist Teil
 * unseres Dossiers …"; ad-offers.ts: an appeal to pay for journalism, "Unterstützen Sie unabhängigen Journalismus –
 * jetzt Genossenschaftsmitglied werden!"), and must be right everywhere.
 * "keybridge", written blind for round 29 and measured once after every choice of it: 6 of 30 checked values wrong and
 * 9 of 48 passages with listed boilerplate. It became a tuning dossier in round 30, fixed by general rules
 * (page-strips.ts: a market-data ticker of quotes with their changes, "DAX 18.201 +0,3 % · …", a language switcher
 * "Auch verfügbar in 4 weiteren Sprachen: …" and a feature box "Zahl der Woche …"; widget-rows.ts: a poll's vote button
 * with the count behind it; text-notes.ts: an agency text's "wurde automatisch importiert" note and the print issue the
 * text also appears in; ad-offers.ts: "Dieser Artikel ist für unsere Abonnenten."; clean.ts: an agency's name alone in the
 * byline slot is no headline; offer-line.ts: the footer's "site – ein Angebot der owner" names the site as outlet;
 * outlet-name.ts: a logo "OZ - Name" with a dash before the name the footer prints; html.ts: a footer row of links ending
 * in the © notice, and a class naming a widget is furniture), and must be right everywhere.
 * "gotthard", written blind for round 30 and measured once after every choice of it: 8 of 30 checked values wrong and
 * 5 of 49 passages with listed boilerplate.
 */
const CEILING: Record<string, { wrongValues: number; boilerplatePassages: number }> = {
  erdbeben: { wrongValues: 1, boilerplatePassages: 0 },
  atom: { wrongValues: 0, boilerplatePassages: 1 },
  gotthard: { wrongValues: 8, boilerplatePassages: 5 },
};
const heldOut = new Set(loadDossiers().dossiers.filter((d) => d.role === 'held-out').map((d) => d.corpus.split('/').at(-2)!));

/** Outlets compare without case: "DER STANDARD" on the page is "Der Standard". */
const fold = (s: string) => s.toLocaleLowerCase('de');

interface Question {
  answers?: Array<{ article: string; evidence: string }>;
}

describe('the eval dossiers together', () => {
  // The evaluation pools questions by id (bench/eval-run.ts rowsFor): two dossiers sharing an id would mix their answers.
  it('GIVEN every dossier of test/eval/dossiers.json THEN no question id appears twice', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const d of loadDossiers().dossiers) {
      for (const q of JSON.parse(readFileSync(d.questions, 'utf8')) as Array<{ id: string }>) {
        if (seen.has(q.id)) clashes.push(`${q.id} (${seen.get(q.id)} and ${d.name})`);
        else seen.set(q.id, d.name);
      }
    }
    expect(clashes).toEqual([]);
    expect(seen.size).toBeGreaterThan(400);
  });
});

describe.each(dossiers)('dossier %s', (name) => {
  const folder = join(ROOT, name);
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected;
  let articles: CleanArticle[] = [];
  let problems: CorpusProblem[] = [];
  let copy = '';

  beforeAll(async () => {
    // The files alone: a metadata.json in the dossier would hide what the readers find.
    copy = mkdtempSync(join(tmpdir(), `dossier-${name}-`));
    cpSync(join(folder, 'corpus'), copy, { recursive: true, filter: (src) => !src.endsWith('metadata.json') });
    ({ articles, problems } = await loadCorpus(copy));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('GIVEN its corpus THEN every file loads, with no file skipped', () => {
    expect(problems.filter((p) => !p.warning)).toEqual([]);
    expect(articles.map((a) => a.meta.file).sort()).toEqual(Object.keys(expected.articles).sort());
  });

  /** The values read for a file that differ from expected.json, as "file field: got ≠ wanted". */
  const wrongValues = (file: string): string[] => {
    const want = expected.articles[file]!;
    const meta = articles.find((a) => a.meta.file === file)?.meta;
    if (!meta) return [`${file}: not loaded`];
    const fields: Array<keyof ArticleMeta & keyof typeof want> = ['title', 'outlet', 'date', ...(typeof want.author === 'string' ? (['author'] as const) : []), ...(want.id ? (['id'] as const) : [])];
    const same = (field: string, a: unknown, b: unknown) => (field === 'outlet' ? fold(String(a)) === fold(String(b)) : a === b);
    return fields.filter((f) => !same(f, meta[f], want[f])).map((f) => `${file} ${f}: "${meta[f]}" ≠ "${want[f]}" (${JSON.stringify(meta.metaSources?.[f as 'title'] ?? '')})`);
  };
  const boilerplateHits = () =>
    articles.flatMap((a) => chunkArticle(a)).flatMap((p) => (expected.boilerplate ?? []).filter((b) => p.text.includes(b)).map((b) => `${p.id}: ${b}`));

  if (heldOut.has(name) || CEILING[name]) {
    const ceiling = CEILING[name] ?? { wrongValues: 0, boilerplatePassages: 0 };
    it(`GIVEN the dossier THEN at most ${ceiling.wrongValues} metadata values are wrong and ${ceiling.boilerplatePassages} passages hold boilerplate (its first measurement)`, () => {
      const wrong = Object.keys(expected.articles).flatMap(wrongValues);
      const hits = boilerplateHits();
      // A held-out dossier's misses are counted, not printed: whoever reads them can no longer test rules fairly on it.
      const details = heldOut.has(name) ? '' : `\n  ${[...wrong, ...hits].join('\n  ')}`;
      console.log(`dossier ${name}: ${wrong.length} metadata values wrong, ${new Set(hits.map((h) => h.split(':')[0])).size} passages with boilerplate${details}`);
      expect(wrong.length).toBeLessThanOrEqual(ceiling.wrongValues);
      expect(new Set(hits.map((h) => h.split(':')[0])).size).toBeLessThanOrEqual(ceiling.boilerplatePassages);
    });
  } else {
    it.each(Object.keys(expected.articles))('GIVEN %s THEN title, outlet, date (and author) are read from the file', (file) => {
      expect(wrongValues(file)).toEqual([]);
    });

    it('GIVEN its passages THEN none contains a listed boilerplate string', () => {
      expect(boilerplateHits()).toEqual([]);
    });
  }

  it('GIVEN its questions THEN every evidence quote survives cleaning', () => {
    const path = join(folder, 'questions.json');
    const questions = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Question[]) : [];
    const missing = questions
      .flatMap((q) => q.answers ?? [])
      .filter((a) => !articles.find((x) => x.meta.id === a.article)?.paragraphs.some((p) => p.text.includes(a.evidence)))
      .map((a) => `${a.article}: ${a.evidence}`);
    expect(missing).toEqual([]);
  });
});

it('GIVEN the dossiers folder THEN at least the tuning dossier is there to test', () => {
  expect(dossiers.length).toBeGreaterThan(0);
});
