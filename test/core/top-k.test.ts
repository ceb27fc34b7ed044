import { describe, expect, it } from 'vitest';
import { topK } from '../../src/core/lexical/top-k.js';

describe('topK', () => {
  it('GIVEN random scores with ties THEN it equals a full sort cut to k', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const [n, k] of [[0, 5], [3, 5], [1000, 1], [1000, 50], [1000, 1000]] as const) {
      const scores = Array.from({ length: n }, () => Math.floor(random() * 20)); // few distinct values: many ties
      const items = Uint32Array.from({ length: n }, (_, i) => i);
      const compare = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
      expect(topK(items, n, k, compare)).toEqual([...items].sort(compare).slice(0, k));
    }
  });
});
