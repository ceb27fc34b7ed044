/** Discord's message limits, and cutting text to them at word boundaries (never mid-word). */
import { escapeMarkdown } from 'discord.js';

export const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  content: 2000,
  choices: 25,
  choiceName: 100,
} as const;

const ELLIPSIS = '…';

/** `text` cut to at most `max` characters at a word boundary, with "…" when something was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return '';
  return `${cutEnd(text, max - ELLIPSIS.length)}${ELLIPSIS}`;
}

/** The longest prefix of `text` no longer than `max` that ends at a word boundary (trailing space trimmed). */
export function cutEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const space = head.search(/\s\S*$/);
  return space > 0 ? head.slice(0, space).trimEnd() : '';
}

/** The longest suffix of `text` no longer than `max` that starts at a word boundary. */
export function cutStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const tail = text.slice(text.length - max - 1);
  const space = tail.search(/\s/);
  return space >= 0 ? tail.slice(space).trimStart() : '';
}

/**
 * Corpus or user text made inert for Discord: markdown escaped, and mentions (@everyone, @here, <@id>, <#id>)
 * broken with a zero-width space so they show as text. Replies also send allowed_mentions { parse: [] }.
 */
export function inert(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<([@#])/g, '<\u200b$1');
}

/** `inert(clip(text))` that still fits `max` after escaping (escaping adds characters). */
export function inertClip(text: string, max: number): string {
  let budget = max;
  for (;;) {
    const out = inert(clip(text, budget));
    if (out.length <= max || budget <= 0) return out.length <= max ? out : '';
    budget -= Math.max(1, out.length - max);
  }
}
