import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/corpus/clean.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { parseMetadata } from '../../src/core/corpus/metadata.js';
import type { CleanArticle, CorpusProblem } from '../../src/core/types.js';

const CORPUS = join(import.meta.dirname, '../../corpus');
const FILES = {
  bluenews: '000_15cf9ce17911e84b.txt',
  srf: '001_0ecafa186103546d.txt',
  taz: '002_02c9ca2468071494.txt',
  staatsgast: '003_d9f6056cd9229062.txt',
  nau: '004_fa507f92ddd1dabd.txt',
};

/** Text a reader would never want cited: navigation, promos, players, captions, link and tag lists. */
const BOILERPLATE = [
  'Zum Inhalt springen', 'Mehr anzeigen', 'Legende:', 'abspielen', 'Laufzeit', 'Jederzeit top informiert', 'Push',
  'Meistgelesene', 'Mehr zum Thema', 'Keine Zeit?', '| ', '[1]', '[2]', '## ', 'ukraine krieg', 'RegierungKrieg',
  'SRF4 News aktuell', 'AUTOREN', 'Bild:', 'Archiv:', '13:40 min', 'Schliessen', 'date 2023-07', '(Archivbild)',
  '- dpa', 'Das Wichtigste in Kürze', 'in die Kamera', 'Ausstellunghalle', 'taz.de', 'David Bieber', 'blicke…',
  '28 Jul 2023', 'Schwerpunkt Krieg', 'Stolz zeigt Kim sein Arsenal', 'Camp David', '/Nordkorea-droht',
];

let articles: CleanArticle[];
let problems: CorpusProblem[];
const byFile = (file: string): CleanArticle => articles.find((a) => a.meta.file === file)!;
const texts = (file: string): string[] => byFile(file).paragraphs.map((p) => p.text);

beforeAll(async () => {
  ({ articles, problems } = await loadCorpus(CORPUS));
});

describe('loadCorpus on the dossier', () => {
  it('GIVEN the five articles THEN all load in file-name order with no problems', () => {
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.meta.id)).toEqual(['bluenews-schoigu', 'srf-schulterschluss', 'taz-allianz', 'staatsgast', 'nau-siegesfeier']);
  });

  it.each(Object.values(FILES))('GIVEN %s THEN no boilerplate survives in any paragraph', (file) => {
    const paragraphs = texts(file);
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const text of paragraphs) {
      for (const phrase of BOILERPLATE) expect(text, `"${phrase}" in ${file}`).not.toContain(phrase);
      expect(text).not.toMatch(/^(Ad|Audio|Mehr|Weniger)$/);
      expect(text).not.toMatch(/\s{2,}|^\s|\s$/);
      expect(text).not.toMatch(/\p{L}$/u); // every paragraph ends like prose: headings and titles went elsewhere
    }
  });

  it('GIVEN the taz gopher page THEN its wrapped lines are joined into whole paragraphs', () => {
    const taz = texts(FILES.taz);
    expect(taz).toHaveLength(4);
    expect(taz[0]).toBe('Zum nordkoreanischen „Tag des Sieges“ reist der russische Verteidigungsminister nach Pjöngjang. Das ist mehr als eine Freundschaftsgeste.');
    expect(taz[1]).toMatch(/^Russland steht weiter uneingeschränkt/);
    expect(taz[1]).toContain('obwohl dieser Krieg von 1950 bis 1953 mit einem Waffenstillstand');
    expect(taz[1]).toContain('Im isolierten und diktatorisch-stalinistischen Nordkorea ist der 27. Juli traditionell „Tag des Sieges“.');
    expect(taz[1]).toMatch(/mit bis zu vier Millionen Toten endete\.$/);
    expect(taz[1]).toContain('am Mittwoch in Pjöngjang groß gefeiert');
    expect(taz[2]).toContain('denen das Atomwaffenprogramm von Kim Jong Un');
    expect(taz[2]).toMatch(/Wer weiß, was Schoigu noch im Gepäck hatte\?$/);
    expect(taz[3]).toBe('Eine chinesische Delegation überreichte ebenso wie Schoigu Machthaber Kim einen Brief vom Staatspräsidenten.');
  });

  it('GIVEN bullet lists and the blue News summary box THEN each is one paragraph', () => {
    expect(texts(FILES.srf)[0]).toBe(
      'Der russische Verteidigungsminister Sergei Schoigu ist in Nordkorea von Machthaber Kim Jong-un empfangen worden. ' +
        'Die beiden hätten über militärische Themen gesprochen, meldet die staatliche Nachrichtenagentur Nordkoreas. ' +
        'Nach russischen Angaben hat Schoigu Kim ausserdem ein Schreiben von Präsident Wladimir Putin überreicht.',
    );
    expect(texts(FILES.nau)[1]).toMatch(/^Der Verteidigungsminister von Russland besucht .* Militärkooperation dienen\.$/);
    const summary = texts(FILES.bluenews)[2]!;
    expect(summary).toMatch(/^Der russische Verteidigungsminister Sergei Schoigu ist am Mittwoch/);
    expect(summary).toMatch(/Russland-Kenner der Uni St\. Gallen\.$/);
  });

  it('GIVEN subheadings THEN they become the section of the following paragraphs, not paragraphs', () => {
    const sections = (file: string) => byFile(file).paragraphs.map((p) => p.section);
    expect(sections(FILES.bluenews).slice(4, 7)).toEqual([null, 'Militärischer Draht soll gestärkt werden', 'Militärischer Draht soll gestärkt werden']);
    expect(sections(FILES.bluenews).at(-1)).toBe('Putin lädt ganz Afrika nach St. Petersburg ein');
    expect(sections(FILES.srf)[3]).toBe('Erster Besuch aus dem Ausland nach der Pandemie');
    expect(sections(FILES.srf)[5]).toBe('Pjöngjang sucht die Nähe zu Moskau und Peking');
    expect(sections(FILES.nau).slice(3, 5)).toEqual([null, 'Einzig Kontakt zu China und Russland']);
    expect(sections(FILES.taz).every((s) => s === null)).toBe(true);
  });

  it('GIVEN the articles THEN key facts survive cleaning', () => {
    expect(texts(FILES.nau).join(' ')).toContain('zwischen zwei und vier Millionen Koreaner');
    expect(texts(FILES.taz).join(' ')).toContain('bis zu vier Millionen Toten');
    expect(texts(FILES.srf).join(' ')).toContain('Li Hongzhong');
    expect(texts(FILES.srf).join(' ')).toContain('«Ich bin davon überzeugt');
    expect(texts(FILES.bluenews)[0]).toMatch(/^Der russische Verteidigungsminister Sergej Schoigu ist zu einem dreitägigen Besuch/);
    expect(texts(FILES.staatsgast)).toHaveLength(8);
    expect(texts(FILES.nau)[0]).toMatch(/^Russlands Verteidigungsminister Sergej Schoigu ist nach offiziellen Angaben/);
  });

  it('GIVEN the eval questions THEN every evidence quote is found verbatim in its article', async () => {
    const questions = JSON.parse(await readFile(join(import.meta.dirname, '../eval/questions.json'), 'utf8')) as Array<{
      answers?: Array<{ article: string; evidence: string }>;
    }>;
    const missing = questions
      .flatMap((q) => q.answers ?? [])
      .filter((a) => !articles.find((x) => x.meta.id === a.article)?.paragraphs.some((p) => p.text.includes(a.evidence)));
    expect(missing).toEqual([]);
  });

  it('GIVEN the metadata THEN titles, outlets, dates and authors are right', () => {
    const meta = Object.fromEntries(articles.map((a) => [a.meta.id, a.meta]));
    expect(meta['bluenews-schoigu']).toMatchObject({
      title: 'Feierlichkeiten in Nordkorea: Russlands Verteidigungsminister Schoigu eingetroffen',
      outlet: 'blue News', date: '2023-07-26', author: null, file: FILES.bluenews,
    });
    expect(meta['srf-schulterschluss']).toMatchObject({
      title: 'Schulterschluss in Pjöngjang: Sergei Schoigu ist zu Besuch bei Kim Jong-un', outlet: 'SRF', date: '2023-07-27', author: null,
    });
    expect(meta['taz-allianz']).toMatchObject({
      title: 'Russischer Minister besucht Nordkorea: Um die Allianz zu erhalten', outlet: 'taz', date: '2023-07-28', author: 'David Bieber',
    });
    expect(meta['staatsgast']).toMatchObject({ outlet: 'unknown outlet', date: '2023-07', author: null });
    expect(meta['nau-siegesfeier']).toMatchObject({ outlet: 'Nau.ch', date: '2023-07', author: null });
  });

  it('GIVEN corpus/metadata.json THEN it parses and every value states a source', async () => {
    const { index, dropped } = parseMetadata(await readFile(join(CORPUS, 'metadata.json'), 'utf8'));
    expect(dropped).toEqual([]);
    expect(Object.keys(index).sort()).toEqual(Object.values(FILES).sort());
    for (const entry of Object.values(index)) {
      for (const field of ['title', 'outlet', 'date', 'author'] as const) {
        if (entry[field]) expect(entry[field]!.source.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('cleanArticle on new articles in the same layouts', () => {
  it('GIVEN a new SRF-style page THEN its captions, player, programme line and promos are removed', () => {
    const raw = [
      'Zum Inhalt springen', '', 'Kurzer Titel Ein neuer Artikel über etwas', '',
      '  • Erster Punkt der Zusammenfassung.', '  • Zweiter Punkt.', '',
      'Ein Absatz mit Inhalt, der lang genug ist.', '',
      'Eine Bildbeschreibung ohne Punkt', 'Legende: Die Bildlegende. (01.08.23) Keystone', '',
      'Zwischentitel hier', '', 'Noch ein Absatz mit Inhalt.', '',
      'Video', 'Archiv: Ein älterer Beitrag', '2:05 min Bild: SRF', 'abspielen. Laufzeit 2 Minuten 5 Sekunden.', '',
      'Letzter Absatz.', '', 'SRF 4 News, 01.08.2023, 12:00 Uhr ;\u00a0', '', 'Jederzeit top informiert!', 'Erhalten Sie alle News-Highlights direkt per Browser-Push.', 'Schliessen', '', 'Jederzeit top informiert!',
    ].join('\n');
    const { paragraphs, meta } = cleanArticle(raw);
    expect(paragraphs).toEqual([
      { text: 'Erster Punkt der Zusammenfassung. Zweiter Punkt.', section: null },
      { text: 'Ein Absatz mit Inhalt, der lang genug ist.', section: null },
      { text: 'Noch ein Absatz mit Inhalt.', section: 'Zwischentitel hier' },
      { text: 'Letzter Absatz.', section: 'Zwischentitel hier' },
    ]);
    expect(meta.title?.value).toBe('Kurzer Titel Ein neuer Artikel über etwas');
    expect(meta.date?.value).toBe('2023-08-01');
    expect(meta.outlet?.value).toBe('SRF');
  });

  it('GIVEN a gopher page with another wrap width THEN paragraphs are rebuilt from the reflow heuristic', () => {
    const rows = [
      '# taz.de -- Ein Titel: Untertitel',
      'Erster Satz des ersten Absatzes, der über',
      'zwei Zeilen geht. Kurz.',
      'Zweiter Absatz beginnt hier und endet am',
      'Zeilenende genau hier mit einem Punkt.',
      'Fortsetzung, weil das erste Wort nicht mehr',
      'passte.',
      '3 Aug 2023',
      '## AUTOREN',
      'Erika Muster',
      '## TAGS',
      'Politik',
    ].map((row) => `| ${row} | |`);
    const { paragraphs, meta } = cleanArticle(rows.join('\n'));
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Erster Satz des ersten Absatzes, der über zwei Zeilen geht. Kurz.',
      'Zweiter Absatz beginnt hier und endet am Zeilenende genau hier mit einem Punkt. Fortsetzung, weil das erste Wort nicht mehr passte.',
    ]);
    expect(meta).toMatchObject({
      title: { value: 'Ein Titel: Untertitel' }, outlet: { value: 'taz' }, date: { value: '2023-08-03' }, author: { value: 'Erika Muster' },
    });
  });
});

describe('loadCorpus on a damaged corpus', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const setUp = async (files: Record<string, string | Buffer>): Promise<string> => {
    dir = await mkdtemp(join(tmpdir(), 'corpus-test-'));
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return dir;
  };

  it('GIVEN binary, empty, Latin-1 and boilerplate-only files THEN each is reported by name and the good ones load', async () => {
    const good = await readFile(join(CORPUS, FILES.nau), 'utf8');
    await setUp({
      'a-good.txt': good,
      'b-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      'c-empty.txt': '',
      'd-blank.txt': '  \n\n\t\n',
      'e-latin1.txt': Buffer.from('Schoigu besuchte Pjöngjang für drei Tage.', 'latin1'),
      'f-boilerplate.txt': 'Zum Inhalt springen\n\nAd\n\nMeistgelesene Artikel\n',
      'g-good.txt': 'Ein kurzer, aber echter Absatz über den Besuch.\n',
      'notes.md': 'not an article',
    });
    const result = await loadCorpus(dir);
    expect(result.articles.map((a) => a.meta.file)).toEqual(['a-good.txt', 'g-good.txt']);
    expect(result.problems.map((p) => p.file)).toEqual(['b-binary.txt', 'c-empty.txt', 'd-blank.txt', 'e-latin1.txt', 'f-boilerplate.txt']);
    expect(result.problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/binary/), expect.stringMatching(/empty/), expect.stringMatching(/whitespace/),
      expect.stringMatching(/UTF-8/), expect.stringMatching(/nothing left/),
    ]);
    for (const problem of result.problems) expect(problem.reason).not.toContain('\n');
  });

  it('GIVEN a file with no metadata entry THEN it gets its stem as id, its first line as title, outlet "unknown outlet"', async () => {
    await setUp({ 'neu_1.txt': 'Ein ganz neuer Artikel ohne Titelzeile.\nZweiter Absatz.\n' });
    const { articles: loaded, problems: found } = await loadCorpus(dir);
    expect(found).toEqual([]);
    expect(loaded[0]!.meta).toEqual({
      id: 'neu_1', title: 'Ein ganz neuer Artikel ohne Titelzeile.', outlet: 'unknown outlet', date: 'unknown date', author: null, file: 'neu_1.txt',
      metaSources: {
        title: 'opening words of the text (no title found)',
        outlet: expect.stringMatching(/^not found: no site name, credit or footer/),
        date: expect.stringMatching(/^not found: no date/),
        author: expect.stringMatching(/^not found: no author/),
      },
    });
  });

  it('GIVEN two files mapped to the same id THEN the second is reported as a duplicate', async () => {
    await setUp({
      'a.txt': 'Erster Artikel mit einem Satz.\n',
      'b.txt': 'Zweiter Artikel mit einem Satz.\n',
      'metadata.json': JSON.stringify({ 'a.txt': { id: 'same' }, 'b.txt': { id: 'same' } }),
    });
    const result = await loadCorpus(dir);
    expect(result.articles.map((a) => a.meta.file)).toEqual(['a.txt']);
    expect(result.problems).toEqual([{ file: 'b.txt', reason: expect.stringMatching(/duplicate id "same".*a\.txt/) }]);
  });

  it('GIVEN metadata.json that is not JSON THEN it is reported once and articles load with their own metadata', async () => {
    await setUp({ 'a.txt': 'Ein Artikel mit einem Satz.\n', 'metadata.json': '{ "a.txt": ' });
    const result = await loadCorpus(dir);
    expect(result.articles.map((a) => a.meta.id)).toEqual(['a']);
    expect(result.problems).toEqual([{ file: 'metadata.json', reason: expect.stringMatching(/^malformed: not valid JSON.*own metadata$/), warning: true }]);
  });

  it('GIVEN one bad entry in metadata.json THEN only its bad fields are dropped and reported, the other ids stay', async () => {
    await setUp({
      'a.txt': 'Ein Artikel mit einem Satz.\n',
      'b.txt': 'Noch ein Artikel mit einem Satz.\n',
      'c.txt': 'Ein dritter Artikel mit einem Satz.\n',
      'metadata.json': JSON.stringify({
        'a.txt': { id: 'Not An Id' },
        'b.txt': { id: 'bee', title: { value: 'T' } },
        'c.txt': { id: 'sea', outlet: { value: 'Beispiel-Zeitung', source: 'written by us' } },
      }),
    });
    const result = await loadCorpus(dir);
    expect(result.articles.map((a) => a.meta.id)).toEqual(['a', 'bee', 'sea']);
    expect(result.articles[1]!.meta.title).toBe('Noch ein Artikel mit einem Satz.');
    expect(result.articles[2]!.meta).toMatchObject({ outlet: 'Beispiel-Zeitung', metaSources: { outlet: 'metadata.json: written by us' } });
    expect(result.problems).toEqual([
      { file: 'metadata.json', reason: expect.stringMatching(/^entry "a\.txt": id ignored \(id must be lowercase/), warning: true },
      { file: 'metadata.json', reason: expect.stringMatching(/^entry "b\.txt": title ignored/), warning: true },
    ]);
  });

  it('GIVEN a missing directory THEN it is reported, not thrown', async () => {
    const result = await loadCorpus(join(tmpdir(), 'no-such-corpus-dir-4711'));
    expect(result.articles).toEqual([]);
    expect(result.problems).toEqual([{ file: expect.any(String), reason: expect.stringMatching(/^corpus folder .*no-such-corpus-dir-4711 not found$/) }]);
  });
});
