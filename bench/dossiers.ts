/** The evaluation dossiers (test/eval/dossiers.json): each a corpus folder and its questions, tuning or held out. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const dossierSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  role: z.enum(['tuning', 'held-out']),
  corpus: z.string().min(1),
  questions: z.string().min(1),
});

/** One evaluation dossier, with absolute paths. */
export type Dossier = z.infer<typeof dossierSchema>;

export const DOSSIERS_FILE = 'test/eval/dossiers.json';

/** The dossiers whose corpus and questions exist, and a line for each one that does not (yet). */
export function loadDossiers(root = '.', file = DOSSIERS_FILE): { dossiers: Dossier[]; missing: string[] } {
  const raw = JSON.parse(readFileSync(resolve(root, file), 'utf8')) as unknown;
  const list = z.object({ dossiers: z.array(dossierSchema) }).parse(raw).dossiers;
  const dossiers: Dossier[] = [];
  const missing: string[] = [];
  for (const d of list) {
    const corpus = resolve(root, d.corpus);
    const questions = resolve(root, d.questions);
    if (existsSync(corpus) && existsSync(questions)) dossiers.push({ ...d, corpus, questions });
    else missing.push(`${d.name}: ${existsSync(corpus) ? d.questions : d.corpus} not found; skipped`);
  }
  return { dossiers, missing };
}
