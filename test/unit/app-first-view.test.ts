import { describe, expect, it } from 'vitest';
import { firstViewRequest, plansFirstView, startingPosition } from '../../web/app/src/canvas/first-view.ts';
import { largeView } from '../../web/app/src/canvas/layout-request.ts';
import { addElements, emptyGraph } from '../../web/app/src/graph/graph-model.ts';
import type { NodeData } from '../../web/app/src/api/types.ts';

const node = (id: string, citedBy: number, stub = false): NodeData => ({ id, type: 'resolution', label: id, title: null, date: null, body: 'GA', session: 1, agendaItem: null, stub, synthetic: true, citedBy });

describe('a large first view', () => {
  it('is planned before drawing only on an empty canvas, past the large-view size, for the layouts the worker runs', () => {
    expect(plansFirstView('fcose', true, largeView + 1)).toBe(true);
    expect(plansFirstView('dagre', true, largeView + 1)).toBe(true);
    expect(plansFirstView('fcose', true, largeView)).toBe(false);
    expect(plansFirstView('fcose', false, 5000)).toBe(false);
    expect(plansFirstView('chronological', true, 5000)).toBe(false);
  });

  it('asks the worker for every node with its drawn size and every edge, nothing held fixed', () => {
    const graph = addElements(emptyGraph, {
      nodes: [{ data: node('a', 0) }, { data: node('b', 40, true) }],
      edges: [{ data: { id: 'a-b', source: 'a', target: 'b', type: 'RECALLS', doc: 'a', paragraph: null, lead: null, quote: null, footnote: null, stance: 'neutral' } }],
    });
    expect(firstViewRequest(graph, 'fcose')).toEqual({
      name: 'fcose',
      nodes: [{ id: 'a', x: 0, y: 0, w: 26, h: 26, labelW: 11 }, { id: 'b', x: 0, y: 0, w: 56.5, h: 56.5, labelW: 11 }],
      edges: [{ id: 'a-b', source: 'a', target: 'b' }],
      fixed: [],
    });
  });

  it('puts a node where the plan says, else where a saved view left it, else on its ring', () => {
    const ring = { x: 1, y: 1 };
    expect(startingPosition('a', new Map([['a', { x: 5, y: 6 }]]), { a: { x: 7, y: 8 } }, ring)).toEqual({ x: 5, y: 6 });
    expect(startingPosition('a', new Map(), { a: { x: 7, y: 8 } }, ring)).toEqual({ x: 7, y: 8 });
    expect(startingPosition('a', null, undefined, ring)).toEqual(ring);
  });
});
