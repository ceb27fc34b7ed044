/**
 * General rules for furniture German news pages carry (players, paywalls, ads, galleries, embeds, comment
 * counters, broadcast notes, ticker time stamps, glued teasers, kickers, image boxes) on fixtures of our own:
 * each rule once where it must fire and once on real prose that looks alike and must stay.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../../src/core/corpus/boilerplate.js';
import { isBareDate, isDateLine } from '../../../src/core/corpus/dates.js';
import { cutGluedHead, cutGluedTail } from '../../../src/core/corpus/glued.js';
import { outletFromCredit } from '../../../src/core/corpus/names.js';
import { outletFromNote } from '../../../src/core/corpus/text-notes.js';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';
import { readByline } from '../../../src/core/corpus/byline.js';

const none = { repeated: new Set<string>() };
const texts = (raw: string) => readTextArticle(raw, none).paragraphs.map((p) => p.text);

describe('page furniture, line by line', () => {
  it.each([
    ['audio player', ['Artikel anhören', 'Vorlesen lassen', 'Podcast jetzt anhören', 'Audio: Was die Sonde sucht (5:47 Min.)', 'Radwege: Stadt plant neue Verbindungen 02:14']],
    ['ad label', ['Anzeige', '- Anzeige -', 'ANZEIGE', 'Werbung', 'Anzeige | Jetzt Strom vergleichen']],
    ['navigation', ['Zur Startseite', 'Zur Bildergalerie', 'Zur Navigation springen', 'Zum Seitenanfang', 'Fehler gefunden? Jetzt melden.']],
    ['gallery counter', ['Bild 1 von 12', 'Foto 3/9', '3 / 12']],
    ['embed placeholder', ['Externer Inhalt', 'Inhalte von YouTube laden', 'Um Inhalte von X anzuzeigen, benötigen wir Ihre Zustimmung.', 'Ein Beitrag geteilt von Stadt Passau (@stadtpassau)', 'Mit einem Klick können Sie sich externe Inhalte anzeigen lassen.']],
    ['comment counter', ['12 Kommentare', 'Kommentare (4) Zum Kommentieren bitte anmelden', '34 Postings', 'Bitte melden Sie sich an, um zu kommentieren.']],
    ['paywall', ['Jetzt weiterlesen mit SZ Plus', 'Jetzt abonnieren', 'Testen Sie 4 Wochen für 0 €', 'Alle Artikel lesen für 1 € im ersten Monat', 'Bereits registriert? Hier anmelden']],
    ['newsletter box', ['Melden Sie sich jetzt für unseren kostenlosen Newsletter an.', 'Ihre E-Mail-Adresse', 'Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach.', 'Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu.']],
    ['broadcast note', ['Diese Nachricht wurde am 13.04.2023 im Programm Deutschlandfunk gesendet.', 'Dieser Beitrag wurde am 12.03.2023 im Ersten ausgestrahlt.', 'Hören Sie den Beitrag in der Audiothek', 'Über dieses Thema berichtete NDR Info am 3. August 2023 in den Nachrichten.']],
    ['first publication', ['Dieser Artikel erschien zuerst in der Printausgabe der Zeitung.', 'Zuerst erschienen bei der Süddeutschen Zeitung']],
    ['time stamp', ['14:27 Uhr', '14.27 Uhr', 'vor 2 Stunden', 'Donnerstag, 03.08.2023, 14:27', 'Heute, 09:15']],
    ['agency tag or caption label', ['(dpa, AFP)', 'dpa/AFP', 'Legende: Der Minister am Montag in Berlin.']],
    ['social follow call', ['Folgen Sie der Stadtzeitung auf Instagram, Threads und WhatsApp – und verpassen Sie keine Meinung mehr.', 'Sie möchten nichts verpassen? Folgen Sie dem Kurier auf Facebook und Instagram.']],
    ['trial offer or video consent', ['Sie haben noch kein Abo? Testen Sie „Die Zeitung“ vier Wochen lang kostenlos.', 'Dieses Video wird von YouTube bereitgestellt. Mit dem Abspielen stimmen Sie der Datenübertragung an Google zu.']],
    ['podcast promo or print note', ['Podcast: Lohnt sich die Förderung? Hören Sie die aktuelle Folge von „Geldfragen“ – überall, wo es Podcasts gibt.', 'Diese Seite wurde gedruckt von: https://www.example.de/wirtschaft/artikel-123']],
  ])('GIVEN a %s THEN each line is furniture', (_, lines) => {
    for (const line of lines) expect([line, boilerplateReason(line, none)]).toEqual([line, expect.any(String)]);
  });

  it.each([
    'Die Anzeige gegen den Bürgermeister wurde am Montag zurückgezogen.',
    'Mehr als 40 Menschen kamen zur Anhörung ins Rathaus.',
    'Das Deutschlandticket kostet künftig 58 Euro im Monat.',
    'Dieser Bericht wurde am Montag in Genf veröffentlicht.',
    'Die Sendung wurde 1998 erstmals ausgestrahlt und lief zehn Jahre.',
    'Hören Sie auf zu klagen, sagte der Minister am Abend.',
    'Die dpa meldete am Montag, dass die Gespräche gescheitert sind.',
    'Das Video von TikTok wurde millionenfach angesehen, sagte sie.',
    'Um 14:27 Uhr fiel in der ganzen Stadt der Strom aus.',
    'Die Firma verschickte einen Newsletter an alle Kunden, in dem sie die Preise erhöhte.',
    'Seit zwei Stunden steht der Verkehr auf der A7 still.',
    'Mehr zum Thema Energie sagte der Minister nichts.',
    'Er erschien zuerst in der Printausgabe der Zeitung, wie der Verlag mitteilte.',
    'Anzeige gegen Unbekannt',
    'Anpfiff um 20:30 Uhr',
    'Melden Sie sich jetzt beim Bürgeramt an, wenn Sie umgezogen sind.',
    'Prüfen Sie Ihr Postfach auf verdächtige Mails, rät die Polizei.',
    'Sehen Sie sich den Beipackzettel genau an, bevor Sie das Mittel nehmen.',
    'Die Polizei erstattete Anzeige gegen den Fahrer, der geflüchtet war.',
    'Der Newsletter des Ministeriums ging an 3000 Schulen.',
    'Externe Gutachter sollen die Inhalte der Akten prüfen, sagte die Richterin.',
    'Folgen Sie dem Geld, rät der Ermittler, dann finden Sie die Täter.',
    'Die Partei bat ihre Anhänger: „Folgen Sie der Kandidatin auf Instagram.“ Viele taten das.',
    'Testen Sie sich kostenlos in der Apotheke, rät das Gesundheitsamt allen Reisenden.',
    'Mit dem Abspielen des Videos im Gericht stimmten die Anwälte der Verteidigung zu.',
    'Podcast: Die Zahl der Hörer ist im vergangenen Jahr um ein Drittel gestiegen, meldet der Verband.',
    'Diese Seite der Akte wurde nie gedruckt, sagte der Zeuge vor dem Ausschuss.',
  ])('GIVEN prose "%s" THEN it stays', (line) => {
    expect(boilerplateReason(line, none)).toBeNull();
  });
});

describe('dates, bylines and outlets in the forms pages print', () => {
  it.each([
    ['Donnerstag, 03.08.2023, 14:27', '2023-08-03'],
    ['3. August 2023, 12:05 Uhr', '2023-08-03'],
    ['03.08.23', '2023-08-03'],
    ['vor 2 Stunden · 03.08.2023', '2023-08-03'],
    ['03.08.2023 | Lesezeit: 4 Min.', '2023-08-03'],
  ])('GIVEN "%s" THEN it is a date line for %s', (line, iso) => expect(isDateLine(line)?.iso).toBe(iso));

  it('GIVEN a date with a place or an event THEN it is a date line but no bare time stamp', () => {
    expect(isBareDate('Donnerstag, 03.08.2023, 14:27')).toBe(true);
    expect(isBareDate('Berlin, 3. August 2023')).toBe(false);
    expect(isBareDate('12.05.2023: Braun wird festgenommen')).toBe(false);
    expect(isDateLine('12.05.2023: Braun wird festgenommen')).toBeNull();
  });

  it.each([
    ['Von Anna Beispiel und Jonas Muster', 'Anna Beispiel, Jonas Muster'],
    ['Ein Kommentar von Jonas Muster', 'Jonas Muster'],
    ['Von Anna Beispiel, Jonas Muster (Berlin)', 'Anna Beispiel, Jonas Muster'],
    ['Eine Analyse von Eva Schmidt, Brüssel', 'Eva Schmidt'],
    ['Verfasst von Anna Beispiel', 'Anna Beispiel'],
    ['Freiburg | Von Jonas Albrecht', 'Jonas Albrecht'],
    ['Autorin/Autor Ayşe Demir', 'Ayşe Demir'],
    ['Von Anna Beispiel | 03.08.2023, 14:27 Uhr', 'Anna Beispiel'],
  ])('GIVEN the byline "%s" THEN the author is %s', (line, author) => expect(readByline(line)?.author).toBe(author));

  it.each([
    ['© Kleine Zeitung 2023 · Alle Rechte vorbehalten', 'Kleine Zeitung'],
    ['© 2023 Neue Westfälische', 'Neue Westfälische'],
  ])('GIVEN the footer "%s" THEN the outlet is %s', (line, outlet) => expect(outletFromCredit(line)).toBe(outlet));

  it('GIVEN broadcast notes THEN the broadcaster is read; a sentence that only mentions a programme names none', () => {
    expect(outletFromNote('Diese Nachricht wurde am 13.04.2023 im Programm Deutschlandfunk Kultur gesendet.')).toBe('Deutschlandfunk Kultur');
    expect(outletFromNote('Über dieses Thema berichtete NDR Info am 3. August 2023.')).toBe('NDR Info');
    expect(outletFromNote('Im Programm Deutschlandfunk sprach die Forscherin über Eismonde.')).toBeNull();
  });
});

describe('teasers glued before a paragraph', () => {
  it.each([
    ['Lesen Sie auch: Raumfahrt in Bayern – Wo Satelliten entstehen Acht Jahre wird die Reise dauern, sagte er.', 'Acht Jahre wird die Reise dauern, sagte er.'],
    ['Lesen Sie auch: Kleine Würfel, große Pläne Die Sonde ist am Freitag gestartet, wie die Esa mitteilte.', 'Die Sonde ist am Freitag gestartet, wie die Esa mitteilte.'],
    ['Lesen Sie auch: Artemis: Wer fliegt zum Mond? Acht Jahre wird die Reise dauern, sagte er.', 'Acht Jahre wird die Reise dauern, sagte er.'],
    ['Mehr zum Thema: Energiepreise Die Regierung hat am Montag ein Entlastungspaket beschlossen.', 'Die Regierung hat am Montag ein Entlastungspaket beschlossen.'],
  ])('GIVEN "%s" THEN the paragraph is what is left', (glued, paragraph) => expect(cutGluedHead(glued)).toBe(paragraph));

  it.each([
    'Lesen Sie auch, was der Minister dazu sagte: Die Regierung habe keine Wahl.',
    'Mehr zum Thema Energie sagte der Minister nichts.',
    'Die Regierung hat am Montag ein Entlastungspaket beschlossen.',
  ])('GIVEN "%s" THEN nothing is cut', (line) => expect(cutGluedHead(line)).toBe(line));
});

describe('agency sign-offs glued after a paragraph', () => {
  it('GIVEN "(dpa/AFP)" or "dpa/fls" after the last sentence THEN it is cut; an agency named inside a sentence stays', () => {
    const text = 'Die Feuerwehr war mit 80 Einsatzkräften vor Ort, verletzt wurde niemand.';
    expect(cutGluedTail(`${text} (dpa/AFP)`)).toBe(text);
    expect(cutGluedTail(`${text} dpa/fls`)).toBe(text);
    expect(cutGluedTail(`${text} 08.08.2023`)).toBe(text);
    expect(cutGluedTail('Das berichtete die Nachrichtenagentur dpa am Abend unter Berufung auf die Polizei.')).toBe('Das berichtete die Nachrichtenagentur dpa am Abend unter Berufung auf die Polizei.');
  });
});

describe('page layouts', () => {
  const PAGE = [
    'Zum Inhalt springen', 'Neue Presse', 'Politik   Wirtschaft   Sport   Kultur', '',
    'Energie im Landkreis', 'Solarpark bei Wedel geht ans Netz', '',
    'Von Anna Beispiel und Jonas Muster', 'vor 2 Stunden · Donnerstag, 03.08.2023, 14:27 Uhr', 'Artikel anhören', '',
    'Der neue Solarpark bei Wedel liefert seit Donnerstag Strom für rund 4000 Haushalte. Die Anlage ist die größte im Landkreis und wurde in nur acht Monaten gebaut.', '',
    'Die Module auf dem früheren Acker bei Wedel. Im Hintergrund die Elbe.', 'Foto: Anna Beispiel', '',
    'Der Betreiber rechnet mit Kosten von zwölf Millionen Euro. Die Gemeinde erhält eine Beteiligung an den Erlösen, wie der Bürgermeister mitteilte.', '',
    'Anzeige', 'Bild 1 von 12', '12 Kommentare', '',
    'Lesen Sie auch: Windkraft im Norden – Wo neue Anlagen entstehen Bis zum Herbst sollen zwei weitere Parks folgen. Die Anträge liegen beim Kreis, sagte eine Sprecherin.', '',
    'Dieser Artikel erschien zuerst in der Printausgabe.', 'Jetzt weiterlesen mit NP Plus', '',
    'Impressum | Datenschutz | Kontakt', '© 2023 Neue Presse',
  ].join('\n');

  it('GIVEN a page with a kicker, a two-name byline, a relative and an absolute date THEN headline, authors and date are right', () => {
    const { meta } = readTextArticle(PAGE, none);
    expect([meta.title?.value, meta.author?.value, meta.date?.value, meta.outlet?.value]).toEqual(['Solarpark bei Wedel geht ans Netz', 'Anna Beispiel, Jonas Muster', '2023-08-03', 'Neue Presse']);
  });

  it('GIVEN the same page THEN only its three paragraphs stay, the image box with its two-sentence caption goes', () => {
    expect(texts(PAGE)).toEqual([
      expect.stringMatching(/^Der neue Solarpark bei Wedel liefert/),
      expect.stringMatching(/^Der Betreiber rechnet mit Kosten/),
      'Bis zum Herbst sollen zwei weitere Parks folgen. Die Anträge liegen beim Kreis, sagte eine Sprecherin.',
    ]);
  });

  it('GIVEN a live ticker THEN its time stamps go and its entries stay; a chronology entry with a date stays', () => {
    const raw = [
      'Unwetter im Süden: Der Liveblog', '',
      '14:27 Uhr', 'Die Feuerwehr meldet in Passau mehr als 200 Einsätze seit dem Mittag, verletzt wurde bisher niemand.', '',
      'Heute, 13:05', 'Der Deutsche Wetterdienst hat die Unwetterwarnung für Niederbayern bis zum Abend verlängert.', '',
      'Chronik', '• 12.05.2023: Erste Warnung für Passau', '• 13.05.2023: Pegel erreicht acht Meter', '',
      'Die Stadt rechnet damit, dass das Wasser ab Sonntag wieder sinkt, sagte der Oberbürgermeister.',
    ].join('\n');
    expect(texts(raw)).toEqual([
      expect.stringMatching(/^Die Feuerwehr meldet/),
      expect.stringMatching(/^Der Deutsche Wetterdienst/),
      '12.05.2023: Erste Warnung für Passau 13.05.2023: Pegel erreicht acht Meter',
      expect.stringMatching(/^Die Stadt rechnet damit/),
    ]);
  });

  it('GIVEN a broadcaster page whose outlet only its broadcast note names THEN the outlet and its source say so', () => {
    const raw = 'Neue Messstation auf der Zugspitze\n\nDie neue Station misst seit Montag Feinstaub und Ozon in fast 3000 Metern Höhe, teilte das Umweltbundesamt mit.\n\nDiese Nachricht wurde am 14.08.2023 im Programm Bayern 2 gesendet.\n';
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect(meta.outlet).toEqual({ value: 'Bayern 2', source: 'text: broadcast note "Diese Nachricht wurde am 14.08.2023 im Programm Bayern 2 gesendet."' });
    expect(meta.date?.value).toBe('2023-08-14');
    expect(paragraphs).toHaveLength(1);
  });

  it('GIVEN a kicker and headline in one block of a text wrapped at a fixed width THEN they stay apart; a wrapped paragraph is joined', () => {
    const raw = ['Energie im Landkreis', 'Solarpark bei Wedel geht ans Netz mit voller Leistung', '',
      'Der neue Solarpark bei Wedel liefert seit Donnerstag Strom für rund', '4000 Haushalte. Er ist die größte Anlage im ganzen Landkreis.'].join('\n');
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect(meta.title?.value).toBe('Solarpark bei Wedel geht ans Netz mit voller Leistung');
    expect(paragraphs.map((p) => p.text)).toEqual(['Der neue Solarpark bei Wedel liefert seit Donnerstag Strom für rund 4000 Haushalte. Er ist die größte Anlage im ganzen Landkreis.']);
  });

  it('GIVEN a page without blank lines, a menu button first and the place before the byline THEN all metadata is read and only prose stays', () => {
    const raw = ['Menü', 'Oberrhein-Kurier', 'Freiburg', 'Region', 'Sport', 'Startseite › Freiburg', 'Hochwasser',
      'Dreisam tritt über die Ufer – Straßen gesperrt', 'Fr, 4. August 2023 um 09:12 Uhr', 'Freiburg | Von Jonas Albrecht',
      'Nach tagelangem Regen ist die Dreisam am Donnerstagabend über die Ufer getreten. Mehrere Straßen mussten gesperrt werden.',
      'Feuerwehrleute sichern einen Uferweg an der Dreisam. Foto: Patrick Seeger (dpa)',
      'Die Feuerwehr war nach eigenen Angaben mit mehr als 100 Kräften im Einsatz. Verletzt wurde niemand, wie ein Sprecher sagte.',
      'Das könnte Sie auch interessieren:', 'Unwetter im Schwarzwald: Bäume stürzen auf Bundesstraße', 'Pegelstände: Wo Sie aktuelle Werte finden',
      'Der Deutsche Wetterdienst rechnet bis Samstag mit weiteren Niederschlägen, die Stadt rät, Keller zu meiden.',
      'Ressort: Freiburg', 'Kommentare', 'Bitte melden Sie sich an, um zu kommentieren.'].join('\n');
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect([meta.title?.value, meta.outlet?.value, meta.date?.value, meta.author?.value]).toEqual(['Dreisam tritt über die Ufer – Straßen gesperrt', 'Oberrhein-Kurier', '2023-08-04', 'Jonas Albrecht']);
    expect(paragraphs.map((p) => p.text)).toEqual([expect.stringMatching(/^Nach tagelangem Regen/), expect.stringMatching(/^Die Feuerwehr war/), expect.stringMatching(/^Der Deutsche Wetterdienst/)]);
  });

  it('GIVEN a tab title "<headline> | <Outlet>" copied along THEN it names the outlet, and is cut to the headline when it is the only one', () => {
    const body = 'Die neue Brücke über die Schwentine soll schon im Herbst für den Verkehr freigegeben werden, teilte die Autobahn GmbH mit.';
    const tab = 'Brücke an der A7 wird früher fertig | Kieler Morgenpost';
    const withHeadline = readTextArticle(`${tab}\nStartseite\nRegion\n\nBrücke an der A7 wird früher fertig\n\n${body}\n`, none).meta;
    const alone = readTextArticle(`${tab}\n\n${body}\n`, none).meta;
    expect([withHeadline.title?.value, withHeadline.outlet?.value]).toEqual(['Brücke an der A7 wird früher fertig', 'Kieler Morgenpost']);
    expect([alone.title?.value, alone.outlet?.source]).toEqual(['Brücke an der A7 wird früher fertig', `text: tab title "${tab}"`]);
    // A dash is no separator: it belongs to the headline.
    expect(readTextArticle(`Dreisam tritt über die Ufer – Straßen gesperrt\n\n${body}\n`, none).meta.title?.value).toBe('Dreisam tritt über die Ufer – Straßen gesperrt');
  });

  it('GIVEN a teaser list under "Auch lesenswert" THEN heading and teasers go, the paragraph after the list stays', () => {
    const raw = ['Der Landkreis hat die Förderung für Balkonkraftwerke verdoppelt, Anträge sind ab Montag möglich.', '',
      'Auch lesenswert', 'Wärmepumpe oder Pellets: Was sich lohnt', 'Energieberatung: So finden Sie Hilfe', '',
      'Bisher haben rund 300 Haushalte einen Zuschuss beantragt, teilte die Kreisverwaltung mit.'].join('\n');
    expect(texts(raw)).toEqual([expect.stringMatching(/^Der Landkreis hat/), expect.stringMatching(/^Bisher haben rund 300/)]);
  });

  it('GIVEN a sign-off "red, <site>/Agenturen" at the end THEN the site is the outlet and the line goes; an agency-only sign-off names none', () => {
    const body = 'Die Asfinag sperrt die Tauernautobahn ab Montag für vier Wochen in Richtung Süden, eine Umleitung ist ausgeschildert.';
    const signed = readTextArticle(`Tauernautobahn wird gesperrt\n\n${body}\n\nred, wien-heute.at/Agenturen\n`, none);
    expect([signed.meta.outlet?.value, signed.meta.outlet?.source, signed.paragraphs.length]).toEqual(['wien-heute.at', 'text: sign-off "red, wien-heute.at/Agenturen"', 1]);
    const agencies = readTextArticle(`Tauernautobahn wird gesperrt\n\n${body}\n\n(APA, dpa)\n`, none);
    expect([agencies.meta.outlet, agencies.paragraphs.length]).toEqual([undefined, 1]);
  });

  it('GIVEN a bare "© Name" under a caption between headline and text, and one under the last paragraph THEN the caption goes, the paragraph stays', () => {
    const raw = ['Hitze in Berlin', 'Menschen kühlen sich im Brunnen am Alexanderplatz ab', '© Kay Nietfeld', '',
      'Der Deutsche Wetterdienst hat für Berlin eine Hitzewarnung ausgegeben, am Nachmittag werden bis zu 36 Grad erwartet.', '',
      'Die Stadt öffnet zusätzliche kühle Räume für Obdachlose.', '© Berliner Abendblatt'].join('\n');
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect([meta.title?.value, meta.outlet?.value]).toEqual(['Hitze in Berlin', 'Berliner Abendblatt']);
    expect(paragraphs.map((p) => p.text)).toEqual([expect.stringMatching(/^Der Deutsche Wetterdienst/), 'Die Stadt öffnet zusätzliche kühle Räume für Obdachlose.']);
  });

  it('GIVEN a programme line at the end THEN it dates the article and names the broadcaster by its acronym', () => {
    const raw = 'Neue Regeln für Velofahrer\n\nAb Januar dürfen Velofahrer in der ganzen Stadt bei Rot rechts abbiegen, wo ein Schild das erlaubt.\n\nRadio XYZ3 Regionaljournal, 04.09.23, 17:30 Uhr\n';
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect([meta.outlet?.value, meta.date?.value, paragraphs.length]).toEqual(['XYZ', '2023-09-04', 1]);
    expect(meta.outlet?.source).toMatch(/^text: programme line/);
  });

  it('GIVEN image alt text over a "Legende:" caption and a push box repeated at the end THEN all of it goes', () => {
    const raw = [
      'Der Stadtrat hat den Bau der neuen Brücke am Dienstag mit großer Mehrheit beschlossen, sie soll 2027 fertig sein.', '',
      'Zwei Männer stehen auf einer Baustelle vor einem Kran', 'Legende: Die Baustelle am Flussufer im Juni. (12.06.23) KEYSTONE', '',
      'Die Kosten liegen nach Angaben der Stadt bei rund 40 Millionen Franken, der Kanton übernimmt einen Teil davon.', '',
      'Immer auf dem neusten Stand!', 'Aktivieren Sie Push-Benachrichtigungen, um keine Meldung zu verpassen.', 'Schliessen', '',
      'Immer auf dem neusten Stand!',
    ].join('\n');
    expect(texts(raw)).toEqual([expect.stringMatching(/^Der Stadtrat hat/), expect.stringMatching(/^Die Kosten liegen/)]);
  });

  it('GIVEN a headline that ends with "!" above a paragraph THEN it is no prompt box title', () => {
    const raw = 'Jetzt wird gestreikt!\nDie Gewerkschaft hat für Montag zu einem ganztägigen Warnstreik im Nahverkehr aufgerufen.\n\nTeilen\n';
    expect(readTextArticle(raw, none).meta.title?.value).toBe('Jetzt wird gestreikt!');
  });
});
