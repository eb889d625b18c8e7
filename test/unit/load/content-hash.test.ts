import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toContentHash } from '../../../ingest/load/content-hash.ts';

describe('content hash', () => {
  it('is the same for the same parts and differs when any part changes', () => {
    expect(toContentHash(['a', 'bc'])).toBe(toContentHash(['a', 'bc']));
    expect(toContentHash(['a', 'bc'])).not.toBe(toContentHash(['a', 'bd']));
    expect(toContentHash(['a', 'bc'])).not.toBe(toContentHash(['bc', 'a']));
  });

  it('tells apart lists of parts whose texts run together the same way', () => {
    fc.assert(fc.property(fc.array(fc.string()), fc.array(fc.string()), (a, b) => {
      fc.pre(JSON.stringify(a) !== JSON.stringify(b));
      expect(toContentHash(a)).not.toBe(toContentHash(b));
    }), { numRuns: 1000 });
    expect(toContentHash(['ab', 'c'])).not.toBe(toContentHash(['a', 'bc']));
    expect(toContentHash(['1\na'])).not.toBe(toContentHash(['a']));
  });
});
