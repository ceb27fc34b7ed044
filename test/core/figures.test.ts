import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { figuresDisagree, figuresOf } from '../../src/core/retrieval/figures.js';
import { engineOptions, tempDir } from '../support/fixtures.js';

describe('figures', () => {
  it('GIVEN digits, German number formats and number words THEN each figure is read with what it counts', () => {
    expect(figuresOf('Mit 1.234 Stimmen und 1,9 Prozent; vier Millionen Tote')).toEqual([
      { value: '1234', unit: 'stimm' },
      { value: '1.9', unit: 'proze' },
      { value: '4', unit: 'milli' },
    ]);
  });

  it('GIVEN two counts of the same thing THEN they disagree; GIVEN figures of different things THEN they do not', () => {
    expect(figuresDisagree('Der Rat stimmte mit 1.234 Stimmen zu.', 'Mit 1.243 Stimmen nahm der Rat an.')).toBe(true);
    expect(figuresDisagree('Bis zu vier Millionen Tote.', 'Zwischen zwei und vier Millionen Menschen starben.')).toBe(false);
    expect(figuresDisagree('Der 27. Juli ist Feiertag.', 'Anlass war der 70. Jahrestag.')).toBe(false);
    expect(figuresDisagree('Der Rat stimmte zu.', 'Mit 1.243 Stimmen nahm der Rat an.')).toBe(false);
  });
});

describe('"also in" and different figures', () => {
  it('GIVEN two outlets reporting different vote counts THEN neither is shown as "also in" for the other', async () => {
    const corpusDir = join(tempDir(), 'corpus');
    mkdirSync(corpusDir);
    const article = (votes: string) =>
      `Gemeinderat beschliesst neues Hallenbad\n\nDer Gemeinderat von Seedorf hat am Dienstag den Bau eines neuen Hallenbads beschlossen. ` +
      `In der Abstimmung stimmten ${votes} Mitglieder des Rates für das Projekt, das rund zwölf Millionen Franken kosten soll.\n\n` +
      `Die Bauarbeiten sollen im kommenden Frühjahr beginnen und zwei Jahre dauern. Der alte Bau wird danach abgerissen.\n`;
    writeFileSync(join(corpusDir, 'a-hallenbad.txt'), article('31'));
    writeFileSync(join(corpusDir, 'b-hallenbad.txt'), article('29'));
    writeFileSync(join(corpusDir, 'c-hallenbad.txt'), article('31'));
    const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir: tempDir() }), { buildIfMissing: true });
    const result = await engine.ask({ question: 'Wie viele Mitglieder stimmten für das Hallenbad?' });
    expect(result.answered).toBe(true);
    const top = result.passages[0]!;
    const also = top.alsoIn.map((a) => a.sourceId);
    // The article with the same count is the same fact; the one with another count is not.
    const same = top.sourceId === 'b-hallenbad' ? [] : ['a-hallenbad', 'c-hallenbad'].filter((id) => id !== top.sourceId);
    expect(also).toEqual(same);
    expect(also).not.toContain(top.sourceId === 'b-hallenbad' ? 'a-hallenbad' : 'b-hallenbad');
  });
});
