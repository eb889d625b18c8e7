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
});
