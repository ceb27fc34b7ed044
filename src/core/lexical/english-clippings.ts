/**
 * English clippings and short forms ("sub", "plane", "gov", "ICBM") and the full word each stands for, looked up in
 * Ding as usual. Ding lacks many of them, or lists first a sense the news rarely means ("sub" → Ersatzspieler,
 * "plane" → Ebene, Flugzeug 12th), so a question asking "did the sub implode" never reached U-Boot.
 */
import { germanFor } from './lexicon.js';

/**
 * Common English clippings (and a few short forms) with their full word, from general dictionaries' lists of
 * clippings; general knowledge, 36 entries. Ambiguous political ones ("con", "lib", "pro") and ones German uses as
 * they are ("app", "demo", "info") are left out: Ding or the loanword rule handles them.
 */
export const CLIPPINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ad: 'advertisement', admin: 'administration', ammo: 'ammunition', bike: 'bicycle', cab: 'taxicab',
    celeb: 'celebrity', copter: 'helicopter', corp: 'corporation', dem: 'democrat', dept: 'department',
    doc: 'doctor', exam: 'examination', exec: 'executive', flu: 'influenza', fridge: 'refrigerator',
    gov: 'government', govt: 'government', gym: 'gymnasium', icbm: 'intercontinental ballistic missile',
    lab: 'laboratory', memo: 'memorandum', nuke: 'nuclear weapon', phone: 'telephone', photo: 'photograph',
    plane: 'airplane', pol: 'politician', prof: 'professor', quake: 'earthquake', rehab: 'rehabilitation',
    rep: 'representative', stats: 'statistics', sub: 'submarine', tech: 'technology', uni: 'university',
    vax: 'vaccination', vet: 'veteran',
  }),
);

/**
 * The full word a clipping is also searched as: the first of an English word's dictionary keys ("subs" → sub) that
 * is a clipping, when Ding lacks it or its first `commonSenses` translations share none with the full word's ("sub",
 * "plane": Ding reads another word). A clipping Ding translates as its full word ("lab" → Labor) gets nothing: its
 * own row already ranks the senses.
 */
export function clippingFullForm(keys: readonly string[], commonSenses: number): string | undefined {
  const key = keys.find((k) => CLIPPINGS.has(k));
  if (key === undefined) return undefined;
  const full = CLIPPINGS.get(key)!;
  const own = germanFor(key)?.slice(0, commonSenses);
  const fullSenses = new Set(germanFor(full) ?? []);
  return own === undefined || !own.some((german) => fullSenses.has(german)) ? full : undefined;
}
