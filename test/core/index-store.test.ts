import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, generationDir, readCurrentGeneration, writeGeneration, type NewGeneration } from '../../src/core/index-store.js';
import { tempDir } from '../support/fixtures.js';

const article = { id: 'a', title: 'T', outlet: 'O', date: '2023-07-26', author: null, file: 'a.txt' };
const passage = (n: number, text: string) => ({ id: `a#${n}`, articleId: 'a', paragraph: n, paragraphEnd: n, section: null, text, hash: `h${n}` });

function generation(texts: string[]): NewGeneration {
  return {
    manifest: { model: null, corpusFingerprint: texts.join('|'), counts: { articles: 1, passages: texts.length } },
    articles: [article],
    passages: texts.map((t, i) => passage(i + 1, t)),
  };
}

describe('index store', () => {
  it('GIVEN no index THEN reading says it is missing and what to run', async () => {
    await expect(readCurrentGeneration(tempDir())).rejects.toMatchObject({ code: 'index_missing', message: expect.stringMatching(/npm run index/) });
  });

  it('GIVEN a written generation THEN it reads back whole', async () => {
    const root = tempDir();
    await writeGeneration(root, generation(['eins', 'zwei']));
    const stored = await readCurrentGeneration(root);
    expect(stored.passages.map((p) => p.text)).toEqual(['eins', 'zwei']);
    expect(stored.manifest.formatVersion).toBe(FORMAT_VERSION);
    expect(stored.vectorsPath).toBeNull();
  });

  it.each(['files', 'rename'] as const)('GIVEN a crash after %s THEN the previous generation stays current and loadable', async (fault) => {
    const root = tempDir();
    await writeGeneration(root, generation(['alt']));
    await expect(writeGeneration(root, generation(['neu']), { faultAfter: fault })).rejects.toThrow(/simulated crash/);
    expect((await readCurrentGeneration(root)).passages[0]!.text).toBe('alt');
    // The next successful job cleans up what the crashed one left.
    await writeGeneration(root, generation(['neuer']));
    expect((await readCurrentGeneration(root)).passages[0]!.text).toBe('neuer');
    expect(readdirSync(join(root, 'generations')).filter((n) => n.startsWith('.tmp'))).toEqual([]);
  });

  it('GIVEN a damaged passages file THEN reading reports corruption instead of serving it', async () => {
    const root = tempDir();
    const name = await writeGeneration(root, generation(['eins']));
    const file = join(generationDir(root, name), 'passages.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('eins', 'EINS'));
    await expect(readCurrentGeneration(root)).rejects.toMatchObject({ code: 'index_corrupt', message: expect.stringMatching(/passages\.json is damaged/) });
  });

  it('GIVEN a garbage current.json THEN reading reports corruption', async () => {
    const root = tempDir();
    await writeGeneration(root, generation(['eins']));
    writeFileSync(join(root, 'current.json'), '{"generation": ');
    await expect(readCurrentGeneration(root)).rejects.toMatchObject({ code: 'index_corrupt' });
  });

  it('GIVEN many jobs THEN only the current and the previous generation are kept', async () => {
    const root = tempDir();
    const names = [];
    for (const t of ['1', '2', '3', '4']) names.push(await writeGeneration(root, generation([t])));
    expect(readdirSync(join(root, 'generations')).sort()).toEqual(names.slice(-2).sort());
    expect(existsSync(generationDir(root, names[0]!))).toBe(false);
  });
});
