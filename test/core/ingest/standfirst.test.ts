/**
 * A "teaser" class on the standfirst under the headline is story text; on a box pointing to another story it is
 * furniture. Fixtures of our own: the standfirst forms where the rule fires (readability would drop the header some
 * sit in), and one look-alike per guard (prose that sits among the paragraphs, a card among teaser cards, a link-made
 * block, a paywall teaser, a card with its own heading) that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/core/corpus/readers/html.js';

const BODY = [
  'Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die alte Turnhalle an der Schulstraße abzureißen und an ihrer Stelle bis zum Herbst 2025 einen Neubau mit zwei Hallenteilen zu errichten.',
  'Die Kosten schätzt die Verwaltung auf rund 6,4 Millionen Euro, von denen das Land etwa ein Drittel übernehmen soll. Die Vereine müssen während der Bauzeit in die Hallen der Nachbargemeinden ausweichen, was für viele Eltern längere Wege bedeutet.',
  'Bürgermeisterin Anja Roth sprach von einer Entscheidung, die seit Jahren überfällig gewesen sei. Die Halle sei zuletzt nur noch mit Ausnahmegenehmigungen genutzt worden, weil das Dach undicht und die Heizung kaum mehr zu reparieren sei.',
].map((p) => `<p>${p}</p>`);
const LEAD = 'Nach Jahren des Streits fällt die Entscheidung über die Turnhalle. Der Neubau wird teurer als geplant, und die Vereine brauchen Geduld.';
const OTHER = 'Im Nachbarort wird über ein neues Hallenbad gestritten, weil die Kosten für die Sanierung des alten Bades seit dem Frühjahr deutlich gestiegen sind.';

function page(article: string): string[] {
  const html = `<!doctype html><html><head><title>Neue Turnhalle kommt</title></head><body><main><article>${article}</article></main></body></html>`;
  return readHtmlArticle(html).paragraphs.map((p) => p.text);
}

describe('a standfirst classed "teaser"', () => {
  it('GIVEN a <p class="teaser"> in the article header, the body in a div beside it THEN it is the first paragraph', () => {
    const texts = page(`<header><h1>Neue Turnhalle kommt</h1><p class="teaser">${LEAD}</p></header><div class="body">${BODY.join('')}</div>`);
    expect(texts[0]).toBe(LEAD);
    expect(texts).toHaveLength(4);
  });

  it('GIVEN a "teaser-text" box holding the lead directly above the paragraphs THEN its text is kept once, first', () => {
    const texts = page(`<h1>Neue Turnhalle kommt</h1><div class="teaser-text"><p>${LEAD}</p></div>${BODY.join('')}`);
    expect(texts.filter((t) => t === LEAD)).toHaveLength(1);
    expect(texts[0]).toBe(LEAD);
  });
});

describe('a standfirst in the article header whose last sentence has no stop', () => {
  it('GIVEN a <p class="article-teaser"> ending like a headline, beside the body div THEN it is the first paragraph', () => {
    const lead = 'Nach Jahren des Streits fällt die Entscheidung über die Turnhalle. Was der Neubau für die Vereine bedeutet';
    const texts = page(`<header class="story-header"><h1>Neue Turnhalle kommt</h1><p class="article-teaser">${lead}</p></header><div class="story-body">${BODY.join('')}</div>`);
    expect(texts[0]).toBe(lead);
  });
});

describe('a teaser box that only looks like a standfirst', () => {
  it('GIVEN a prose teaser among the paragraphs THEN it stays out', () => {
    const texts = page(`<h1>Neue Turnhalle kommt</h1>${BODY[0]}<div class="inline-teaser"><p>${OTHER}</p></div>${BODY.slice(1).join('')}`);
    expect(texts).toHaveLength(3);
    expect(texts).not.toContain(OTHER);
  });

  it('GIVEN two prose teaser cards side by side above the story THEN neither is taken for the lead', () => {
    const cards = `<div class="teasers"><div class="teaser"><p>${OTHER}</p></div><div class="teaser"><p>${LEAD}</p></div></div>`;
    const texts = page(`<h1>Neue Turnhalle kommt</h1>${cards}${BODY.join('')}`);
    expect(texts).not.toContain(OTHER);
    expect(texts).not.toContain(LEAD);
  });

  it('GIVEN a teaser above the story whose text is mostly a link THEN it stays out', () => {
    const linked = `<div class="teaser"><p><a href="/hallenbad">${OTHER}</a> Die Gemeinde berät im Mai.</p></div>`;
    const texts = page(`<h1>Neue Turnhalle kommt</h1>${linked}${BODY.join('')}`);
    expect(texts.some((t) => t.includes('Hallenbad'))).toBe(false);
  });

  it('GIVEN a paywall teaser in prose above the story THEN the word "paywall" keeps it furniture', () => {
    const texts = page(`<h1>Neue Turnhalle kommt</h1><div class="paywall-teaser"><p>${LEAD}</p></div>${BODY.join('')}`);
    expect(texts).not.toContain(LEAD);
  });

  it('GIVEN a teaser card with its own heading above the story THEN it stays out', () => {
    const card = `<div class="teaser"><h3>Hallenbad</h3><p>${OTHER}</p></div>`;
    const texts = page(`<h1>Neue Turnhalle kommt</h1>${card}${BODY.join('')}`);
    expect(texts.some((t) => t.includes('Hallenbad'))).toBe(false);
  });
});
