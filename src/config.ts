/** The one place that reads the environment: `.env` plus process variables, validated by one zod schema. */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { DossierError } from './core/errors.js';
import { projectRoot } from './project-root.js';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const shardsMessage = 'must be auto or a whole number from 1 to 1024';

const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` })
    .default(fallback);

const snowflakeList = z
  .string()
  .default('')
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d{15,21}$/, { message: 'must be Discord ids (digits), comma-separated' })));

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Every setting, its default and its rule. `.env.example` documents the same names. */
export const configSchema = z.object({
  CORPUS_DIR: z.string().min(1).default('corpus'),
  EMBEDDINGS_DIR: z.string().min(1).default('embeddings'),
  /** The index in PostgreSQL (pgvector) instead of files in EMBEDDINGS_DIR; empty: files. */
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/[^\s/]+/, { message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/dossier' }),
  ),
  MODEL_ID: z.string().min(1).default('Xenova/multilingual-e5-small'),
  MODEL_DIR: optional(z.string().min(1)),
  MODEL_CACHE_DIR: z.string().min(1).default('models'),
  ALLOW_REMOTE_MODELS: bool(true),
  REQUIRE_MODEL: bool(false),
  MODEL_DTYPE: z.enum(['q8', 'fp32'], { message: 'must be q8 or fp32' }).default('q8'),
  QUERY_PREFIX: z.string().default('query: '),
  PASSAGE_PREFIX: z.string().default('passage: '),
  EMBED_THREADS: int(Math.min(2, availableParallelism()), 1, 64),
  EMBED_BATCH_SIZE: int(1, 1, 512),
  MAX_QUESTION_LENGTH: int(300, 10, 2000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent'], { message: 'must be debug, info, warn, error or silent' }).default('warn'),
  DISCORD_TOKEN: optional(z.string().min(20, { message: 'looks too short to be a bot token' })),
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{15,21}$/, { message: 'must be the application id (digits)' })),
  DISCORD_GUILD_ID: optional(z.string().regex(/^\d{15,21}$/, { message: 'must be a server id (digits)' })),
  DISCORD_ADMIN_USER_IDS: snowflakeList,
  DISCORD_ADMIN_ROLE_IDS: snowflakeList,
  DISCORD_API_BASE_URL: optional(z.url({ message: 'must be a URL such as https://discord.com/api' })),
  /** Unset: one bot process. N or `auto` (Discord's recommendation): one process per shard under a shard manager. */
  DISCORD_SHARDS: optional(
    z
      .string()
      .regex(/^(auto|[1-9]\d{0,3})$/, { message: shardsMessage })
      .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v)))
      .refine((v) => v === 'auto' || v <= 1024, { message: shardsMessage }),
  ),
  /** Set by discord.js's shard manager in each shard process (its shard id and the total); never set by hand. */
  SHARDS: optional(z.coerce.number({ message: 'must be a shard id' }).int().min(0)),
  SHARD_COUNT: optional(z.coerce.number({ message: 'must be a shard count' }).int().min(1)),
  ASK_RATE_LIMIT: int(5, 1, 1000),
  ASK_RATE_WINDOW_SECONDS: int(60, 1, 86_400),
  /** The community database (questions, votes, suggestions); empty: community.sqlite in EMBEDDINGS_DIR. */
  COMMUNITY_DB: optional(z.string().min(1)),
  COMMUNITY_RECORDING: bool(true),
  COMMUNITY_RETENTION_DAYS: int(90, 1, 3650),
  /** Adds a "Follow up" button that opens a thread; needs the privileged Message Content intent. */
  COMMUNITY_FOLLOW_UPS: bool(false),
  /** /add: largest accepted article, in bytes (the corpus itself refuses files over 5 MiB). */
  ADD_MAX_BYTES: int(2_000_000, 1_000, 5 * 1024 * 1024),
  ADD_DOWNLOAD_TIMEOUT_MS: int(10_000, 100, 120_000),
  /** Hosts /add may fetch from although they are private or loopback (e.g. an intranet server); empty: none. */
  ADD_ALLOW_HOSTS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)),
  /** Prometheus /metrics on this port (0: any free port); empty: off. */
  METRICS_PORT: optional(z.coerce.number({ message: 'must be a port number' }).int().min(0, { message: 'must be a port number' }).max(65_535, { message: 'must be a port number' })),
  /** Address /metrics listens on; 127.0.0.1 keeps it inside the machine (use 0.0.0.0 in a container with a scraper). */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  COMMUNITY_HASH_KEY: optional(z.string().min(16, { message: 'must be at least 16 characters (a random secret)' })),
  /** https://no-color.org: any non-empty value turns off bold and dim text on terminals. */
  NO_COLOR: optional(z.string()),
});

export type Config = z.infer<typeof configSchema>;

/**
 * Reads `.env` (when present) under the process environment, which wins, and validates both.
 * Throws a DossierError naming every bad setting, so a person can fix them all at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = resolve(projectRoot, '.env')): Config {
  const fromFile = existsSync(envFile) ? parseDotenv(readFileSync(envFile)) : {};
  const merged = { ...fromFile, ...definedOnly(env) };
  const known = new Set(Object.keys(configSchema.shape));
  const result = configSchema.safeParse(Object.fromEntries(Object.entries(merged).filter(([k]) => known.has(k))));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const got = merged[key] === undefined ? '' : ` (got "${truncate(merged[key] ?? '', 40)}")`;
      return `${key} ${issue.message}${key === 'DISCORD_TOKEN' || key === 'COMMUNITY_HASH_KEY' || key === 'DATABASE_URL' ? '' : got}`;
    });
    throw new DossierError('bad_config', `Invalid configuration: ${lines.join('; ')}. See .env.example.`);
  }
  // Relative folders are relative to the project, not to wherever `dossier` was started (as `.env` is).
  const config = result.data;
  const fromRoot = (p: string) => resolve(projectRoot, p);
  return {
    ...config,
    CORPUS_DIR: fromRoot(config.CORPUS_DIR),
    EMBEDDINGS_DIR: fromRoot(config.EMBEDDINGS_DIR),
    MODEL_CACHE_DIR: fromRoot(config.MODEL_CACHE_DIR),
    ...(config.MODEL_DIR ? { MODEL_DIR: fromRoot(config.MODEL_DIR) } : {}),
    COMMUNITY_DB: fromRoot(config.COMMUNITY_DB ?? resolve(fromRoot(config.EMBEDDINGS_DIR), 'community.sqlite')),
  };
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
