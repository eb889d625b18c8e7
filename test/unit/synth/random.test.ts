import { describe, expect, it } from 'vitest';
import { Random, hashNumber } from '../../../ingest/synth/random.ts';

const draws = (key: string, n: number): number[] => {
  const r = new Random(key);
  return Array.from({ length: n }, () => r.next());
};

describe('seeded PRNG', () => {
  it('repeats itself for the same key and differs for another', () => {
    expect(draws('seed-1', 50)).toEqual(draws('seed-1', 50));
    expect(draws('seed-1', 50)).not.toEqual(draws('seed-2', 50));
    expect(hashNumber('A/RES/64/25')).toBe(hashNumber('A/RES/64/25'));
    expect(hashNumber('A/RES/64/25')).not.toBe(hashNumber('A/RES/64/26'));
  });

  it('keeps integers in bounds and spreads them evenly', () => {
    const r = new Random('spread');
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const v = r.int(0, 9);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(9);
      counts[v] = (counts[v] ?? 0) + 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(1_700);
    for (const c of counts) expect(c).toBeLessThan(2_300);
  });

  it('samples distinct items in their order and honours weights', () => {
    const r = new Random('sample');
    const items = Array.from({ length: 20 }, (_, i) => i);
    const picked = r.sample(items, 5);
    expect(new Set(picked).size).toBe(5);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
    let heavy = 0;
    for (let i = 0; i < 5_000; i++) if (r.weighted([['a', 9], ['b', 1]] as const) === 'a') heavy++;
    expect(heavy / 5_000).toBeGreaterThan(0.85);
    expect(heavy / 5_000).toBeLessThan(0.95);
  });
});
