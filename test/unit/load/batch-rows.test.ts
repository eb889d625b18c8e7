import { describe, expect, it } from 'vitest';
import { BatchRows } from '../../../graph/model/graph-rows.ts';
import { toBatchRows } from '../../../ingest/load/batch-rows.ts';
import { toDocumentWrite } from '../../../ingest/load/to-document-write.ts';
import { sampleDocument } from './sample-document.ts';

const a = toDocumentWrite(sampleDocument());
const b = toDocumentWrite(sampleDocument({
  symbol: 'A/RES/65/41',
  session: 65,
  report: 'A/65/405',
  references: [
    { kind: 'resolution', symbol: 'A/RES/64/25', paragraph: 'pp1', lead: 'Recalling', quote: '64/25' },
    { kind: 'resolution', symbol: 'A/RES/53/70', paragraph: 'pp1', lead: 'Recalling', quote: '53/70' },
    { kind: 'document', symbol: 'A/64/386', paragraph: 'pp3', lead: 'Noting', quote: 'A/64/386' },
    { kind: 'conference', name: 'the World Summit on the Information Society', paragraph: 'pp4', lead: 'Recalling', quote: 'WSIS', sessions: [{ place: 'Geneva' }] },
  ],
}));
const rows = toBatchRows([a, b]);

describe('toBatchRows', () => {
  it('merges the rows of whole documents into lists the row schema accepts', () => {
    expect(() => BatchRows.parse(rows)).not.toThrow();
    expect(rows.symbols).toEqual(['A/RES/64/25', 'A/RES/65/41']);
    expect(rows.documents.map((doc) => doc.symbol)).toEqual(rows.symbols);
    expect(rows.edges.RECALLS).toHaveLength(a.edges.RECALLS.length + b.edges.RECALLS.length);
  });

  it('writes each node once, with the flags of every mention', () => {
    expect(rows.refs.filter((ref) => ref.symbol === 'A/RES/53/70')).toHaveLength(1);
    expect(rows.refs.find((ref) => ref.symbol === 'A/64/386')?.report).toBe(true);
    const wsis = rows.conferences.filter((row) => row.key === 'world summit on the information society');
    expect(wsis).toEqual([{ key: 'world summit on the information society', name: 'World Summit on the Information Society', summit: true, meeting: false }]);
  });

  it('gives the same rows whatever the order of the documents, up to list order', () => {
    const reversed = toBatchRows([b, a]);
    const sortBy = <T>(list: T[]) => [...list].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    expect(sortBy(reversed.refs)).toEqual(sortBy(rows.refs));
    expect(sortBy(reversed.conferences)).toEqual(sortBy(rows.conferences));
    expect(sortBy(reversed.edges.RECALLS)).toEqual(sortBy(rows.edges.RECALLS));
  });
});
