// A large first view (a reopened link or saved view of many nodes) is laid out before it is drawn: drawn first,
// cytoscape would draw all of it twice, once on rings around the centre and once where the layout puts it.
// The worker plans it from the graph's own data; the canvas then adds every node where it belongs.
import type { GraphSnapshot } from '../graph/graph-model.ts';
import type { LayoutName } from '../graph/view-url.ts';
import { largeView, type LayoutRequest, type Point, type WorkerLayoutName } from './layout-request.ts';
import { drawnSize, labelWidth } from './node-size.ts';

/** Whether the canvas, still empty, should lay these nodes out before drawing them. */
export function plansFirstView(layout: LayoutName, canvasEmpty: boolean, nodes: number): layout is WorkerLayoutName {
  return canvasEmpty && nodes > largeView && (layout === 'fcose' || layout === 'dagre');
}

/** Whether the canvas, still empty, should place these nodes on the timeline as it adds them, rather than lay them out after. */
export function placesTimelineFirst(layout: LayoutName, canvasEmpty: boolean, nodes: number): boolean {
  return canvasEmpty && nodes > largeView && layout === 'chronological';
}

/** The worker's request for the whole graph, every node at the origin with its drawn size, nothing fixed. */
export function firstViewRequest(graph: GraphSnapshot, name: WorkerLayoutName): Omit<LayoutRequest, 'seq'> {
  return {
    name,
    nodes: [...graph.nodes.values()].map((n) => ({ id: n.id, x: 0, y: 0, ...drawnSize(n), labelW: labelWidth(n.label) })),
    edges: [...graph.edges.values()].map((e) => ({ id: e.id, source: e.source, target: e.target })),
    fixed: [],
  };
}

/** Where a new node goes: the planned place, else a saved one, else the ring place it was given. */
export function startingPosition(id: string, planned: ReadonlyMap<string, Point> | null, saved: Record<string, Point> | undefined, ring: Point): Point {
  return planned?.get(id) ?? saved?.[id] ?? ring;
}
