/** Plain data types shared by the core and its transports. Nothing here knows about Discord. */

/** What we know about one article, and where each value came from. */
export interface ArticleMeta {
  /** Stable, human-typable id (e.g. "srf-schulterschluss"). */
  id: string;
  title: string;
  outlet: string;
  /** ISO date, day precision where known ("2023-07-26"), month precision otherwise ("2023-07"), or "unknown date". */
  date: string;
  author: string | null;
  /** File name inside the corpus directory. */
  file: string;
}

/** One paragraph of an article after boilerplate removal. Its number is its index + 1. */
export interface CleanParagraph {
  text: string;
  /** The nearest heading above the paragraph, if the article has one. */
  section: string | null;
}

export interface CleanArticle {
  meta: ArticleMeta;
  paragraphs: CleanParagraph[];
}

/** A file that could not be ingested; reported by name and skipped. */
export interface CorpusProblem {
  file: string;
  reason: string;
}

/** The unit of retrieval: one or more whole paragraphs of one article. */
export interface Passage {
  /** `${articleId}#${paragraph}` */
  id: string;
  articleId: string;
  /** First paragraph number (1-based, as a reader counts them). */
  paragraph: number;
  /** Last paragraph number; equals `paragraph` unless short paragraphs were merged. */
  paragraphEnd: number;
  section: string | null;
  text: string;
  /** sha256 of the text: the key of the embedding cache. */
  hash: string;
}

export type RetrievalMode = 'hybrid' | 'lexical' | 'dense';

/** A passage ranked for a question, with everything needed to cite it. */
export interface CitedPassage {
  rank: number;
  score: number;
  sourceId: string;
  title: string;
  outlet: string;
  date: string;
  paragraph: number;
  paragraphEnd: number;
  /** How the passage is cited ("3", "3–4" merged, "3.2" second part of a split paragraph); /sources uses the same. */
  label: string;
  text: string;
  /** Character ranges [start, end) of `text` that answer the question: the answer's own sentences, or, in a passage cited for the same fact, its sentence stating it. */
  highlights: Array<[number, number]>;
  /** Other articles whose passages report the same fact. */
  alsoIn: Array<{ sourceId: string; outlet: string; paragraph: number; label: string }>;
}

export interface AskRequest {
  question: string;
  /** How many passages to cite (1–10, default 5). */
  k?: number;
  /** Restrict retrieval to one article. */
  sourceId?: string;
}

export interface AskResult {
  question: string;
  answered: boolean;
  /** Short extractive answer with citation markers like [1], or null when not answered. */
  answer: string | null;
  mode: RetrievalMode;
  passages: CitedPassage[];
  timings: { totalMs: number; embedMs?: number; searchMs: number };
  /** Why retrieval ran in a reduced mode, if it did (e.g. no embedding model). */
  notice?: string;
}

export interface SourceSummary {
  id: string;
  title: string;
  outlet: string;
  date: string;
  author: string | null;
  passages: number;
}

export interface SourceDetail extends SourceSummary {
  passageTexts: string[];
  /** Each passage's citation label, in the order of passageTexts. */
  passageLabels: string[];
}

/** What the embedding job did. */
export interface IndexSummary {
  articles: number;
  passages: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Passages run through the model in this job. */
  embedded: number;
  /** Passages whose vectors came from the previous generation. */
  reused: number;
  /** "hybrid" when vectors were built, "lexical" when no model was available. */
  mode: 'hybrid' | 'lexical';
  /** True when nothing changed and no new generation was written. */
  upToDate: boolean;
  problems: CorpusProblem[];
  durationMs: number;
  /** One line on why the index is lexical-only, if it is. */
  notice?: string;
}

/** Progress of a long job, for progress bars and ephemeral Discord updates. */
export interface Progress {
  stage: 'load' | 'embed' | 'write';
  done: number;
  total: number;
}
