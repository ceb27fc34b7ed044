/**
 * A "teaser" class names two things on news pages: the standfirst under the headline (Cicero's `teaser-text`, the
 * `<p class="teaser">` of many CMSs) — story text a reader reads first — and a box pointing to another story ("Lesen
 * Sie auch: <link>", a card list under "Mehr zum Thema"). Both carry the same word, so the class alone cannot decide;
 * where the block sits and what it holds can. The standfirst is prose with little link text, holds no heading or
 * list, is not one of several teaser siblings, and comes just before the story's first paragraph, beside it in the
 * article or in the article's header. A box to another story is made of links, or sits among the paragraphs.
 */
import { isProse } from '../boilerplate.js';
import { squash } from '../text.js';

/** The few DOM members the test reads (linkedom's elements have them). */
export interface StandfirstNode {
  textContent: string | null;
  parentElement: StandfirstNode | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): StandfirstNode | null;
  querySelectorAll(selector: string): Iterable<StandfirstNode>;
  closest(selector: string): StandfirstNode | null;
  contains(other: StandfirstNode): boolean;
}

/** A class or id part naming a teaser: "teaser", "teaser-text", "article-teaser". */
const TEASER_PART = /(^|[-_])teaser(?=[-_]|$)/i;
/** A story paragraph: long enough that a kicker, byline or label line is not taken for one. */
const BODY_LENGTH = 150;
/** Share of a standfirst's text that may sit in links (a name linked inside a sentence), not a link box's 60 % and more. */
const MAX_LINK_SHARE = 0.25;

/**
 * Builds the test for one page, run before the page's furniture is removed: `furniture` is the class-token rule the
 * reader removes blocks by. The test says whether a block whose only furniture word is "teaser" is the standfirst.
 */
export function standfirstTest(doc: StandfirstNode, furniture: RegExp): (el: StandfirstNode, tokens: string[]) => boolean {
  // Read before any block is removed: a card's sibling cards are gone by the time the card itself is tested.
  const teasers = [...doc.querySelectorAll('[class], [id]')].filter((el) => tokensOf(el).some((t) => TEASER_PART.test(t)));
  const carded = new Set(teasers.filter((el) => teasers.some((other) => other !== el && other.parentElement === el.parentElement)));
  let order: Map<StandfirstNode, number> | null = null;
  let body: StandfirstNode[] | null = null;
  return (el, tokens) => {
    // Every furniture word among its tokens must be the teaser word: "paywall-teaser" and "comments-teaser" are prompts.
    if (!tokens.some((t) => TEASER_PART.test(t)) || carded.has(el)) return false;
    if (tokens.some((t) => furniture.test(t.replace(new RegExp(TEASER_PART.source, 'gi'), '$1x')))) return false;
    const text = squash(el.textContent ?? '');
    if (!isProse(text) || el.closest('a') || el.querySelector('h1, h2, h3, h4, h5, h6, ul, ol, li, img')) return false;
    if (linkShare(el, text) > MAX_LINK_SHARE) return false;
    const parent = el.parentElement;
    if (!parent) return false;
    order ??= new Map([...doc.querySelectorAll('*')].map((node, i) => [node, i]));
    body ??= [...doc.querySelectorAll('p')].filter((p) => {
      const line = squash(p.textContent ?? '');
      return line.length >= BODY_LENGTH && isProse(line);
    });
    const first = body.find((p) => p !== el && !el.contains(p));
    if (!first || (order.get(el) ?? Infinity) > (order.get(first) ?? -1)) return false;
    // Beside the story in the article, or one level down in the article's header.
    return parent.contains(first) || (parent.parentElement?.contains(first) ?? false);
  };
}

function tokensOf(el: StandfirstNode): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
}

/** Share of an element's text that sits inside links. */
export function linkShare(el: { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> }, text: string): number {
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + squash(a.textContent ?? '').length, 0);
  return linked / text.length;
}
