/**
 * English phrasal verbs (and their noun forms) with the German a news text writes for them, where Ding lacks the
 * phrase or ranks that sense late ("go down" → hinunterfahren first, sinken absent; "lay off" → einstellen, never
 * entlassen). General knowledge of news English, not any question's wording; 40 entries. Their senses are searched
 * among a phrase's common senses: after Ding's first two (see `withPhrasalSenses`), so Ding's main reading stays first
 * and a sense Ding ranks late or lacks still counts in full rather than as a rare sense.
 */
const PHRASAL_VERBS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    'break down': ['zusammenbrechen', 'Panne', 'ausfallen'],
    'break up': ['auflösen', 'trennen', 'zerbrechen'],
    'blow up': ['sprengen', 'explodieren', 'Explosion'],
    'burn down': ['abbrennen', 'niederbrennen', 'abgebrannt'],
    'call off': ['absagen', 'abgesagt', 'Absage'],
    'call out': ['Einsatz', 'ausrücken', 'alarmiert'],
    'carry out': ['durchführen', 'ausführen', 'vornehmen'],
    'close down': ['schließen', 'Schließung', 'stilllegen'],
    'come back': ['zurückkehren', 'Rückkehr', 'zurückkommen'],
    'cut off': ['abgeschnitten', 'unterbrechen', 'abschneiden'],
    'die out': ['aussterben', 'ausgestorben'],
    'drop out': ['aussteigen', 'ausscheiden', 'Ausstieg'],
    'fall apart': ['zerfallen', 'auseinanderfallen', 'auseinander'],
    'fly back': ['Rückflug', 'zurückfliegen', 'Heimreise', 'Rückreise'],
    'go back': ['zurückkehren', 'zurückgehen', 'Rückkehr'],
    'go down': ['sinken', 'untergehen', 'Untergang'],
    'go on': ['weitergehen', 'andauern', 'dauern'],
    'hand over': ['übergeben', 'Übergabe', 'aushändigen'],
    'hold up': ['standhalten', 'aufhalten', 'verzögern'],
    'in charge': ['verantwortlich', 'zuständig', 'Leitung', 'leiten'],
    'lay off': ['entlassen', 'Entlassung', 'Stellenabbau'],
    'pass away': ['sterben', 'gestorben', 'verstorben'],
    'pay back': ['zurückzahlen', 'erstatten', 'Rückzahlung'],
    'pull apart': ['auseinanderdriften', 'auseinander', 'auseinanderziehen'],
    'pull out': ['bergen', 'retten', 'abziehen', 'Rückzug'],
    'rule out': ['ausschließen', 'ausgeschlossen'],
    'run out': ['ausgehen', 'knapp', 'aufgebraucht'],
    'sell out': ['ausverkauft', 'ausverkaufen'],
    'set up': ['gründen', 'einrichten', 'aufbauen'],
    'shut down': ['abschalten', 'stilllegen', 'schließen'],
    'sign off': ['billigen', 'genehmigen', 'unterschreiben', 'testieren'],
    'step down': ['zurücktreten', 'Rücktritt'],
    'stand down': ['zurücktreten', 'Rücktritt'],
    'take charge': ['übernehmen', 'Amt', 'Amtsantritt'],
    'take off': ['starten', 'abheben', 'Start'],
    'take over': ['übernehmen', 'Übernahme'],
    'take part': ['teilnehmen', 'Teilnahme', 'beteiligen'],
    'tear down': ['abreißen', 'Abriss', 'niederreißen'],
    'turn out': ['herausstellen', 'erweisen'],
    'wipe out': ['vernichten', 'auslöschen', 'zerstören'],
  }),
);

/** Ding's first senses kept before a phrasal verb's news senses. */
const DING_FIRST = 2;

/** A phrase's senses (Ding's; `key` the table's, lowercase) with the table's news senses among the common ones; unchanged for other phrases. */
export function withPhrasalSenses(key: string, ding: readonly string[]): string[] {
  const news = PHRASAL_VERBS.get(key.replace(/-/g, ' '));
  if (!news) return [...ding];
  return [...new Set([...ding.slice(0, DING_FIRST), ...news, ...ding.slice(DING_FIRST)])];
}

/** Whether the table has a phrase (lowercase, spaced key). */
export const isPhrasalVerb = (key: string): boolean => PHRASAL_VERBS.has(key.replace(/-/g, ' '));

