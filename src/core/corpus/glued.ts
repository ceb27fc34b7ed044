/**
 * Furniture glued to a real paragraph when a page is copied: a teaser box, a credit or a sign-off has no line
 * break of its own, so it runs into the sentence before or after it. These cut it off and keep the paragraph.
 */
import { AGENCIES } from './names.js';
import { PHRASE_START, SENTENCE_END, squash } from './text.js';

/** The labels of "read also" boxes, as they open a teaser. */
const READ_ALSO = '(?:Lesen Sie (?:auch|mehr|hier|dazu)|Auch interessant|Das könnte Sie (?:auch )?interessieren|Mehr zum Thema|Mehr dazu|Weiterlesen|Zum Thema|Passend zum Thema|Read more|Read also|You may also like)';

/**
 * Furniture glued after the last sentence of a real paragraph: a read-also link, a photo credit, an agency tag,
 * a teaser's "mehr", the author's sign-off "(Name, 2.3.2023)", a date stamp "08.08.2023".
 */
const GLUED_TAIL = new RegExp(
  `(?<=[.!?…"“”»«')])\\s+(?:${READ_ALSO}\\b.*|\\(?(?:Foto|Bild|Fotos|Quelle)\\s?:\\s?[^.!?]{0,80}\\)?|©.{0,80}|\\(?(?:${AGENCIES})(?:\\s*[,/;]\\s*(?:${AGENCIES}|[a-z]{2,4}))*\\)?|(?:mehr|Mehr)\\s*[»›>]?|\\([^()]{2,60},\\s*\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}\\)|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?)$`,
  'u',
);

/** A paragraph with furniture glued to its end cut off; the text before it is kept. */
export function cutGluedTail(text: string): string {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const tail = rest.match(GLUED_TAIL);
    if (!tail || tail.index === undefined || tail.index < 40) break;
    rest = rest.slice(0, tail.index);
  }
  return squash(rest);
}

const LEADING_LABEL = new RegExp(`^${READ_ALSO}\\s*[:»›]\\s*`, 'u');
/** Lowercase words that do not end a headline: articles, prepositions, conjunctions ("die Reise", "in Friedrichshafen"). */
const LINKING = /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|aber|in|im|an|am|auf|aus|bei|mit|nach|von|vom|vor|zu|zum|zur|für|über|unter|um|durch|gegen|seit|bis|als|wie|mehr|neue[nrms]?)$/;
/** Capitalised words that open a German sentence but rarely stand inside a headline. */
const OPENER = /^(Der|Die|Das|Den|Dem|Ein|Eine|Es|Er|Sie|Wir|Ich|Im|Am|Nach|Seit|Mit|Bei|Auch|Doch|Dabei|Denn|Damit|Dort|Hier|Zudem|Außerdem|Allerdings|Bereits|Schon|Noch|Nun|Jetzt|Inzwischen|Trotzdem|Deshalb|Darum|So|Wie|Laut|Bis)$/;

/**
 * "Lesen Sie auch: Raumfahrtstandort Ottobrunn – Wo Europas Satelliten entstehen Acht Jahre wird …": a teaser
 * glued before a paragraph. Its headline has no full stop, so the paragraph starts at the first place where a
 * sentence can start: after "?" or "!", before a typical sentence opener ("Die", "Es", "Nach" …), or where a
 * capital follows a lowercase word that does not link to it ("entstehen Acht"). The rest must still read as
 * prose; when no such place is found the line is left as it is.
 */
export function cutGluedHead(text: string): string {
  const label = text.match(LEADING_LABEL);
  if (!label) return text;
  const words = text.slice(label[0].length).split(' ');
  // Only inside the first sentence the glued text has: the headline cannot reach past a full stop.
  const firstStop = words.findIndex((w) => /[.…]["“”»«')]*$/.test(w) && !/^\d{1,3}\.$/.test(w));
  const end = firstStop < 0 ? words.length : firstStop;
  const places: Array<{ k: number; strength: number }> = [];
  for (let k = 1; k <= end; k++) {
    const before = words[k - 1]!;
    const word = words[k] ?? '';
    // Right after a colon, dash or comma a headline goes on ("Ottobrunn – Wo Europas …").
    if (/[:,–—-]$/.test(before) || !PHRASE_START.test(word)) continue;
    if (/[?!]["“”»«']?$/.test(before)) places.push({ k, strength: 0 });
    else if (OPENER.test(word)) places.push({ k, strength: 1 });
    else if (/^\p{Ll}+$/u.test(before) && !LINKING.test(before)) places.push({ k, strength: 2 });
  }
  const best = places.sort((a, b) => a.strength - b.strength || a.k - b.k)[0];
  if (!best) return text;
  const rest = words.slice(best.k).join(' ');
  return words.slice(0, best.k).join(' ').length <= 120 && SENTENCE_END.test(rest) && rest.length >= 40 ? rest : text;
}
