/** An .html article dropped into the corpus is indexed with its page metadata, incrementally, by `index` and /reindex. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { runIndexJob } from '../../src/core/indexer.js';
import { copyOfCorpus, engineOptions, tempDir, tinyEmbedderLoader } from '../support/fixtures.js';

const PAGE = `<!doctype html><html><head><title>Hafenfest endet mit Rekord | Kieler Küstenblatt</title>
<meta property="og:site_name" content="Kieler Küstenblatt"><meta property="article:published_time" content="2024-06-30T21:15:00+02:00">
<meta name="author" content="Merle Hansen"></head><body><nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav>
<article><h1>Hafenfest endet mit Rekord</h1>
<p>Das Kieler Hafenfest hat an diesem Wochenende mehr als 400.000 Besucherinnen und Besucher an die Förde gelockt. Die Veranstalter sprachen am Sonntagabend von einem Rekord, der die Zahlen des Vorjahres deutlich übertreffe.</p>
<figure><img src="a.jpg"><figcaption>Segelschiffe vor der Kiellinie. Foto: Max Muster/dpa</figcaption></figure>
<p>Besonders gefragt waren die Traditionssegler, die an der Kiellinie festgemacht hatten. Viele Gäste nutzten die Gelegenheit zu einer Ausfahrt auf die Ostsee, die Wartelisten waren bereits am Freitag voll.</p>
<p>Die Polizei meldete einen weitgehend friedlichen Verlauf. Nur vereinzelt habe es Streit gegeben, sagte ein Sprecher, insgesamt sei das Fest ruhig geblieben.</p></article></body></html>`;

describe('an .html article dropped into the corpus', () => {
  it('GIVEN `index` THEN the page is indexed with its metadata, and only its passages are new', async () => {
    const corpusDir = copyOfCorpus();
    const embeddingsDir = tempDir();
    const getEmbedder = await tinyEmbedderLoader();
    const first = await runIndexJob(engineOptions({ corpusDir, embeddingsDir, getEmbedder }));

    writeFileSync(join(corpusDir, '005_hafenfest.html'), PAGE);
    const second = await runIndexJob(engineOptions({ corpusDir, embeddingsDir, getEmbedder }));
    expect(second).toMatchObject({ articles: 6, upToDate: false, removed: 0, changed: 0, unchanged: first.passages, reused: first.passages, problems: [] });
    expect(second.added).toBeGreaterThan(0);
    expect(second.embedded).toBe(second.added);

    const third = await runIndexJob(engineOptions({ corpusDir, embeddingsDir, getEmbedder }));
    expect(third).toMatchObject({ upToDate: true, embedded: 0 });

    // The same page saved as .htm under another name is a new article, and the old one goes away.
    rmSync(join(corpusDir, '005_hafenfest.html'));
    writeFileSync(join(corpusDir, '006_hafenfest.htm'), PAGE.replace('Rekord, der', 'neuen Rekord, der'));
    const fourth = await runIndexJob(engineOptions({ corpusDir, embeddingsDir, getEmbedder }));
    expect(fourth).toMatchObject({ articles: 6, removed: second.added, added: second.added });
  });

  it('GIVEN /reindex (engine.reindex) THEN the page is listed with its metadata and answers questions', async () => {
    const corpusDir = copyOfCorpus();
    const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir: tempDir() }), { buildIfMissing: true });
    writeFileSync(join(corpusDir, '005_hafenfest.html'), PAGE);
    const summary = await engine.reindex();
    expect(summary).toMatchObject({ articles: 6, upToDate: false });
    const source = engine.source('005_hafenfest');
    expect(source).toMatchObject({
      title: 'Hafenfest endet mit Rekord', outlet: 'Kieler Küstenblatt', date: '2024-06-30', author: 'Merle Hansen',
      metaSources: { outlet: 'page: og:site_name', date: 'page: article:published_time', author: 'page: author' },
    });
    expect(source!.passageTexts.join(' ')).not.toMatch(/Foto:|Segelschiffe vor der Kiellinie|Start|Lokales/);
    const result = await engine.ask({ question: 'Wie viele Besucher kamen zum Kieler Hafenfest?' });
    expect(result.passages[0]).toMatchObject({ sourceId: '005_hafenfest', outlet: 'Kieler Küstenblatt' });
  });
});
