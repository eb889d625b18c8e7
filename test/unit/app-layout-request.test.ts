import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { decodePositions, encodePositions, fixedPositions, isDraft, largeView, layoutOptions, toElements, type LayoutRequest } from '../../web/app/src/canvas/layout-request.ts';
import { rendererFrom, rendererOptions } from '../../web/app/src/canvas/renderer.ts';

const request: LayoutRequest = {
  seq: 1,
  name: 'fcose',
  nodes: [
    { id: 'a', x: 0, y: 0, w: 28, h: 28, labelW: 20 },
    { id: 'b', x: 10, y: 5, w: 58, h: 58, labelW: 20 },
    { id: 'c', x: -4, y: 9, w: 28, h: 28, labelW: 20 },
  ],
  edges: [{ id: 'a-b', source: 'a', target: 'b' }, { id: 'b-c', source: 'b', target: 'c' }],
  fixed: ['b'],
};

describe('the layout worker message', () => {
  it('carries each node with its place and drawn size, and the edges', () => {
    const elements = toElements(request);
    expect(elements[1]).toEqual({ group: 'nodes', data: { id: 'b', w: 58, h: 58 }, position: { x: 10, y: 5 } });
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data)).toEqual(request.edges);
  });

  it('holds the fixed nodes where the request found them', () => {
    expect(fixedPositions(request)).toEqual([{ nodeId: 'b', position: { x: 10, y: 5 } }]);
  });

  it('gives the worker and the main thread the same options, apart from animation and fit', () => {
    const here = layoutOptions('fcose', { animate: true, fit: true, fixed: [] });
    const there = layoutOptions('fcose', { animate: false, fit: false, fixed: [] });
    expect({ ...here, animate: false, fit: false }).toEqual(there);
    expect(layoutOptions('fcose', { animate: false, fit: false, fixed: fixedPositions(request) }).fixedNodeConstraint).toEqual([{ nodeId: 'b', position: { x: 10, y: 5 } }]);
    expect(layoutOptions('dagre', { animate: false, fit: true, fixed: [] })).toMatchObject({ name: 'dagre', rankDir: 'RL', fit: true });
  });

  it('answers positions that round-trip, leaving out any that are not finite', () => {
    const xy = encodePositions(['a', 'b', 'c'], (id) => ({ a: { x: 1.5, y: -2 }, b: { x: Number.NaN, y: 0 }, c: { x: 3, y: 4 } })[id]!);
    expect([...xy]).toEqual([1.5, -2, Number.NaN, 0, 3, 4]);
    expect(decodePositions(['a', 'b', 'c'], xy)).toEqual(new Map([['a', { x: 1.5, y: -2 }], ['c', { x: 3, y: 4 }]]));
  });

  it('lays out a headless copy as the worker does, keeping the fixed node in place and sizing nodes from the message', () => {
    cytoscape.use(fcose);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', 'border-width': 0 } }] as never, elements: toElements(request) as never });
    expect(cy.getElementById('b').layoutDimensions({})).toEqual({ w: 58, h: 58 });
    cy.layout(layoutOptions('fcose', { animate: false, fit: false, fixed: fixedPositions(request) }) as never).run();
    const b = cy.getElementById('b').position();
    expect(b.x).toBeCloseTo(10, 0);
    expect(b.y).toBeCloseTo(5, 0);
    expect(cy.getElementById('a').position()).not.toEqual({ x: 0, y: 0 });
    cy.destroy();
  });
});

describe('a large view', () => {
  const settings = { animate: false, fit: false, fixed: [] };
  it('takes the draft on its first fcose layout; growing, below the threshold, or in dagre it takes the layout itself', () => {
    expect(isDraft('fcose', { ...settings, nodes: largeView + 1 })).toBe(true);
    expect(isDraft('fcose', { ...settings, nodes: largeView })).toBe(false);
    expect(isDraft('dagre', { ...settings, nodes: largeView + 1 })).toBe(false);
    expect(isDraft('fcose', { ...settings, nodes: largeView + 1, fixed: [{ nodeId: 'a', position: { x: 0, y: 0 } }] })).toBe(false);
    expect(layoutOptions('fcose', { ...settings, nodes: largeView + 1 })).toMatchObject({ quality: 'default', randomize: false });
  });
});

describe('the renderer', () => {
  it('is the 2D canvas unless the address asks for WebGL', () => {
    expect(rendererFrom('')).toBe('canvas');
    expect(rendererFrom('?n=A%2FRES%2F64%2F25&renderer=webgl')).toBe('webgl');
    expect(rendererOptions('webgl')).toEqual({ webgl: true });
    expect(rendererOptions('canvas')).toEqual({ webgl: false });
  });
});
