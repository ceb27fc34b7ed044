/**
 * Common English nouns of news reporting whose news sense Ding lists after a general-language one (general
 * knowledge, 13 entries, written from what the words mean in news English, not from any question): "state" →
 * Zustand, Stand before Staat; "party" → Gesellschaft before Partei; "court" → Hof before Gericht; "trial" →
 * Versuch before Prozess; "tip" → Spitze, Mundstück before Hinweis. Only the first sense
 * the corpus has is searched at full weight, so such a question searched the general sense and found the news sense at
 * half weight. Their news senses go before Ding's row, like the usual senses of verbs (english-verbs.ts).
 * Not "strike": after a determiner it is a noun already (english-modifier.ts), and as a verb ("who did they strike")
 * Streik would be wrong.
 */
export const NEWS_SENSES: ReadonlyMap<string, readonly string[]> = new Map([
  ['state', ['Staat']],
  ['party', ['Partei']],
  ['bill', ['Gesetzentwurf']],
  ['poll', ['Umfrage']],
  ['court', ['Gericht']],
  ['trial', ['Prozess']],
  ['union', ['Gewerkschaft']],
  ['deal', ['Abkommen', 'Einigung']],
  ['talks', ['Gespräche', 'Verhandlungen']],
  ['tip', ['Hinweis', 'Tipp']],
  ['seat', ['Sitz', 'Mandat']],
  ['figure', ['Zahl']],
  ['record', ['Rekord']],
]);
