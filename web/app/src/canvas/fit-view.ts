// The zoom and pan that fit a set of nodes in the canvas, from their centres and sizes alone. cytoscape's own fit
// measures every element's bounds, labels and edges included, which for a large view first drawn costs more than
// drawing it (labels are not drawn that far out, and edges end at the nodes).
import type { Point } from './layout-request.ts';

export interface Placed extends Point {
  w: number;
  h: number;
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

export function fitView(nodes: readonly Placed[], size: { width: number; height: number }, padding: number, zoomRange: { min: number; max: number }): Viewport | null {
  if (nodes.length === 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.x - n.w / 2);
    x2 = Math.max(x2, n.x + n.w / 2);
    y1 = Math.min(y1, n.y - n.h / 2);
    y2 = Math.max(y2, n.y + n.h / 2);
  }
  const fitted = Math.min((size.width - 2 * padding) / (x2 - x1), (size.height - 2 * padding) / (y2 - y1));
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, Number.isFinite(fitted) && fitted > 0 ? fitted : zoomRange.max));
  return { zoom, pan: { x: (size.width - zoom * (x1 + x2)) / 2, y: (size.height - zoom * (y1 + y2)) / 2 } };
}
