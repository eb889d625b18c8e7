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
 * Past this many nodes, a layout that holds nothing fixed is fcose's spectral draft, spread afterwards to
 * the ideal edge length: its force pass grows with the square of the nodes (500 took 6.5 s on one core,
 * 2,000 did not end in 5 minutes), the draft of 500 took 0.5 s.
 */
export const largeView = 600;
const idealEdgeLength = 110;

export function isDraft(name: WorkerLayoutName, settings: LayoutSettings): boolean {
  return name === 'fcose' && (settings.nodes ?? 0) > largeView && settings.fixed.length === 0;
}

/** The options of each layout, in one place: the main thread runs them as given, the worker without animation or fit. */
export function layoutOptions(name: WorkerLayoutName, settings: LayoutSettings): Record<string, unknown> {
  if (name === 'dagre') {
    return { name: 'dagre', rankDir: 'RL', nodeSep: 30, rankSep: 90, animate: settings.animate, animationDuration: 400, fit: settings.fit, padding: 50 };
  }
  const draft = isDraft(name, settings);
  return {
    name: 'fcose',
    quality: draft ? 'draft' : 'default',
    // Start from where nodes are, so a new layout refines the picture the user already has (the draft starts afresh).
    randomize: draft,
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

/**
 * The spectral draft packs nodes tightly: scales positions (x, y interleaved) about their centre so that the
 * median edge is the ideal length. Returns a new array; leaves it as it is when no edge has a length.
 */
export function spreadToEdgeLength(ids: readonly string[], xy: Float64Array, edges: readonly Pick<LayoutEdge, 'source' | 'target'>[]): Float64Array {
  const index = new Map(ids.map((id, i) => [id, i]));
  const lengths: number[] = [];
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a === undefined || b === undefined || a === b) continue;
    const length = Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
    if (length > 0) lengths.push(length);
  }
  const out = new Float64Array(xy);
  if (lengths.length === 0) return out;
  lengths.sort((p, q) => p - q);
  const factor = idealEdgeLength / lengths[Math.floor(lengths.length / 2)]!;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ids.length; i++) {
    cx += xy[2 * i]! / ids.length;
    cy += xy[2 * i + 1]! / ids.length;
  }
  for (let i = 0; i < ids.length; i++) {
    out[2 * i] = cx + (xy[2 * i]! - cx) * factor;
    out[2 * i + 1] = cy + (xy[2 * i + 1]! - cy) * factor;
  }
  return out;
}
