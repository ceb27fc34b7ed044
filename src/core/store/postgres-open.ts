/** Opens the live generation of the PostgreSQL store: pointer row, manifest, vocabulary, articles and passage texts. */
import { DossierError } from '../errors.js';
import { FORMAT_VERSION, manifestSchema } from '../index-store.js';
import { createAnalyzer } from '../lexical/analyzer.js';
import { useInfinitiveStemTable } from '../lexical/strong-verbs.js';
import { thesaurusFromSlice } from '../lexical/thesaurus.js';
import type { ArticleMeta, Passage } from '../types.js';
import { guarded } from './postgres-errors.js';
import { PgGeneration, type Query } from './postgres-reader.js';
import type { GenerationReader } from './types.js';

/** Loads the live generation's metadata, texts and vocabulary. DossierError 'index_missing' when there is none. */
export async function openPgGeneration(query: Query, where: string): Promise<GenerationReader> {
  return guarded(where, async () => {
    const head = await query<{ id: number; manifest: unknown; doc_count: number; total_length: string }>(
      'SELECT g.id, g.manifest, g.doc_count, g.total_length FROM dossier_current c JOIN dossier_generations g ON g.id = c.generation',
    );
    if (!head.rows[0]) throw new DossierError('index_missing', `No index in ${where}. Run \`npm run index\` to build it.`);
    const { id, doc_count: docCount } = head.rows[0];
    const parsed = manifestSchema.safeParse(head.rows[0].manifest);
    if (!parsed.success) throw new DossierError('index_corrupt', `The index in ${where} is corrupt: its manifest does not have the expected shape. Run \`npm run index\` to rebuild it.`);
    const manifest = parsed.data;
    if (manifest.formatVersion !== FORMAT_VERSION) {
      throw new DossierError('index_incompatible', `The index in ${where} was written in format ${manifest.formatVersion}; this version reads format ${FORMAT_VERSION}. Run \`npm run index\` to rebuild it.`);
    }
    const lexicon = await query<{ vocabulary: { surfaces: string[]; stems: string[]; verbStems: string[]; corpusTerms: string[] }; thesaurus: string; verb_table: Array<[string, string]> }>(
      'SELECT vocabulary, thesaurus, verb_table FROM dossier_lexicons WHERE generation = $1', [id],
    );
    const articles = (await query<{ meta: ArticleMeta }>('SELECT meta FROM dossier_articles WHERE generation = $1 ORDER BY ord', [id])).rows.map((r) => r.meta);
    const passages = (await query<{ id: string; article_id: string; paragraph: number; paragraph_end: number; section: string | null; text: string; hash: string }>(
      'SELECT id, article_id, paragraph, paragraph_end, section, text, hash FROM dossier_passages WHERE generation = $1 ORDER BY idx', [id],
    )).rows.map((r): Passage => ({ id: r.id, articleId: r.article_id, paragraph: r.paragraph, paragraphEnd: r.paragraph_end, section: r.section, text: r.text, hash: r.hash }));
    if (!lexicon.rows[0] || passages.length !== docCount) throw new DossierError('index_corrupt', `The index in ${where} is corrupt: counts do not match its manifest. Run \`npm run index\` to rebuild it.`);
    // Every term's document frequency, loaded with the vocabulary: the question's idf then needs no lookup.
    const terms = await query<{ term: string; df: number }>('SELECT term, df FROM dossier_terms WHERE generation = $1', [id]);
    const { vocabulary, thesaurus, verb_table: verbTable } = lexicon.rows[0];
    useInfinitiveStemTable(verbTable);
    const analyzer = createAnalyzer([], {}, { ...vocabulary, thesaurus: thesaurusFromSlice(thesaurus) });
    return new PgGeneration(query, where, id, manifest, articles, passages, analyzer, docCount, Number(head.rows[0].total_length), new Map(terms.rows.map((r) => [r.term, r.df])));
  });
}
