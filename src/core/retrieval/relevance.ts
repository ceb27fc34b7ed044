/** Abstention: whether the best candidates are relevant enough to cite, or the dossier has no answer. */
import type { RetrievalMode } from '../types.js';
import type { Candidate } from './retrieve.js';

export interface RelevanceThresholds {
  /** Share of the question's idf weight that one passage must contain (lexical evidence, 0–1). */
  lexicalCoverage: number;
  /** Cosine similarity between question and passage vectors (dense evidence). */
  denseSimilarity: number;
}

/**
 * lexicalCoverage is calibrated with `npm run eval` on test/eval/questions.json (see README).
 * denseSimilarity cannot be calibrated here (no real model can be downloaded on the build machine):
 * 0.82 is a conservative starting point for multilingual-e5-small, whose cosines cluster around 0.7–0.9.
 */
export const defaultThresholds: RelevanceThresholds = { lexicalCoverage: 0.1, denseSimilarity: 0.82 };

/** How many top candidates may carry the evidence (fusion can put a good lexical hit second). */
const EVIDENCE_DEPTH = 3;

export function isAnswerable(candidates: Candidate[], mode: RetrievalMode, thresholds: RelevanceThresholds): boolean {
  const top = candidates.slice(0, EVIDENCE_DEPTH);
  const lexical = top.some((c) => (c.lexical?.coverage ?? 0) >= thresholds.lexicalCoverage);
  const dense = top.some((c) => (c.dense?.similarity ?? -1) >= thresholds.denseSimilarity);
  if (mode === 'lexical') return lexical;
  if (mode === 'dense') return dense;
  return lexical || dense;
}
