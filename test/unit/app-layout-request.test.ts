import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { decodePositions, encodePositions, fixedPositions, largeView, layoutOptions, spreadToEdgeLength, toElements, type LayoutRequest } from '../../web/app/src/canvas/layout-request.ts';
import { rendererFrom, rendererOptions } from '../../web/app/src/canvas/renderer.ts';

const request: LayoutRequest = {
  seq: 1,
  name: 'fcose',
  nodes: [
    { id: 'a', x: 0, y: 0, w: 28, h: 28 },
    { id: 'b', x: 10, y: 5, w: 58, h: 58 },
    { id: 'c', x: -4, y: 9, w: 28, h: 28 },
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
  it('takes the spectral draft on its first layout, and the force pass when it grows or below the threshold', () => {
    expect(layoutOptions('fcose', { ...settings, nodes: largeView + 1 })).toMatchObject({ quality: 'draft', randomize: true });
    expect(layoutOptions('fcose', { ...settings, nodes: largeView })).toMatchObject({ quality: 'default', randomize: false });
    const growing = { ...settings, nodes: largeView + 1, fixed: [{ nodeId: 'a', position: { x: 0, y: 0 } }] };
    expect(layoutOptions('fcose', growing)).toMatchObject({ quality: 'default', randomize: false });
  });

  it('is spread about its centre until the median edge has the ideal length', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const xy = new Float64Array([0, 0, 10, 0, 0, 10, 5, 5]);
    const edges = [{ source: 'a', target: 'b' }, { source: 'a', target: 'c' }, { source: 'b', target: 'c' }];
    const out = spreadToEdgeLength(ids, xy, edges);
    const length = (i: number, j: number) => Math.hypot(out[2 * i]! - out[2 * j]!, out[2 * i + 1]! - out[2 * j + 1]!);
    expect([length(0, 1), length(0, 2), length(1, 2)].sort((p, q) => p - q)[1]).toBeCloseTo(110, 6);
    // The centre stays put and the shape only scales.
    expect((out[0]! + out[2]! + out[4]! + out[6]!) / 4).toBeCloseTo(3.75, 6);
    expect(length(0, 1) / length(0, 2)).toBeCloseTo(1, 6);
    expect(spreadToEdgeLength(ids, xy, [])).toEqual(xy);
  });

  // The force pass on 1,000 nodes would outlast the test's timeout; the draft ends well within it.
  it('lays out 1,000 nodes headless within the test timeout, spread to a readable size', () => {
    cytoscape.use(fcose);
    const n = 1000;
    const elements = [];
    for (let i = 0; i < n; i++) elements.push({ group: 'nodes' as const, data: { id: `n${i}` }, position: { x: (i % 40) * 3, y: Math.floor(i / 40) * 3 } });
    for (let i = 1; i < n; i++) elements.push({ group: 'edges' as const, data: { id: `e${i}`, source: `n${i}`, target: `n${(i * 7) % i}` } });
    const cy = cytoscape({ headless: true, styleEnabled: true, elements });
    cy.layout(layoutOptions('fcose', { ...settings, nodes: n }) as never).run();
    const ids = cy.nodes().map((node) => node.id());
    const spread = spreadToEdgeLength(ids, encodePositions(ids, (id) => cy.getElementById(id).position()), elements.filter((e) => e.group === 'edges').map((e) => e.data as { source: string; target: string }));
    const box = { w: Math.max(...spread.filter((_, i) => i % 2 === 0)) - Math.min(...spread.filter((_, i) => i % 2 === 0)) };
    expect(box.w).toBeGreaterThan(1000);
    cy.destroy();
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
