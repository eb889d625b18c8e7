// The draft layout of a large view, computed without cytoscape: each connected piece placed by pivot MDS
// and refined by a short force pass, the pieces set in rows, then nodes and their labels moved apart until
// none overlaps another. On the canvas bench's 2,000 nodes it takes a fraction of fcose's spectral draft.
import { adjacency, components, degreeOf } from './graph-arrays.ts';
import { forcePass } from './force-pass.ts';
import { removeOverlaps, type Box } from './overlap.ts';
import { packRows, type Extent } from './pack.ts';
import { pivotMds } from './pivot-mds.ts';
import { spreadTwins } from './twins.ts';

export interface DraftNode {
  w: number;
  h: number;
  /** The drawn width of the node's label, which hangs below it. */
  labelW: number;
}

export interface DraftOptions {
  /** The length edges are drawn at. */
  unit: number;
  forceIterations: number;
  /** How many times the area of the nodes and their labels the drawing takes at least. */
  room: number;
}

/** Under the node: the label's margin, one line of text and its background padding. */
export const labelDrop = 22;

export function draftLayout(nodes: readonly DraftNode[], pairs: readonly (readonly [number, number])[], options: DraftOptions): Float64Array {
  const g = adjacency(nodes.length, pairs);
  const xy = new Float64Array(nodes.length * 2);
  const boxes: Box[] = nodes.map((n) => ({ w: Math.max(n.w, n.labelW), h: n.h + labelDrop, dy: labelDrop / 2 }));
  const pieces = components(g);
  const spacing = Math.sqrt(boxes.reduce((sum, b) => sum + b.w * b.h, 0) / Math.max(1, boxes.length)) * 1.3;
  const extents: Extent[] = [];
  for (const members of pieces) {
    pivotMds(g, members, options.unit, xy);
    spreadTwins(g, members, xy, spacing);
    forcePass(g, members, xy, { unit: options.unit, iterations: options.forceIterations });
    extents.push(extentOf(members, xy, boxes));
  }
  const shifts = packRows(extents);
  pieces.forEach((members, p) => {
    for (const m of members) {
      xy[2 * m]! += shifts[p]!.dx;
      xy[2 * m + 1]! += shifts[p]!.dy;
    }
  });
  loosen(xy, boxes, options.room);
  // The most connected keep their places; the nodes around them find room nearby.
  const order = nodes.map((_, i) => i).sort((a, b) => degreeOf(g, b) - degreeOf(g, a) || a - b);
  removeOverlaps(xy, boxes, order);
  return xy;
}

/**
 * Spreads the drawing about its centre until it is `room` times the area its boxes need: pushed apart
 * from a crowd, boxes would take many passes to settle; with room to spare a few passes part them.
 */
function loosen(xy: Float64Array, boxes: readonly Box[], room: number): void {
  const n = boxes.length;
  if (n < 2) return;
  let need = 0;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < n; i++) {
    need += boxes[i]!.w * boxes[i]!.h;
    x1 = Math.min(x1, xy[2 * i]!);
    x2 = Math.max(x2, xy[2 * i]!);
    y1 = Math.min(y1, xy[2 * i + 1]!);
    y2 = Math.max(y2, xy[2 * i + 1]!);
  }
  const have = Math.max(1, (x2 - x1) * (y2 - y1));
  const factor = Math.sqrt((room * need) / have);
  if (factor <= 1) return;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  for (let i = 0; i < n; i++) {
    xy[2 * i] = cx + (xy[2 * i]! - cx) * factor;
    xy[2 * i + 1] = cy + (xy[2 * i + 1]! - cy) * factor;
  }
}

function extentOf(members: Int32Array, xy: Float64Array, boxes: readonly Box[]): Extent {
  const e = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const m of members) {
    const b = boxes[m]!;
    e.x1 = Math.min(e.x1, xy[2 * m]! - b.w / 2);
    e.x2 = Math.max(e.x2, xy[2 * m]! + b.w / 2);
    e.y1 = Math.min(e.y1, xy[2 * m + 1]! + b.dy - b.h / 2);
    e.y2 = Math.max(e.y2, xy[2 * m + 1]! + b.dy + b.h / 2);
  }
  return e;
}
