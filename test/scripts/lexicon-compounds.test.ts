import { describe, expect, it } from 'vitest';
import { compoundParts, phraseRemainders } from '../../scripts/lexicon-compounds.js';

/** A few Ding translations, as parseDing returns them (abridged). */
const TRANSLATIONS = new Map<string, string[]>([
  ['cough', ['Husten', 'husten']],
  ['syrup', ['Sirup']],
  ['juice', ['Saft']],
  ['cough syrup', ['Hustensaft']],
  ['health', ['Gesundheit']],
  ['ill', ['krank']],
  ['insurance', ['Versicherung']],
  ['health insurance', ['Krankenversicherung']],
  ['sickness insurance', ['Krankenversicherung']],
  ['inside', ['innen']],
  ['drops', ['Tropfen']],
  ['cough drops', ['Hustenbonbons']],
  ['cough inside', ['Husteninnen']],
]);

describe('compoundParts', () => {
  const parts = compoundParts(TRANSLATIONS);

  it('GIVEN a two-word term written as one German compound THEN the part not translated elsewhere is learned', () => {
    expect(parts.get('syrup')?.heads).toEqual(['saft']); // Husten|saft
    expect(parts.get('health')?.modifiers).toEqual(['kranken']); // Kranken|versicherung, "krank" + linking n
  });

  it('GIVEN a part that is already a translation, or not a German noun, THEN nothing is learned from it', () => {
    expect(parts.get('cough')).toBeUndefined(); // "husten" is its own translation
    expect(parts.get('insurance')).toBeUndefined();
    expect(parts.get('drops')).toBeUndefined(); // "Husten|bonbons": "bonbons" is no word the dictionary has
    expect(parts.get('inside')).toBeUndefined(); // "Husten|innen": "innen" is a word, but no noun
  });
});

describe('phraseRemainders', () => {
  const gained = phraseRemainders(
    new Map<string, string[]>([
      ['football', ['Fußball']],
      ['world cup', ['Weltcup']],
      ['world championship', ['Weltmeisterschaft']],
      ['football world cup', ['Fußballweltmeisterschaft', 'Fußball-WM']],
      ['escape', ['Flucht']],
      ['door', ['Tür']],
      ['emergency escape door', ['Notfluchttür']],
      ['emergency', ['Not']],
      ['house', ['Haus']],
      ['house front door', ['Haustür']],
    ]),
  );

  it('GIVEN a longer term that adds a word in front THEN the phrase gains the rest of its German', () => {
    expect(gained.get('world cup')).toEqual(['WM', 'Weltmeisterschaft']);
  });

  it('GIVEN a rest that is one word of the phrase alone THEN the phrase gains nothing', () => {
    expect(gained.get('front door')).toBeUndefined(); // "Haus|tür": Tür is what "door" gives alone
    expect(gained.get('escape door')).toBeUndefined(); // "Not|fluchttür": "Fluchttür" is no dictionary noun
  });
});
