import { describe, expect, it } from 'vitest';
import { pickAnswer, pointsBack, type SentenceSpan } from '../../src/core/retrieval/answer.js';

/** Share of the question's words a sentence holds, the way extractAnswer reads them (the sentence's own words only). */
const coverageOf = (question: string[]) => (text: string) => question.filter((w) => text.toLowerCase().includes(w)).length / question.length;

describe('pointsBack', () => {
  it('GIVEN a sentence opening with a pronoun or pointing adverb THEN it points back', () => {
    for (const s of ['Er sitzt seit Juli 2020 in Haft.', 'Dort kam ein Mann ums Leben.', '„Sie hätten gewarnt“, sagte er.', 'Die beiden sprachen lange.', 'They met in May.']) {
      expect(pointsBack(s), s).toBe(true);
    }
  });
  it('GIVEN a sentence opening with an article, a name or a word merely starting like a pronoun THEN it does not', () => {
    for (const s of ['Die Bahn streikt.', 'Erst am Montag kam der Zug.', 'Braun sitzt in Haft.', 'Erörterung folgt.', 'Theresa May spoke.', 'Diesel wird teurer.']) {
      expect(pointsBack(s), s).toBe(false);
    }
  });
});

describe('pickAnswer', () => {
  const passage = 'Der Prozess begann im Dezember. Braun hat es nicht weit. Er sitzt seit Juli 2020 in Untersuchungshaft.';
  const question = ['braun', 'seit', 'untersuchungshaft'];
  const words = (s: SentenceSpan) => question.filter((w) => s.text.toLowerCase().includes(w));

  it('GIVEN the answer opens with a pronoun whose name is in the sentence before THEN both are picked, that one first', () => {
    // The scorer lends the sentence before's words to a sentence that points back (as extractAnswer does).
    const pick = pickAnswer([passage], (s, _p, previous) =>
      new Set([...words(s), ...(previous && pointsBack(s.text) ? words(previous) : [])]).size / question.length);
    expect(pick?.spans.map((s) => s.text)).toEqual(['Braun hat es nicht weit.', 'Er sitzt seit Juli 2020 in Untersuchungshaft.']);
  });

  it('GIVEN the best sentence does not point back THEN the sentence before is not added', () => {
    const pick = pickAnswer(['Der Prozess begann im Dezember. Braun sitzt seit Juli 2020 in Untersuchungshaft, sagte das Gericht heute.'], (s) => coverageOf(question)(s.text));
    expect(pick?.spans.map((s) => s.text)).toEqual(['Braun sitzt seit Juli 2020 in Untersuchungshaft, sagte das Gericht heute.']);
  });
});
