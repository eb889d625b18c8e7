import { createHash } from 'node:crypto';

/**
 * Bump when what the hash covers changes its meaning, so that the next ingest rewrites every document
 * instead of skipping it as unchanged.
 */
export const LOAD_FORMAT = 3;

/**
 * The hash stored on a whole document, over the texts of the rows that put it in the graph: equal hashes
 * mean that a new ingest would write exactly the same rows. Each part goes in after its length, so that
 * no two lists of parts hash alike by running into each other.
 */
export function toContentHash(parts: readonly string[]): string {
  const hash = createHash('sha256').update(`resograph-load-${LOAD_FORMAT}\n`);
  for (const part of parts) hash.update(`${part.length}\n`).update(part);
  return hash.digest('base64url');
}
