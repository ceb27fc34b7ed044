/** Partial selection: the best k of n items without sorting all n. */

/**
 * The `k` best of `items[0 .. count)` in order, best first, where `compare(a, b) < 0` means a ranks before b.
 * A bounded heap keeps the worst kept item at its root: O(n log k) instead of a full sort's O(n log n).
 */
export function topK(items: ArrayLike<number>, count: number, k: number, compare: (a: number, b: number) => number): number[] {
  const heap: number[] = [];
  // The root is the kept item that ranks last; a newcomer replaces it only when it ranks before it.
  const worse = (a: number, b: number) => compare(a, b) > 0;
  const down = (at: number) => {
    for (;;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let top = at;
      if (left < heap.length && worse(heap[left]!, heap[top]!)) top = left;
      if (right < heap.length && worse(heap[right]!, heap[top]!)) top = right;
      if (top === at) return;
      [heap[at], heap[top]] = [heap[top]!, heap[at]!];
      at = top;
    }
  };
  for (let i = 0; i < count; i++) {
    const item = items[i]!;
    if (heap.length < k) {
      heap.push(item);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (k > 0 && compare(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}
