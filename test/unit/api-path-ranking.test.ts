import { describe, expect, it } from 'vitest';
import { toNodeRow } from '../../graph/neo4j/queries/elements.ts';
import { toPathResponse, type FoundPath } from '../../graph/neo4j/queries/path.ts';

const node = (symbol: string, adopted: string) => toNodeRow(`doc:${symbol}`, ['Document', 'Resolution'], { symbol, adopted });
const edge = (type: string, paragraph: string) => ({
  type, source: 'doc:A/RES/64/25', target: 'doc:A/RES/53/70', props: { source: 'A/RES/64/25', paragraph, quote: 'resolution 53/70' },
});
const nodes = [node('A/RES/64/25', '2009-12-02'), node('A/RES/53/70', '1998-12-04')];

describe('path ranking', () => {
  it('keeps the recalling one of two parallel paths, whatever order the server gave them in', () => {
    const cites: FoundPath = { nodes, edges: [edge('CITES', 'fn1')], direction: 'forward' };
    const recalls: FoundPath = { nodes, edges: [edge('RECALLS', 'pp2')], direction: 'forward' };
    for (const order of [[cites, recalls], [recalls, cites]]) {
      const response = toPathResponse(order.map((path) => ({ ...path })), 5);
      expect(response.paths).toHaveLength(1);
      expect(response.elements.edges.map((e) => e.data.type)).toEqual(['RECALLS']);
    }
  });

  it('picks the same one of two equal parallel paths either way', () => {
    const first: FoundPath = { nodes, edges: [edge('CITES', 'op1')], direction: 'forward' };
    const second: FoundPath = { nodes, edges: [edge('CITES', 'op4')], direction: 'forward' };
    const a = toPathResponse([{ ...first }, { ...second }], 5).paths[0]?.edges;
    const b = toPathResponse([{ ...second }, { ...first }], 5).paths[0]?.edges;
    expect(a).toEqual(b);
    expect(a).toHaveLength(1);
  });
});
