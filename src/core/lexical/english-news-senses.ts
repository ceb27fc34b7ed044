/**
 * Common English nouns of news reporting whose news sense Ding lists after a general-language one (general
 * knowledge, 14 entries, written from what the words mean in news English, not from any question): "state" →
 * Zustand, Stand before Staat; "party" → Gesellschaft before Partei; "court" → Hof before Gericht; "strike" →
 * zuschlagen before Streik; "trial" → Versuch before Prozess; "tip" → Spitze, Mundstück before Hinweis. Only the first
 * sense the corpus has is searched at full weight, so such a question searched the general sense and found the news
 * sense at half weight. Their news senses go before Ding's row, like the usual senses of verbs (english-verbs.ts).
 */
export const NEWS_SENSES: ReadonlyMap<string, readonly string[]> = new Map([
  ['state', ['Staat']],
  ['party', ['Partei']],
  ['bill', ['Gesetzentwurf']],
  ['poll', ['Umfrage']],
  ['court', ['Gericht']],
  ['trial', ['Prozess']],
  ['strike', ['Streik']],
  ['union', ['Gewerkschaft']],
  ['deal', ['Abkommen', 'Einigung']],
  ['talks', ['Gespräche', 'Verhandlungen']],
  ['tip', ['Hinweis', 'Tipp']],
  ['seat', ['Sitz', 'Mandat']],
  ['figure', ['Zahl']],
  ['record', ['Rekord']],
]);
