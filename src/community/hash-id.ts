/** Member ids are stored only as keyed hashes: the same member gives the same value, which reveals nothing without the key. */
import { createHmac, randomBytes } from 'node:crypto';

/** HMAC-SHA-256 of the id under the key, hex, cut to 128 bits (plenty to tell members apart). */
export function hashUserId(key: string, id: string): string {
  return createHmac('sha256', key).update(id).digest('hex').slice(0, 32);
}

/** A fresh random key for when none is configured. */
export function newHashKey(): string {
  return randomBytes(32).toString('hex');
}
