// How edges are drawn: bezier edges bend apart when two nodes share several edges, which costs a search for
// parallel edges on every change; past a large view's size they are haystacks instead, cytoscape's cheapest
// edges: straight, with arrows mid-line (on the canvas bench's 2,000 nodes and 4,500 edges the bezier geometry
// took about 0.5 s of the first frame, and haystacks drew the first frame 8% sooner than straight edges).
import { largeView } from './layout-request.ts';

export type EdgeCurve = 'bezier' | 'haystack';

/** Below this, a view that was large is small again; between the two it keeps its curve, so it does not flip-flop. */
const smallAgain = Math.round(largeView * 0.75);

export function edgeCurveFor(nodes: number, current: EdgeCurve): EdgeCurve {
  if (nodes > largeView) return 'haystack';
  if (nodes < smallAgain) return 'bezier';
  return current;
}
