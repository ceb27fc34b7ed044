/** Autocomplete choices for article options, and resolving what the user picked (or typed) to an article. */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { DossierEngine } from '../../core/engine-api.js';
import type { SourceSummary } from '../../core/types.js';
import { LIMITS, clip } from './limits.js';

/** Lower case without accents: "Südkorea" and "sudkorea" match. */
const plain = (s: string) => s.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
/** Also treats "ue" as "ü": "fuer" and "für" match. */
const spelled = (s: string) => plain(s).replace(/([aou])e/g, '$1');

function matches(source: SourceSummary, typed: string): boolean {
  const haystack = `${source.id} ${source.title} ${source.outlet}`;
  return plain(haystack).includes(plain(typed)) || spelled(haystack).includes(spelled(typed));
}

/** Up to 25 articles whose id, title or outlet contain what was typed (case- and umlaut-insensitive). */
export function articleChoices(sources: SourceSummary[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  return sources
    .filter((s) => matches(s, typed))
    .slice(0, LIMITS.choices)
    .map((s) => ({ name: clip(`${s.title} — ${s.outlet}`, LIMITS.choiceName), value: s.id.slice(0, 100) }));
}

/** The article for a picked id, or for a title typed out in full without picking; null if none. */
export function resolveArticle(engine: DossierEngine, value: string): SourceSummary | null {
  const sources = engine.sources();
  return sources.find((s) => s.id === value.trim()) ?? sources.find((s) => plain(s.title) === plain(value)) ?? null;
}
