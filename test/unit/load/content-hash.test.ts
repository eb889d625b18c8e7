import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson, toContentHash } from '../../../ingest/load/content-hash.ts';

// The definition the hand-written serializer must match: JSON.stringify with every object's keys sorted.
function byReplacer(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  }) ?? 'null';
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(toCanonicalJson({ b: [3, { y: 1, x: 'é"\n' }], a: null })).toBe('{"a":null,"b":[3,{"x":"é\\"\\n","y":1}]}');
  });

  it('leaves out undefined members and writes null for undefined items and non-finite numbers, as JSON does', () => {
    expect(toCanonicalJson({ a: undefined, b: [undefined, Number.NaN, -0, Infinity], c: new Date(0) }))
      .toBe('{"b":[null,null,0,null],"c":"1970-01-01T00:00:00.000Z"}');
  });

  it('gives the text of a key-sorting JSON.stringify for any value', () => {
    fc.assert(fc.property(fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true }), (value) => {
      expect(toCanonicalJson(value)).toBe(byReplacer(value));
    }), { numRuns: 1000 });
  });

  it('hashes objects built in another key order the same, and different content differently', () => {
    expect(toContentHash({ a: 1, b: { c: 2, d: 3 } })).toBe(toContentHash({ b: { d: 3, c: 2 }, a: 1 }));
    expect(toContentHash({ a: 1 })).not.toBe(toContentHash({ a: 2 }));
  });
});
