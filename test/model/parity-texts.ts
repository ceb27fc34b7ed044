/** The texts the parity test embeds both ways: the corpus's own passages and questions, plus hard cases. */
import { readFileSync } from 'node:fs';
import { chunkArticle } from '../../src/core/chunk.js';
import { loadCorpus } from '../../src/core/corpus/load.js';

/** Questions in German and English with umlauts, ß, typographic quotes, dashes and numbers. */
const HARD_QUERIES = [
  'Wie groß ist die Straße zwischen Pjöngjang und Wladiwostok?',
  'Was sagte Schoigu über „unverbrüchliche Freundschaft“?',
  'Wann – genau – begann der Koreakrieg?',
  'How many people died in the Korean War (1950–1953)?',
  'Who met Kim Jong Un on 26 July 2023?',
  'Welche Rolle spielt Chinas Vizepremier Li Hongzhong?',
  'Gab es Waffenlieferungen für 1,5 Mrd. € oder $2.3 billion?',
  'Was bedeutet „Tag des Sieges“ — und für wen?',
  "What did the 'Victory Day' parade show?",
  'Äußerte sich Südkorea zur Übergabe der Munition?',
  'ÜBER WELCHE RAKETEN BERICHTETEN DIE MEDIEN?',
  'Who is Sergei Shoigu’s counterpart in North Korea?',
  '70. Jahrestag: Wer nahm an den Feierlichkeiten teil?',
  'Is the 38th parallel still the border — yes or no?',
  'Straßenbahn, Fußgänger, Maß, Grüße, Öl, Ärger, Übermut',
  'What did the UN Security Council (UNSC) decide on Resolution 1718?',
];

/** Passage-like texts with the same traps, some in English, some mixing scripts and spacing. */
const HARD_PASSAGES = [
  'Der Verteidigungsminister sagte: „Wir stehen Seite an Seite.“ Die Nachrichtenagentur KCNA meldete am 27.07.2023 um 14:30 Uhr – also kurz nach der Parade – weitere Details.',
  'Russland und Nordkorea – zwei Staaten unter Sanktionen – rücken näher zusammen. Experten schätzen den Wert möglicher Lieferungen auf 100 bis 200 Mio. US-Dollar.',
  'Die Delegation aus Moskau traf in Pjöngjang ein; begrüßt wurde sie von Verteidigungsminister Kang Sun Nam. »Ein historischer Besuch«, hieß es.',
  'North Korea paraded its Hwasong-18 and Hwasong-17 intercontinental ballistic missiles, as well as new drones, in front of Russian and Chinese guests.',
  'The war ended in 1953 with an armistice, not a peace treaty; estimates of the dead range from 2 million to 4 million — most of them civilians.',
  'Grüße aus Köln, Düsseldorf und München: Größe 42, Preis 19,99 €, Rabatt 15 %, Lieferung in 3–5 Werktagen.',
  'Sie sagte ‚nein‘ und er sagte ‚doch‘ … dann — Stille. Zitat: "Das war’s."',
  'Tabs\tand  double  spaces   and a line\nbreak should be normalised the same way by both tokenizers.',
  'Kim Jong Un (김정은) empfing Sergei Schoigu (Сергей Шойгу) und Li Hongzhong (李鸿忠).',
  'Zahlen: 1.234.567; 3,14159; 2^10 = 1024; 50°C; ½ Liter; № 5; ① ② ③.',
];

/** Joined corpus passages of at most this many characters stay just under 512 tokens (checked by the test). */
export const LONG_CHARS = 2150;

/** Every passage the product's chunker makes of `corpusDir`, in corpus order. */
export async function corpusPassages(corpusDir: string): Promise<string[]> {
  const { articles } = await loadCorpus(corpusDir);
  return articles.flatMap((a) => chunkArticle(a)).map((p) => p.text);
}

/** Consecutive passages joined up to `maxChars`: long texts near the model's 512-token window. */
function joined(passages: string[], maxChars: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const p of passages) {
    if (current && current.length + 2 + p.length > maxChars) (out.push(current), (current = ''));
    current = current ? `${current}\n\n${p}` : p;
  }
  if (current) out.push(current);
  return out.filter((t) => t.length > maxChars * 0.8);
}

/** The evaluation questions of today's dossier (German and English). */
function evalQuestions(file: string): string[] {
  const list = JSON.parse(readFileSync(file, 'utf8')) as Array<{ question: string }>;
  return list.map((q) => q.question);
}

/** At least 100 texts: every eval question and hard query; every corpus passage, long joins of them, the hard ones. */
export async function parityTexts(corpusDir: string, questionsFile: string): Promise<{ queries: string[]; passages: string[] }> {
  const all = await corpusPassages(corpusDir);
  const passages = [...all, ...joined(all, LONG_CHARS).slice(0, 12), ...HARD_PASSAGES];
  return { queries: [...evalQuestions(questionsFile), ...HARD_QUERIES], passages };
}
