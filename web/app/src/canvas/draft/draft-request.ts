// A layout request, as the worker gets it, laid out by the draft: ids become indices, and back.
import { idealEdgeLength, type LayoutRequest } from '../layout-request.ts';
import { draftLayout } from './draft-layout.ts';

/** Enough force steps to show hubs with their neighbours around them; more barely change the picture. */
const forceIterations = 20;
/** Room for four times the nodes' and labels' area: the overlap pass then finds free spots close by. */
const room = 4;

/** Positions in the order of `request.nodes`, x and y interleaved. */
export function draftPositions(request: Pick<LayoutRequest, 'nodes' | 'edges'>): Float64Array {
  const index = new Map(request.nodes.map((n, i) => [n.id, i]));
  const pairs: [number, number][] = [];
  for (const e of request.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a !== undefined && b !== undefined) pairs.push([a, b]);
  }
  return draftLayout(request.nodes, pairs, { unit: idealEdgeLength, forceIterations, room });
}
