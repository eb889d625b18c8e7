import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBatches } from '../../../ingest/load/batches.ts';

interface Item { key: string; weight: number }
const measure = (item: Item) => item;

async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

describe('toBatches', () => {
  it('closes a batch at the document limit', async () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ key: `d${i}`, weight: 1 }));
    const batches = await collect(toBatches(items, measure, { maxDocuments: 3, maxWeight: 100 }));
    expect(batches.map((batch) => batch.length)).toEqual([3, 3, 1]);
  });

  it('starts with a small batch and doubles up to the document limit', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ key: `d${i}`, weight: 1 }));
    const batches = await collect(toBatches(items, measure, { maxDocuments: 8, maxWeight: 100, firstDocuments: 2 }));
    expect(batches.map((batch) => batch.length)).toEqual([2, 4, 8, 8, 8]);
  });

  it('closes a batch before the weight limit and sends a heavy document alone', async () => {
    const items = [{ key: 'a', weight: 4 }, { key: 'b', weight: 4 }, { key: 'c', weight: 30 }, { key: 'd', weight: 1 }];
    const batches = await collect(toBatches(items, measure, { maxDocuments: 10, maxWeight: 10 }));
    expect(batches.map((batch) => batch.map((item) => item.key))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('never puts one symbol twice in a batch', async () => {
    const items = [{ key: 'a', weight: 1 }, { key: 'b', weight: 1 }, { key: 'a', weight: 1 }];
    const batches = await collect(toBatches(items, measure, { maxDocuments: 10, maxWeight: 10 }));
    expect(batches.map((batch) => batch.map((item) => item.key))).toEqual([['a', 'b'], ['a']]);
  });

  it('keeps every document whole, in order, within the limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), weight: fc.integer({ min: 0, max: 50 }) }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 80 }),
        async (items, maxDocuments, maxWeight) => {
          const batches = await collect(toBatches(items, measure, { maxDocuments, maxWeight }));
          expect(batches.flat()).toEqual(items);
          for (const batch of batches) {
            expect(batch.length).toBeGreaterThan(0);
            expect(batch.length).toBeLessThanOrEqual(maxDocuments);
            expect(new Set(batch.map((item) => item.key)).size).toBe(batch.length);
            if (batch.length > 1) expect(batch.reduce((sum, item) => sum + item.weight, 0)).toBeLessThanOrEqual(maxWeight);
          }
        },
      ),
    );
  });
});
