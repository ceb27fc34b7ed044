/** The engine's result objects as Discord embeds, within every limit of one message. */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { AskResult, CitedPassage, IndexSummary, SourceDetail, SourceSummary } from '../../core/types.js';
import { alsoInText, citation, renderIndexSummary } from '../cli/render.js';
import { excerpt } from './excerpt.js';
import { LIMITS, clip, inertClip } from './limits.js';

const COLOR = { answer: 0x2b6cb0, none: 0x718096, ok: 0x2f855a, failed: 0xc53030 } as const;
/** A field value shorter than this says too little; drop the last citations instead. */
const MIN_VALUE = 120;

export const NOT_ANSWERED = 'No passage in the dossier answers this question. Try other words, or see the articles with /sources.';

export function askEmbed(result: AskResult): APIEmbed {
  const title = inertClip(result.question, LIMITS.title);
  const notice = result.notice ? ` · ${clip(result.notice, 160)}` : '';
  const footer = { text: `${result.mode} retrieval · ${result.timings.totalMs} ms${notice}` };
  if (!result.answered) return { title, description: NOT_ANSWERED, color: COLOR.none, footer };

  const description = inertClip(result.answer ?? '', 1_500);
  let cited = result.passages.slice(0, LIMITS.fields);
  for (;;) {
    const heads = cited.map((p) => ({ name: inertClip(`[${p.rank}] ${citation(p)}`, LIMITS.fieldName), also: alsoIn(p) }));
    const fixed = title.length + description.length + footer.text.length + heads.reduce((n, h) => n + h.name.length + h.also.length, 0);
    const share = Math.floor((LIMITS.embedTotal - fixed) / Math.max(1, cited.length));
    if (share >= MIN_VALUE || cited.length <= 1) {
      const fields = cited.map((p, i): APIEmbedField => {
        const { name, also } = heads[i]!;
        const room = Math.max(0, Math.min(LIMITS.fieldValue, share) - also.length);
        return { name, value: `${excerpt(p.text, p.highlights, room)}${also}` || '…' };
      });
      return { title, description, color: COLOR.answer, fields, footer };
    }
    cited = cited.slice(0, -1);
  }
}

/** "\nalso in: SRF ¶2, taz ¶1", or nothing. */
function alsoIn(p: CitedPassage): string {
  if (p.alsoIn.length === 0) return '';
  return `\n${inertClip(`also in: ${alsoInText(p)}`, 160)}`;
}

export function sourcesEmbed(sources: SourceSummary[]): APIEmbed {
  const shown = sources.slice(0, LIMITS.fields);
  const fields = shown.map((s) => ({
    name: inertClip(s.title, 200),
    value: `${inertClip(`${s.outlet} · ${s.date}`, 120)} · ${s.passages} passages\nid: \`${clip(s.id, 100)}\``,
  }));
  const more = sources.length > shown.length ? ` (showing ${shown.length})` : '';
  return {
    title: `The dossier: ${sources.length} articles${more}`,
    color: COLOR.answer,
    fields,
    footer: { text: 'Ask with /ask; filter with its source option. Details: /sources article:<id>' },
  };
}

export function sourceEmbed(source: SourceDetail): APIEmbed {
  const title = inertClip(source.title, LIMITS.title);
  const description = inertClip(`${source.outlet} · ${source.date}${source.author ? ` · ${source.author}` : ''} · ${source.passages} passages · id ${source.id}`, 600);
  const footer = { text: 'Ask about this article with /ask source:<id>.' };
  let room = LIMITS.embedTotal - title.length - description.length - footer.text.length;
  const fields: APIEmbedField[] = [];
  for (const [i, text] of source.passageTexts.entries()) {
    const name = `¶${source.passageLabels[i] ?? i + 1}`;
    if (fields.length === 10 || room - name.length < MIN_VALUE) break;
    const value = inertClip(text, Math.min(600, room - name.length)) || '…';
    fields.push({ name, value });
    room -= name.length + value.length;
  }
  return { title, description, color: COLOR.answer, fields, footer };
}

export function reindexEmbed(summary: IndexSummary): APIEmbed {
  return { title: 'Reindex finished', description: inertClip(renderIndexSummary(summary), 3_000), color: COLOR.ok };
}

export function reindexFailedEmbed(reason: string): APIEmbed {
  return {
    title: 'Reindex failed',
    description: inertClip(`The previous index keeps serving questions. Reason: ${reason}`, 3_000),
    color: COLOR.failed,
  };
}
