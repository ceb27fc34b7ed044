/** How big and deep a saved page is, checked before any selector walks it. */

/**
 * Limits on a page's shape: the HTML reader's furniture pass looks into each matching element's subtree, so its cost grows
 * with elements × nesting depth, and a hostile page of 2 MB nested divs took minutes. Saved news pages have a few
 * thousand elements nested a few dozen deep.
 */
export const MAX_ELEMENTS = 50_000;
export const MAX_DEPTH = 256;

/** Element count and deepest nesting, walked without recursion (a deep page must not overflow the stack). */
export function pageShape(root: ParentNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: Array<[Element, number]> = [...(root.children ?? [])].map((el) => [el, 1]);
  while (stack.length) {
    const [el, level] = stack.pop()!;
    elements++;
    if (level > depth) depth = level;
    if (elements > MAX_ELEMENTS || depth > MAX_DEPTH) break;
    for (const child of el.children) stack.push([child, level + 1]);
  }
  return { elements, depth };
}
