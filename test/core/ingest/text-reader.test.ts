/** The .txt reader on page texts of our own, in layouts the dossiers do not use: general rules, no outlet rules. */
import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../../src/core/corpus/readers/text.js';
import { repeatedLines } from '../../../src/core/corpus/repeated.js';

const none = { repeated: new Set<string>() };
const texts = (raw: string, context = none) => readTextArticle(raw, context).paragraphs.map((p) => p.text);

const REGIONAL = `Zum Inhalt springen
Rheinische Rundschau
Lokales
Region
Sport
Kultur
Startseite › Lokales › Köln
Köln
Stadtrat beschließt neue Radwege
Veröffentlicht am 03.04.2024, 10:12 Uhr
Aktualisiert am 05.04.2024, 08:00 Uhr
Von Anna Beispiel und Jonas Muster
Radfahrer auf der Deutzer Brücke. © picture alliance / dpa | Oliver Berg

Der Kölner Stadtrat hat am Donnerstag mit großer Mehrheit beschlossen, bis 2030 rund 120 Kilometer neue Radwege zu bauen. Die Kosten schätzt die Verwaltung auf 85 Millionen Euro. Lesen Sie auch: Verkehrswende in Köln: Was sich 2024 ändert

Mehr aus Köln
Neue Straßenbahnlinie: Baustart im Herbst mehr
Kita-Plätze: Stadt sucht Erzieherinnen 01:45 min

Kritik kam von der Opposition. Der Plan sei zu teuer und komme zu spät, sagte ein Sprecher der Fraktion. Die Händler in der Innenstadt fürchten zudem um Parkplätze.
Zum Thema Parkplätze äußerte sich die Oberbürgermeisterin am Donnerstag nicht.

Teilen
Jetzt den Newsletter abonnieren
Impressum | Datenschutz | Kontakt
(c) Rheinische Rundschau 2024
`;

describe('text reader, general rules', () => {
  it('GIVEN a regional page THEN headline, site name, publication date and both authors are read', () => {
    const { meta } = readTextArticle(REGIONAL, none);
    expect(meta).toMatchObject({
      title: { value: 'Stadtrat beschließt neue Radwege', source: 'text: headline above the first paragraph' },
      outlet: { value: 'Rheinische Rundschau', source: 'text: site header line "Rheinische Rundschau"' },
      date: { value: '2024-04-03', source: expect.stringMatching(/^text: date line "Veröffentlicht am 03\.04\.2024/) },
      author: { value: 'Anna Beispiel, Jonas Muster', source: 'text: byline "Von Anna Beispiel und Jonas Muster"' },
    });
  });

  it('GIVEN a header line pairing the site\'s address and its name ("rr.de – Rheinische Rundschau") THEN the name is the outlet', () => {
    const page = REGIONAL.replace('\nRheinische Rundschau\n', '\nrr.de – Rheinische Rundschau\n');
    expect(readTextArticle(page, none).meta.outlet).toEqual({ value: 'Rheinische Rundschau', source: 'text: site header line "rr.de – Rheinische Rundschau"' });
  });

  it('GIVEN a header line pairing the name with a place, no address ("Rheinische Rundschau – Köln") THEN the line stays the name', () => {
    const page = REGIONAL.replace('\nRheinische Rundschau\n', '\nRheinische Rundschau – Köln\n');
    expect(readTextArticle(page, none).meta.outlet?.value).toBe('Rheinische Rundschau – Köln');
  });

  it('GIVEN a regional page THEN menus, credits, teasers, prompts and the glued read-also are gone and the prose stays', () => {
    expect(texts(REGIONAL)).toEqual([
      'Der Kölner Stadtrat hat am Donnerstag mit großer Mehrheit beschlossen, bis 2030 rund 120 Kilometer neue Radwege zu bauen. Die Kosten schätzt die Verwaltung auf 85 Millionen Euro.',
      'Kritik kam von der Opposition. Der Plan sei zu teuer und komme zu spät, sagte ein Sprecher der Fraktion. Die Händler in der Innenstadt fürchten zudem um Parkplätze.',
      'Zum Thema Parkplätze äußerte sich die Oberbürgermeisterin am Donnerstag nicht.',
    ]);
  });

  it('GIVEN a glued "Aktualisiert am" dateline, an agency source line and a copyright footer THEN the date is read, the dateline cut, the outlet is the footer', () => {
    const raw = [
      'Aktualisiert am 12.05.2023, 09:15 Uhr Der Stadtrat von Würzburg hat den Haushalt für das kommende Jahr mit knapper Mehrheit beschlossen. Die Opposition stimmte geschlossen dagegen.',
      '',
      'Oberbürgermeister Christian Schuchardt sprach von einem soliden Haushalt, der trotz steigender Kosten ohne neue Schulden auskomme.',
      '',
      'Quelle: dpa',
      'Copyright © 2023 Main-Post GmbH',
    ].join('\n');
    const { paragraphs, meta } = readTextArticle(raw, none);
    expect(paragraphs[0]!.text).toMatch(/^Der Stadtrat von Würzburg hat/);
    expect(paragraphs.map((p) => p.text).join(' ')).not.toMatch(/Aktualisiert|Quelle|Copyright|Main-Post GmbH/);
    expect(meta.date).toEqual({ value: '2023-05-12', source: 'text: dateline "Aktualisiert am 12.05.2023, 09:15 Uhr" before the first paragraph' });
    expect(meta.outlet).toEqual({ value: 'Main-Post', source: 'text: footer "Copyright © 2023 Main-Post GmbH"' });
  });

  it('GIVEN a weekday date line and a "Von <Name>, <Stadt>" byline THEN both are read, neither stays as text', () => {
    const raw = 'Freitag, 12. Mai 2023, 14:32 Uhr\nVon Dr. Eva Schmidt, Leipzig\n\nDie Leipziger Messe meldet für das Frühjahr so viele Aussteller wie seit Jahren nicht mehr. Besonders gefragt seien die Hallen für die Buchmesse.\n';
    const { paragraphs, meta } = readTextArticle(raw, none);
    expect(meta.date?.value).toBe('2023-05-12');
    expect(meta.author?.value).toBe('Dr. Eva Schmidt');
    expect(paragraphs).toHaveLength(1);
  });

  it('GIVEN a line two articles of the dossier share THEN it is dropped from both, and kept when only one has it', () => {
    const body = (n: number) => `Ein echter Absatz Nummer ${n} über die Sitzung des Kreistags, der lang genug ist, um als Text zu gelten.\n\nHol dir die App!\n`;
    const context = { repeated: repeatedLines([body(1), body(2)]) };
    expect(texts(body(1), context)).toEqual([expect.stringMatching(/^Ein echter Absatz Nummer 1/)]);
    expect(texts(body(1))).toContain('Hol dir die App!');
  });

  it('GIVEN a sentence of agency copy that two articles share THEN both keep it', () => {
    const shared = 'Die Polizei hat die Ermittlungen zu dem Brand in der Lagerhalle aufgenommen, verletzt wurde niemand.';
    const page = (n: number) => `Ein eigener Absatz Nummer ${n}, der lang genug ist und mit einem Punkt endet, wie ein Satz.\n\n${shared}\n`;
    const context = { repeated: repeatedLines([page(1), page(2)]) };
    expect(texts(page(2), context)).toContain(shared);
  });

  it('GIVEN text wrapped at a fixed width (text browser, e-mail) THEN each wrapped paragraph is one paragraph again', () => {
    const raw = [
      'Hafenfest endet mit Rekord',
      '',
      'Das Kieler Hafenfest hat an diesem Wochenende mehr als 400.000',
      'Besucherinnen und Besucher an die Förde gelockt. Die Veranstalter',
      'sprachen am Sonntagabend von einem Rekord.',
      '',
      'Besonders gefragt waren die Traditionssegler an der Kiellinie. Viele',
      'Gäste nutzten die Gelegenheit zu einer Ausfahrt auf die Ostsee.',
    ].join('\n');
    const { paragraphs, meta } = readTextArticle(raw, none);
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Das Kieler Hafenfest hat an diesem Wochenende mehr als 400.000 Besucherinnen und Besucher an die Förde gelockt. Die Veranstalter sprachen am Sonntagabend von einem Rekord.',
      'Besonders gefragt waren die Traditionssegler an der Kiellinie. Viele Gäste nutzten die Gelegenheit zu einer Ausfahrt auf die Ostsee.',
    ]);
    expect(meta.title?.value).toBe('Hafenfest endet mit Rekord');
  });

  it('GIVEN a caption whose credit stands on the next line THEN both go; a paragraph before a credit stays', () => {
    const raw = [
      'Mittwoch, 13. Dezember 2023',
      'Einigung in der Nacht',
      'Ampel legt Haushaltsstreit bei',
      'Nach wochenlangem Streit haben sich die Spitzen der Koalition auf einen Haushalt geeinigt. Die Schuldenbremse soll gelten.',
      'Scholz, Habeck und Lindner bei der Pressekonferenz im Kanzleramt.',
      '(Foto: picture alliance/dpa)',
      'Eine Lücke von 17 Milliarden Euro soll geschlossen werden. Dazu sollen klimaschädliche Subventionen wegfallen.',
      'Bildrechte: MDR/Max Muster',
      'Die Opposition kritisierte die Einigung als Flickwerk und kündigte Widerstand im Bundestag an.',
      'Quelle: ntv.de, mba/dpa',
    ].join('\n');
    const { paragraphs, meta } = readTextArticle(raw, none);
    expect(paragraphs.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Nach wochenlangem Streit/),
      expect.stringMatching(/^Eine Lücke von 17 Milliarden/),
      expect.stringMatching(/^Die Opposition kritisierte/),
    ]);
    expect([meta.title?.value, meta.outlet?.value, meta.date?.value]).toEqual(['Ampel legt Haushaltsstreit bei', 'ntv.de', '2023-12-13']);
  });

  it('GIVEN a caption with a credit glued behind a real sentence-like caption THEN the whole caption goes', () => {
    const raw = 'Die Angeklagte betritt am Morgen den Saal. Foto: Sven Hoppe/dpa (Archivbild)\n\nDas Landgericht verhandelt seit März gegen die 41-Jährige, der Betrug in 14 Fällen vorgeworfen wird.\n';
    expect(texts(raw)).toEqual(['Das Landgericht verhandelt seit März gegen die 41-Jährige, der Betrug in 14 Fällen vorgeworfen wird.']);
  });
  it.each([
    ['Quelle: ntv.de, mba/dpa', 'ntv.de'],
    ['Quelle: MDR/dpa', 'MDR'],
  ])('GIVEN the source line "%s" THEN the outlet is %s, not the agency', (line, outlet) => {
    const raw = `Die Landesregierung hat am Dienstag ein neues Förderprogramm für den ländlichen Raum vorgestellt.\n\n${line}\n`;
    expect(readTextArticle(raw, none).meta.outlet?.value).toBe(outlet);
  });
});

describe('text reader, more layouts', () => {
  it('GIVEN a page copied from its menu on, an exclaimed headline, a genre byline and a company footer THEN each is read right', () => {
    const raw = [
      'Politik', 'Wirtschaft', 'Sport', 'Kultur',
      'Streik im Nahverkehr',
      'Jetzt stehen die Busse still!',
      'Ein Kommentar von Jonas Muster (dpa)',
      'Seit Montagmorgen fahren in der ganzen Region keine Busse und Bahnen mehr. Die Gewerkschaft hat zu einem zweitägigen Warnstreik aufgerufen.',
      '',
      'Pendler müssen sich auf volle Straßen einstellen. Die Verkehrsbetriebe raten, wenn möglich von zu Hause zu arbeiten.',
      '',
      '© 2024 Rheinische Post Mediengruppe GmbH',
    ].join('\n');
    const { paragraphs, meta } = readTextArticle(raw, none);
    expect([meta.title?.value, meta.author?.value, meta.outlet?.value]).toEqual(['Jetzt stehen die Busse still!', 'Jonas Muster', 'Rheinische Post']);
    expect(paragraphs).toHaveLength(2);
  });

  it('GIVEN a headline the page prints twice (tab title and article) THEN it is still the title', () => {
    const raw = ['Deich bei Emden hält dem Sturm stand', 'Nachrichten', 'Region', 'Wetter', 'Sport', 'Region', 'Deich bei Emden hält dem Sturm stand',
      'Der Deich an der Emsmündung hat der Sturmflut in der Nacht standgehalten, teilte der Deichverband am Morgen mit.'].join('\n');
    const { paragraphs, meta } = readTextArticle(raw, none);
    expect(meta.title?.value).toBe('Deich bei Emden hält dem Sturm stand');
    expect(paragraphs).toHaveLength(1);
  });

  it('GIVEN a "Letzte Aktualisierung" dateline glued to the lead and a "You may also like" tail THEN both are cut, the date read', () => {
    const raw = 'Letzte Aktualisierung: 03.02.2024, 18:05 Uhr Der Kreistag hat die Schließung der Geburtsstation in Wolgast beschlossen. Hebammen kündigten Proteste an. You may also like: Klinik-Reform in MV\n';
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect(meta.date?.value).toBe('2024-02-03');
    expect(paragraphs.map((p) => p.text)).toEqual(['Der Kreistag hat die Schließung der Geburtsstation in Wolgast beschlossen. Hebammen kündigten Proteste an.']);
  });

  it('GIVEN date and byline on one line THEN both are read', () => {
    const raw = 'Neue Brücke eröffnet\n12.05.2023 · Von Lea Hartmann\nDie neue Weserbrücke ist am Freitag nach drei Jahren Bauzeit für den Verkehr freigegeben worden.\n';
    const { meta, paragraphs } = readTextArticle(raw, none);
    expect([meta.date?.value, meta.author?.value, paragraphs.length]).toEqual(['2023-05-12', 'Lea Hartmann', 1]);
  });

  it('GIVEN only a site address at the end THEN it names the outlet', () => {
    const raw = 'Die Gemeinde hat den neuen Kindergarten am Samstag mit einem Fest eröffnet, zu dem mehrere hundert Gäste kamen.\n\nwww.lokalblatt-musterstadt.de\n';
    const { paragraphs, meta } = readTextArticle(raw, none);
    expect(meta.outlet).toEqual({ value: 'lokalblatt-musterstadt.de', source: 'text: site address "www.lokalblatt-musterstadt.de" at the end' });
    expect(paragraphs).toHaveLength(1);
  });
});

describe('text reader, front matter', () => {
  const body = 'Kurzer Titel\n\nEin Absatz, der als Text gilt, weil er ein Satz ist und lang genug.\n';

  it('GIVEN front matter THEN it overrides what the text shows, and says so', () => {
    const raw = `---\ntitle: "Der wahre Titel"\noutlet: Beispielblatt\ndate: 12.05.2023\nautor: Erika Muster\n---\n${body}`;
    const { paragraphs, meta, notes } = readTextArticle(raw, none);
    expect(meta).toEqual({
      title: { value: 'Der wahre Titel', source: 'front matter' },
      outlet: { value: 'Beispielblatt', source: 'front matter' },
      date: { value: '2023-05-12', source: 'front matter' },
      author: { value: 'Erika Muster', source: 'front matter' },
    });
    expect(notes).toEqual([]);
    expect(paragraphs.map((p) => p.text)).toEqual(['Ein Absatz, der als Text gilt, weil er ein Satz ist und lang genug.']);
  });

  it('GIVEN a bad date and an unknown key THEN each is a note, the rest applies, the url gives the outlet', () => {
    const raw = `---\ndate: nächste Woche\nrubrik: Lokales\nurl: https://www.beispiel-kurier.de/lokales/artikel-1.html\n---\n${body}`;
    const { meta, notes } = readTextArticle(raw, none);
    expect(notes).toEqual([expect.stringMatching(/date "nächste Woche" not understood/), expect.stringMatching(/key "rubrik" is not used/)]);
    expect(meta.outlet).toEqual({ value: 'beispiel-kurier.de', source: 'front matter: domain of url https://www.beispiel-kurier.de/lokales/artikel-1.html' });
    expect(meta.title).toEqual({ value: 'Kurzer Titel', source: 'text: headline above the first paragraph' });
  });

  it('GIVEN a "---" rule that is not front matter THEN the text is read as it is', () => {
    const raw = `---\nEin Absatz zwischen zwei Linien, der ein ganzer Satz ist und bleibt.\n---\n${body}`;
    expect(texts(raw)).toContain('Ein Absatz zwischen zwei Linien, der ein ganzer Satz ist und bleibt.');
  });
});
