// The order a presentation walks a chain in: from its root, breadth first along the chain's own
// edges (either direction), nearer steps first and older documents first among equals. Each step
// names the edge that links it to a node already shown, whose quote the caption reads out.
import type { EdgeData, NodeData } from '../api/types.ts';
import { edgeLooks } from '../canvas/visuals.ts';
import type { GraphSnapshot } from '../graph/graph-model.ts';

export interface Step {
  node: string;
  /** The edge to this node from one shown before; null for the first. */
  edge: string | null;
}

export interface Chain {
  nodes: readonly string[];
  edges: readonly string[];
}

/** The chain to present: the highlighted one, else the citations among everything on the canvas. */
export function chainOf(graph: GraphSnapshot, highlight: Chain | null): Chain {
  if (highlight && highlight.nodes.length) return highlight;
  const citations = [...graph.edges.values()].filter((e) => e.type === 'RECALLS' || e.type === 'CITES');
  return { nodes: [...graph.nodes.keys()], edges: citations.map((e) => e.id) };
}

/** Where a chain starts: the chosen node if it is on it, else one nothing on the chain points to. */
export function rootOf(graph: GraphSnapshot, chain: Chain, chosen: string | null): string | null {
  const on = chain.nodes.filter((id) => graph.nodes.has(id));
  if (chosen && on.includes(chosen)) return chosen;
  const targets = new Set(chain.edges.map((id) => graph.edges.get(id)?.target));
  return on.find((id) => !targets.has(id)) ?? on[0] ?? null;
}

function byDate(a: NodeData | undefined, b: NodeData | undefined): number {
  return (a?.date ?? '9999').localeCompare(b?.date ?? '9999') || (a?.label ?? '').localeCompare(b?.label ?? '');
}

export function toSteps(graph: GraphSnapshot, chain: Chain, root: string | null): Step[] {
  if (!root || !graph.nodes.has(root)) return [];
  const onChain = new Set(chain.nodes);
  const links = new Map<string, EdgeData[]>();
  for (const id of chain.edges) {
    const edge = graph.edges.get(id);
    if (!edge || !onChain.has(edge.source) || !onChain.has(edge.target)) continue;
    for (const end of [edge.source, edge.target]) links.set(end, [...(links.get(end) ?? []), edge]);
  }
  const steps: Step[] = [{ node: root, edge: null }];
  const seen = new Set([root]);
  for (let i = 0; i < steps.length; i += 1) {
    const here = steps[i]!.node;
    const next = (links.get(here) ?? [])
      .map((edge) => ({ edge, other: edge.source === here ? edge.target : edge.source }))
      .filter(({ other }) => !seen.has(other) && graph.nodes.has(other))
      .sort((a, b) => byDate(graph.nodes.get(a.other), graph.nodes.get(b.other)));
    for (const { edge, other } of next) {
      if (seen.has(other)) continue;
      seen.add(other);
      steps.push({ node: other, edge: edge.id });
    }
  }
  return steps;
}

export interface Caption {
  /** "64/25 recalls 53/70", or the first node's label. */
  heading: string;
  title: string | null;
  quote: string | null;
  /** Where the quote is: "In A/RES/64/25, paragraph pp3 (Recalling)". */
  source: string | null;
}

export function captionOf(graph: GraphSnapshot, step: Step): Caption {
  const node = graph.nodes.get(step.node);
  const edge = step.edge ? graph.edges.get(step.edge) : undefined;
  const title = [node?.title, node?.date].filter(Boolean).join(' · ') || null;
  if (!edge) return { heading: node?.label ?? step.node, title, quote: null, source: null };
  const label = (id: string) => graph.nodes.get(id)?.label ?? id;
  const where = edge.doc ? `In ${edge.doc}${edge.paragraph ? `, paragraph ${edge.paragraph}` : ''}${edge.lead ? ` (${edge.lead})` : ''}` : null;
  return { heading: `${label(edge.source)} ${edgeLooks[edge.type].label} ${label(edge.target)}`, title, quote: edge.quote, source: where };
}
