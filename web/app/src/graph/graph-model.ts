// The canvas's content as plain immutable data: what is on it, what is pinned, and the edits the
// explorer makes (add, remove, collapse). Cytoscape only mirrors this; undo keeps earlier snapshots.
import type { EdgeData, Elements, NodeData } from '../api/types.ts';

export interface GraphSnapshot {
  readonly nodes: ReadonlyMap<string, NodeData>;
  readonly edges: ReadonlyMap<string, EdgeData>;
  readonly pinned: ReadonlySet<string>;
}

export const emptyGraph: GraphSnapshot = { nodes: new Map(), edges: new Map(), pinned: new Set() };

/** Adds what is new; known nodes keep their data unless the incoming copy is fuller (a stub made whole). */
export function addElements(graph: GraphSnapshot, elements: Partial<Elements>): GraphSnapshot {
  const nodes = new Map(graph.nodes);
  for (const { data } of elements.nodes ?? []) {
    const known = nodes.get(data.id);
    if (!known || (known.stub && !data.stub) || (!known.title && data.title)) nodes.set(data.id, data);
  }
  const edges = new Map(graph.edges);
  for (const { data } of elements.edges ?? []) {
    if (nodes.has(data.source) && nodes.has(data.target) && !edges.has(data.id)) edges.set(data.id, data);
  }
  return { nodes, edges, pinned: graph.pinned };
}

/** Removes nodes and every edge that touches them. */
export function removeNodes(graph: GraphSnapshot, ids: Iterable<string>): GraphSnapshot {
  const gone = new Set(ids);
  const nodes = new Map([...graph.nodes].filter(([id]) => !gone.has(id)));
  const edges = new Map([...graph.edges].filter(([, edge]) => !gone.has(edge.source) && !gone.has(edge.target)));
  const pinned = new Set([...graph.pinned].filter((id) => !gone.has(id)));
  return { nodes, edges, pinned };
}

export function togglePin(graph: GraphSnapshot, id: string): GraphSnapshot {
  const pinned = new Set(graph.pinned);
  if (pinned.has(id)) pinned.delete(id);
  else pinned.add(id);
  return { ...graph, pinned };
}

/** Neighbour ids of a node: `out` what it points to, `in` what points to it, each once, in edge order. */
export function neighbourIds(graph: GraphSnapshot, id: string, direction: 'in' | 'out' | 'both'): string[] {
  const found = new Set<string>();
  for (const edge of graph.edges.values()) {
    if (direction !== 'in' && edge.source === id && edge.target !== id) found.add(edge.target);
    if (direction !== 'out' && edge.target === id && edge.source !== id) found.add(edge.source);
  }
  return [...found];
}

/**
 * What collapsing a node takes away: its neighbours that hang on it alone (no other edge on the
 * canvas) and are not pinned. The node itself and everything connected elsewhere stay.
 */
export function collapsible(graph: GraphSnapshot, id: string): string[] {
  return neighbourIds(graph, id, 'both').filter((other) => {
    if (graph.pinned.has(other)) return false;
    return neighbourIds(graph, other, 'both').every((n) => n === id);
  });
}

export function collapse(graph: GraphSnapshot, id: string): GraphSnapshot {
  return removeNodes(graph, collapsible(graph, id));
}
