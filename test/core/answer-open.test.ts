import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { engineOptions, tempDir } from '../support/fixtures.js';

/** A barn fire: the first sentence repeats the question and says it is open, the second answers it. */
const ARTICLE = [
  'Scheunenbrand in Oberdorf',
  'Ob das Feuer von selbst ausbrach, ist noch unklar. Das Feuer brach nach einem Blitzeinschlag aus, sagte ein Sprecher der Feuerwehr am Abend.',
  'Verletzt wurde niemand. Der Schaden wird auf mehrere zehntausend Euro geschätzt.',
  'Die Kreisstraße blieb während der Löscharbeiten bis in die Nacht gesperrt.',
].join('\n\n');

describe('answer sentence that leaves the matter open, lexical (no model)', () => {
  it('GIVEN a sentence saying the asked matter is unclear THEN the answer is the sentence that states it', async () => {
    const corpusDir = tempDir();
    mkdirSync(corpusDir, { recursive: true });
    writeFileSync(join(corpusDir, 'brand.txt'), ARTICLE);
    const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir: tempDir() }), { buildIfMissing: true });
    const result = await engine.ask({ question: 'Warum brach das Feuer aus?' });
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Das Feuer brach nach einem Blitzeinschlag aus/);
  });
});
