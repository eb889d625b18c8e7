// What a force or hierarchy layout needs, as plain data: the same options on the main thread and in the
// layout worker, the message the worker gets, and the positions it answers with. No cytoscape here.

export type WorkerLayoutName = 'fcose' | 'dagre';

export interface Point {
  x: number;
  y: number;
}

/** A node as the layout sees it: where it stands and how big it is drawn (fcose and dagre keep nodes apart by size). */
export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The drawn width of its label: a large view's draft keeps labels apart too. */
  labelW: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface LayoutRequest {
  /** Matches an answer to its request. */
  seq: number;
  name: WorkerLayoutName;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Nodes that keep their place: pinned ones, or all but the new ones when the canvas grows. */
  fixed: string[];
}

/** Positions in the order of `ids`, x and y interleaved, so 2,000 nodes cost one small transferable buffer. */
export type LayoutAnswer = { seq: number; ids: string[]; xy: Float64Array; ms: number } | { seq: number; error: string };

export interface LayoutSettings {
  animate: boolean;
  fit: boolean;
  /** Nodes held where they are, with the place they are held at. */
  fixed: { nodeId: string; position: Point }[];
  /** How many nodes take part; a first layout of a large view takes the quick spectral pass. */
  nodes?: number;
}

/**
 * Past this many nodes, a layout in the worker that holds nothing fixed is the draft of draft/draft-layout.ts:
 * fcose's force pass grows with the square of the nodes (500 took 6.5 s on one core, 2,000 did not end in
 * 5 minutes), and even its spectral draft took 0.6 s for 2,000 nodes, piling them on top of one another.
 */
export const largeView = 600;
export const idealEdgeLength = 110;

export function isDraft(name: WorkerLayoutName, settings: LayoutSettings): boolean {
  return name === 'fcose' && (settings.nodes ?? 0) > largeView && settings.fixed.length === 0;
}

/** The options of each layout, in one place: the main thread runs them as given, the worker without animation or fit. */
export function layoutOptions(name: WorkerLayoutName, settings: LayoutSettings): Record<string, unknown> {
  if (name === 'dagre') {
    return { name: 'dagre', rankDir: 'RL', nodeSep: 30, rankSep: 90, animate: settings.animate, animationDuration: 400, fit: settings.fit, padding: 50 };
  }
  return {
    name: 'fcose',
    quality: 'default',
    // Start from where nodes are, so a new layout refines the picture the user already has.
    randomize: false,
    animate: settings.animate,
    animationDuration: 400,
    fit: settings.fit,
    padding: 50,
    nodeRepulsion: 9000,
    idealEdgeLength,
    nodeSeparation: 90,
    fixedNodeConstraint: settings.fixed,
  };
}

/** The worker's copy of the graph, as cytoscape element definitions; width and height travel as data. */
export function toElements(request: Pick<LayoutRequest, 'nodes' | 'edges'>): { group: 'nodes' | 'edges'; data: Record<string, unknown>; position?: Point }[] {
  return [
    ...request.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
    ...request.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ];
}

/** The fixed nodes with the positions the request gave them. */
export function fixedPositions(request: Pick<LayoutRequest, 'nodes' | 'fixed'>): LayoutSettings['fixed'] {
  const fixed = new Set(request.fixed);
  return request.nodes.filter((n) => fixed.has(n.id)).map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } }));
}

export function encodePositions(ids: string[], at: (id: string) => Point): Float64Array {
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = at(id);
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  return xy;
}

/** The answer as a map; non-finite coordinates (a layout that blew up) are left out, so those nodes stay put. */
export function decodePositions(ids: readonly string[], xy: Float64Array): Map<string, Point> {
  const positions = new Map<string, Point>();
  ids.forEach((id, i) => {
    const x = xy[2 * i]!;
    const y = xy[2 * i + 1]!;
    if (Number.isFinite(x) && Number.isFinite(y)) positions.set(id, { x, y });
  });
  return positions;
}
