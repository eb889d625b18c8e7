import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRowSet } from '../../../ingest/load/row-set.ts';

describe('row set edges', () => {
  it('keeps one row for the same edge whatever the order its properties were set in, without null values', () => {
    const rows = createRowSet('A/RES/64/25');
    rows.edge('CITES', 'A/RES/64/25', 'A/55/140', { source: 'A/RES/64/25', paragraph: 'pp3', lead: 'Noting', footnote: null });
    rows.edge('CITES', 'A/RES/64/25', 'A/55/140', { lead: 'Noting', paragraph: 'pp3', source: 'A/RES/64/25', quote: undefined });
    const { edges } = rows.done();
    expect(edges.CITES).toEqual([{ from: 'A/RES/64/25', to: 'A/55/140', props: { lead: 'Noting', paragraph: 'pp3', source: 'A/RES/64/25' } }]);
  });

  it('keeps edges apart that differ in a property, an end or a kind, and drops citations of the document itself', () => {
    const rows = createRowSet('A/RES/64/25');
    rows.edge('CITES', 'A/RES/64/25', 'A/55/140', { paragraph: 'pp3' });
    rows.edge('CITES', 'A/RES/64/25', 'A/55/140', { paragraph: 'pp4' });
    rows.edge('CITES', 'A/RES/64/25', 'A/55/140', { paragraph: 3 });
    rows.edge('CITES', 'A/RES/64/25', 'A/56/140', { paragraph: 'pp3' });
    rows.edge('RECALLS', 'A/RES/64/25', 'A/55/140', { paragraph: 'pp3' });
    rows.edge('RECALLS', 'A/RES/64/25', 'A/RES/64/25', { paragraph: 'pp1' });
    const { edges } = rows.done();
    expect(edges.CITES).toHaveLength(4);
    expect(edges.RECALLS).toEqual([{ from: 'A/RES/64/25', to: 'A/55/140', props: { paragraph: 'pp3' } }]);
  });

  it('merges two edges exactly when their ends and stored properties are equal, whatever the values hold', () => {
    const value = fc.oneof(fc.constant(null), fc.string({ maxLength: 6 }), fc.constantFrom('|', ':1:', '#1', '|lead:1:x'), fc.integer({ min: -3, max: 3 }));
    const props = fc.record({ paragraph: value, lead: value, quote: value, date: value }, { requiredKeys: [] });
    const end = fc.constantFrom('A/55/140', 'A/55/14', '0/A/55/14', 'x');
    fc.assert(fc.property(end, props, end, props, (toA, a, toB, b) => {
      const rows = createRowSet('A/RES/64/25');
      rows.edge('CITES', 'A/RES/64/25', toA, a);
      rows.edge('CITES', 'A/RES/64/25', toB, b);
      const stored = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined));
      const same = toA === toB && JSON.stringify(Object.entries(stored(a)).sort()) === JSON.stringify(Object.entries(stored(b)).sort());
      expect(rows.done().edges.CITES).toHaveLength(same ? 1 : 2);
    }), { numRuns: 2000 });
  });
});
