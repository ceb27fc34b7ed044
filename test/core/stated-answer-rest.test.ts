import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine.js';
import { refersBack } from '../../src/core/retrieval/anaphora.js';
import { withoutInterrogative } from '../../src/core/retrieval/expected-answer.js';
import { engineOptions, tempDir } from '../support/fixtures.js';

/** A report on a bridge's repair: the sum is stated by "diese", the costs it stands for are in the sentence before. */
const ARTICLE = [
  'Stadtrat beschließt Sanierung der Elbbrücke',
  'Der Stadtrat hat am Donnerstag die Sanierung der Elbbrücke beschlossen. Die Arbeiten sollen im Frühjahr beginnen und rund drei Jahre dauern.',
  'Nicht enthalten sind die Kosten für die Sanierung der Elbbrücke selbst. Das Bauamt schätzt diese auf 48 Millionen Euro. Der Freistaat will einen Teil übernehmen.',
  'Während der Bauzeit wird der Verkehr über eine Behelfsbrücke geführt. Für Radfahrer gibt es eine eigene Spur.',
  'Die Opposition kritisiert den Zeitplan. Sie fordert, zuerst die Straßenbahnstrecke zu erneuern.',
].join('\n\n');

describe('the rest of a question a stating sentence must hold', () => {
  it('GIVEN "Was kostet …", "wie viel Geld …" THEN the verb or noun asking for a sum goes with the interrogative', () => {
    expect(withoutInterrogative('Was kostet die Sanierung der Elbbrücke?')).toBe(' die Sanierung der Elbbrücke?');
    expect(withoutInterrogative('Was verdient ein Lokführer im Monat?')).toBe(' ein Lokführer im Monat?');
    expect(withoutInterrogative('Wie viel Geld bekommt das Institut?')).toBe(' bekommt das Institut?');
    expect(withoutInterrogative('How much money was raised?')).toBe(' was raised?');
    // Other "was" questions keep their verb.
    expect(withoutInterrogative('Was zählt der Verband dazu?')).toBe('Was zählt der Verband dazu?');
  });

  it('GIVEN a demonstrative used alone THEN it refers back; before a noun or an adjective and noun it does not', () => {
    expect(refersBack('Das Bauamt schätzt diese auf 48 Millionen Euro.')).toBe(true);
    expect(refersBack('Dies bestätigte ein Sprecher.')).toBe(true);
    expect(refersBack('Diese Brücke ist 300 Meter lang.')).toBe(false);
    expect(refersBack('Für diese neue Brücke fehlen 48 Millionen Euro.')).toBe(false);
    expect(refersBack('Die Stadt schätzt die Kosten auf 48 Millionen Euro.')).toBe(false);
  });

  it('GIVEN the sum is stated by "diese" THEN the question about the costs in the sentence before is answered (lexical)', async () => {
    const corpusDir = tempDir();
    mkdirSync(corpusDir, { recursive: true });
    writeFileSync(join(corpusDir, 'elbbruecke.txt'), ARTICLE);
    const { engine } = await Engine.open(engineOptions({ corpusDir, embeddingsDir: tempDir() }), { buildIfMissing: true });
    const result = await engine.ask({ question: 'Was kostet die Sanierung der Elbbrücke?' }, 'lexical');
    // Without the sentence before, "Das Bauamt schätzt diese auf 48 Millionen Euro." holds none of the question.
    expect(result.answered).toBe(true);
    expect(result.passages[0]!.text).toContain('48 Millionen Euro');
  });
});
