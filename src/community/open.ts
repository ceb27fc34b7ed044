/** Opens the community store as configured: null when recording is off, purged of expired rows on start and every few hours. */
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { Logger } from '../core/log.js';
import type { AskResult } from '../core/types.js';
import { CommunityStore } from './store.js';

type CommunityConfig = Pick<Config, 'COMMUNITY_DB' | 'COMMUNITY_RECORDING' | 'COMMUNITY_RETENTION_DAYS' | 'COMMUNITY_HASH_KEY'>;

/** The store for the bot and the console; `forReports` opens it even with recording off, to read what is there. */
export function openCommunity(config: CommunityConfig, log: Logger, { forReports = false } = {}): CommunityStore | null {
  if ((!config.COMMUNITY_RECORDING && !forReports) || !config.COMMUNITY_DB) return null;
  const store = CommunityStore.open({ path: config.COMMUNITY_DB, log, ...(config.COMMUNITY_HASH_KEY ? { hashKey: config.COMMUNITY_HASH_KEY } : {}) });
  store.purgeExpired(config.COMMUNITY_RETENTION_DAYS);
  if (!forReports) store.keepPurging(config.COMMUNITY_RETENTION_DAYS);
  return store;
}

/** A reference for one answer, carried in its buttons' custom ids (short, URL-safe, unguessable). */
export function newAnswerRef(): string {
  return randomBytes(9).toString('base64url');
}

/** Cited passages as stored: `articleId#label`. */
export function citedIds(passages: ReadonlyArray<{ sourceId: string; label: string }>): string[] {
  return passages.map((p) => `${p.sourceId}#${p.label}`);
}

/** Records an answer once it is out (every transport the same way): who asked where, what, and what came back. */
export function recordAnswer(
  store: CommunityStore,
  ref: string,
  asked: { guild: string; userId: string; question: string },
  result: Pick<AskResult, 'mode' | 'answered' | 'passages'>,
  latencyMs: number,
): void {
  store.recordQuestion({ ref, ...asked, mode: result.mode, answered: result.answered, cited: citedIds(result.passages), latencyMs });
}
