import { describe, expect, it } from 'vitest';
import { draftLayout, labelDrop, type DraftNode } from '../../web/app/src/canvas/draft/draft-layout.ts';
import { draftPositions } from '../../web/app/src/canvas/draft/draft-request.ts';
import { adjacency, components, hops } from '../../web/app/src/canvas/draft/graph-arrays.ts';
import { removeOverlaps, type Box } from '../../web/app/src/canvas/draft/overlap.ts';
import { packRows } from '../../web/app/src/canvas/draft/pack.ts';

const options = { unit: 110, forceIterations: 20, room: 4 };
const boxOf = (n: DraftNode): Box => ({ w: Math.max(n.w, n.labelW), h: n.h + labelDrop, dy: labelDrop / 2 });

/** Pairs of boxes (node with its label) that overlap, by a sweep along x. */
function overlaps(xy: Float64Array, boxes: readonly Box[]): [number, number][] {
  const order = boxes.map((_, i) => i).sort((a, b) => xy[2 * a]! - boxes[a]!.w / 2 - (xy[2 * b]! - boxes[b]!.w / 2));
  const found: [number, number][] = [];
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    for (let q = p + 1; q < order.length; q++) {
      const j = order[q]!;
      if (xy[2 * j]! - boxes[j]!.w / 2 >= xy[2 * i]! + boxes[i]!.w / 2) break;
      if (Math.abs(xy[2 * i + 1]! + boxes[i]!.dy - xy[2 * j + 1]! - boxes[j]!.dy) < (boxes[i]!.h + boxes[j]!.h) / 2) found.push([i, j]);
    }
  }
  return found;
}

/** Hubs, each cited by hundreds of leaves and by nodes citing two hubs: the shape of the canvas bench's view. */
function hubGraph(hubs: number, leaves: number, bridges: number): { nodes: DraftNode[]; pairs: [number, number][] } {
  const nodes: DraftNode[] = [];
  const pairs: [number, number][] = [];
  for (let h = 0; h < hubs; h++) nodes.push({ w: 56, h: 56, labelW: 46 });
  for (let h = 1; h < hubs; h++) pairs.push([h, h - 1]);
  for (let i = 0; i < leaves; i++) {
    pairs.push([nodes.length, i % hubs]);
    nodes.push({ w: 26, h: 26, labelW: 46 });
  }
  for (let i = 0; i < bridges; i++) {
    pairs.push([nodes.length, i % hubs], [nodes.length, (i * 7 + 3) % hubs]);
    nodes.push({ w: 30, h: 30, labelW: 60 });
  }
  return { nodes, pairs };
}

const distance = (xy: Float64Array, a: number, b: number) => Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);

describe('the draft layout of a large view', () => {
  it('lays 2,000 nodes out with no node or label over another, in well under a second', () => {
    const { nodes, pairs } = hubGraph(20, 1200, 780);
    const started = performance.now();
    const xy = draftLayout(nodes, pairs, options);
    const ms = performance.now() - started;
    expect([...xy].every(Number.isFinite)).toBe(true);
    expect(overlaps(xy, nodes.map(boxOf))).toEqual([]);
    // A loaded two-core machine runs it in about 0.25 s; a hang or a quadratic pass would take many seconds.
    expect(ms).toBeLessThan(3000);
  });

  it('keeps what is linked close: a leaf stands nearer its hub than nodes stand to one another on average', () => {
    const { nodes, pairs } = hubGraph(8, 400, 100);
    const xy = draftLayout(nodes, pairs, options);
    const leafEdges = pairs.slice(7, 407);
    const linked = leafEdges.reduce((sum, [a, b]) => sum + distance(xy, a, b), 0) / leafEdges.length;
    let any = 0;
    for (let i = 0; i < 400; i++) any += distance(xy, 8 + i, 8 + ((i * 37 + 11) % 400));
    expect(linked).toBeLessThan(any / 400 / 1.5);
    // Spread, not piled up: nodes stand at least a node apart, and edges are about as long as asked.
    const lengths = pairs.map(([a, b]) => distance(xy, a, b)).sort((p, q) => p - q);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(options.unit / 2);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThan(options.unit * 6);
  });

  it('sets disconnected pieces apart and gives the same answer each time', () => {
    const nodes: DraftNode[] = Array.from({ length: 700 }, () => ({ w: 26, h: 26, labelW: 40 }));
    // 100 triangles and 400 nodes on their own.
    const pairs: [number, number][] = [];
    for (let t = 0; t < 100; t++) pairs.push([3 * t, 3 * t + 1], [3 * t + 1, 3 * t + 2], [3 * t + 2, 3 * t]);
    const xy = draftLayout(nodes, pairs, options);
    expect(overlaps(xy, nodes.map(boxOf))).toEqual([]);
    expect([...draftLayout(nodes, pairs, options)]).toEqual([...xy]);
    // Each triangle stays together.
    for (let t = 0; t < 100; t++) expect(distance(xy, 3 * t, 3 * t + 1)).toBeLessThan(options.unit * 3);
  });

  it('answers a worker request in the order of its nodes', () => {
    const request = {
      nodes: [{ id: 'a', x: 0, y: 0, w: 26, h: 26, labelW: 30 }, { id: 'b', x: 0, y: 0, w: 26, h: 26, labelW: 30 }, { id: 'c', x: 0, y: 0, w: 26, h: 26, labelW: 30 }],
      edges: [{ id: 'a-b', source: 'a', target: 'b' }, { id: 'b-gone', source: 'b', target: 'gone' }],
    };
    const xy = draftPositions(request);
    expect(xy).toHaveLength(6);
    expect([...xy].every(Number.isFinite)).toBe(true);
    expect(overlaps(xy, request.nodes.map(boxOf))).toEqual([]);
  });
});

describe('its parts', () => {
  it('finds connected components, largest first', () => {
    const g = adjacency(7, [[0, 1], [2, 3], [3, 4], [4, 2], [5, 5]]);
    expect(components(g).map((c) => [...c])).toEqual([[2, 3, 4], [0, 1], [5], [6]]);
  });

  it('counts hops from a node, -1 for the nodes it cannot reach, whatever the arrays held before', () => {
    const g = adjacency(6, [[0, 1], [1, 2], [2, 3], [0, 3], [4, 5]]);
    const dist = new Int32Array(6).fill(7);
    const queue = new Int32Array(6);
    hops(g, 1, dist, queue);
    expect([...dist]).toEqual([1, 0, 1, 2, -1, -1]);
    hops(g, 5, dist, queue);
    expect([...dist]).toEqual([-1, -1, -1, -1, 1, 0]);
  });

  it('parts a crowd of 300 nodes on one spot, the first set down keeping its place', () => {
    const xy = new Float64Array(600).fill(50);
    const boxes = Array.from({ length: 300 }, (_, i) => ({ w: i === 0 ? 60 : 30, h: 40, dy: 8 }));
    removeOverlaps(xy, boxes, boxes.map((_, i) => i));
    expect(overlaps(xy, boxes)).toEqual([]);
    expect([xy[0], xy[1]]).toEqual([50, 50]);
  });

  it('packs pieces in rows without laying one over another', () => {
    const extents = [{ x1: 0, y1: 0, x2: 500, y2: 400 }, ...Array.from({ length: 30 }, () => ({ x1: -20, y1: -10, x2: 20, y2: 30 }))];
    const placed = packRows(extents).map((s, i) => ({ x1: extents[i]!.x1 + s.dx, x2: extents[i]!.x2 + s.dx, y1: extents[i]!.y1 + s.dy, y2: extents[i]!.y2 + s.dy }));
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        expect(a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1, `${i} and ${j}`).toBe(true);
      }
    }
  });
});
