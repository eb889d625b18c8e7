// A large view for the canvas bench, gathered through the real API the way a user grows one: expand the most
// cited document, then its neighbours in turn (breadth first), until the view holds `size` nodes; then, as a
// reopened link does, the edges among them all.
import type { EdgeData, Elements, NodeData } from '../../graph/model/elements.ts';

export interface BenchView {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
  /** Nodes whose neighbours the API did not return. */
  failed: string[];
}

export async function gatherView(base: string, seed: string, size: number): Promise<BenchView> {
  const nodes = new Map<string, NodeData>();
  const edges = new Map<string, EdgeData>();
  const failed: string[] = [];
  const neighbours = async (id: string, direction: 'both' | 'out'): Promise<Elements> => {
    const response = await fetch(`${base}/api/nodes/${encodeURIComponent(id)}/neighbours?direction=${direction}&limit=500`);
    if (response.ok) return ((await response.json()) as { elements: Elements }).elements;
    // A node the API cannot answer for stays in the view without its own edges (the failures are reported).
    failed.push(`${id}: ${response.status}`);
    return { nodes: [], edges: [] };
  };
  const queue = [seed];
  let expanded = 0;
  for (; expanded < queue.length && nodes.size < size; expanded += 1) {
    const elements = await neighbours(queue[expanded]!, 'both');
    for (const { data } of elements.nodes) {
      if (nodes.has(data.id) || nodes.size >= size) continue;
      queue.push(data.id);
      nodes.set(data.id, data);
    }
    for (const { data } of elements.edges) edges.set(data.id, data);
  }
  const rest = [...nodes.keys()].filter((id) => !queue.slice(0, expanded).includes(id));
  for (let i = 0; i < rest.length; i += 8) {
    for (const elements of await Promise.all(rest.slice(i, i + 8).map((id) => neighbours(id, 'out')))) {
      for (const { data } of elements.edges) edges.set(data.id, data);
    }
  }
  // Only edges between nodes of the view: the rest would point at nothing on the canvas.
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()].map((data) => ({ data })), edges: kept.map((data) => ({ data })), failed };
}
