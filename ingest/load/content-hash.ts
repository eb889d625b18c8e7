import { createHash } from 'node:crypto';

/**
 * Bump when the rows written for the same parsed document change, so that the next ingest
 * rewrites every document instead of skipping it as unchanged.
 */
export const LOAD_FORMAT = 2;

/**
 * JSON with object keys sorted, so that the same content hashes the same whoever built the object: the text
 * of JSON.stringify with a key-sorting replacer. A sorted copy given to the native JSON.stringify writes it
 * in two thirds of the time, since no function is called for every string of a document's text.
 */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(sortedCopy(value)) ?? 'null';
}

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return sortedCopy(json.call(value));
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sortedCopy(value[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedCopy((value as Record<string, unknown>)[key]);
  return out;
}

/** The hash stored on a whole document: equal hashes mean that a new ingest would write exactly the same rows. */
export function toContentHash(document: unknown): string {
  return createHash('sha256').update(`resograph-load-${LOAD_FORMAT}\n`).update(toCanonicalJson(document)).digest('base64url');
}
