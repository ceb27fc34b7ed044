import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { engineOptions, tempDir } from '../support/fixtures.js';

/** A small trial report: the custody date is stated by "Er", the name is in the sentence before. */
const ARTICLE = [
  'Wirecard-Prozess: Braun vor Gericht',
  'Der frühere Wirecard-Chef Markus Braun muss sich seit diesem Donnerstag vor dem Landgericht München verantworten. Braun hat es nicht weit. Er sitzt seit Juli 2020 in Untersuchungshaft.',
  'Die Anklage wirft ihm gewerbsmäßigen Bandenbetrug vor. Der Schaden für die Banken soll bei über drei Milliarden Euro liegen.',
  'Das Gericht hat zunächst hundert Verhandlungstage angesetzt. Ein Urteil wird frühestens im nächsten Jahr erwartet.',
].join('\n\n');

describe('answer sentence, lexical (no model)', () => {
  it('GIVEN the answering sentence opens with "Er" THEN the answer shows it with the sentence naming him', async () => {
    const corpusDir = tempDir();
    mkdirSync(corpusDir, { recursive: true });
    writeFileSync(join(corpusDir, 'wirecard.txt'), ARTICLE);
    const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir: tempDir() }), { buildIfMissing: true });
    const result = await engine.ask({ question: 'Seit wann ist Braun in Untersuchungshaft?' });
    expect(result.answered).toBe(true);
    // Without the sentence before, "Er sitzt …" holds fewer of the question's words than the trial's opening sentence.
    expect(result.answer).toMatch(/^Braun hat es nicht weit\. Er sitzt seit Juli 2020 in Untersuchungshaft\./);
  });
});
