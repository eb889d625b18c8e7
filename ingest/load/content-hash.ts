import { createHash } from 'node:crypto';

/**
 * Bump when the rows written for the same parsed document change, so that the next ingest
 * rewrites every document instead of skipping it as unchanged.
 */
export const LOAD_FORMAT = 2;

/** JSON with object keys sorted, so that the same content hashes the same whoever built the object. */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  });
}

/** The hash stored on a whole document: equal hashes mean that a new ingest would write exactly the same rows. */
export function toContentHash(document: unknown): string {
  return createHash('sha256').update(`resograph-load-${LOAD_FORMAT}\n`).update(toCanonicalJson(document)).digest('base64url');
}
