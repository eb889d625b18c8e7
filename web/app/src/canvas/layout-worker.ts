// The layout worker: fcose and dagre on a headless cytoscape copy of the graph, off the page's main thread.
// It answers each request with the nodes' final positions; the page moves its nodes there with a preset layout.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { encodePositions, fixedPositions, isDraft, layoutOptions, spreadToEdgeLength, toElements, type LayoutAnswer, type LayoutRequest } from './layout-request.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);

// Headless has no renderer, but the style still sizes nodes: both layouts read each node's drawn width and height.
const sizes = [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', 'border-width': 0, label: '' } }];

function run(request: LayoutRequest): LayoutAnswer {
  const started = performance.now();
  const cy = cytoscape({ headless: true, styleEnabled: true, style: sizes as never, elements: toElements(request) as never });
  try {
    const settings = { animate: false, fit: false, fixed: fixedPositions(request), nodes: request.nodes.length };
    cy.layout(layoutOptions(request.name, settings) as never).run();
    const ids = request.nodes.map((n) => n.id);
    const drawn = encodePositions(ids, (id) => cy.getElementById(id).position());
    const xy = isDraft(request.name, settings) ? spreadToEdgeLength(ids, drawn, request.edges) : drawn;
    return { seq: request.seq, ids, xy, ms: performance.now() - started };
  } finally {
    cy.destroy();
  }
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  let answer: LayoutAnswer;
  try {
    answer = run(event.data);
  } catch (error) {
    answer = { seq: event.data.seq, error: (error as Error).message };
  }
  (self as unknown as Worker).postMessage(answer, 'xy' in answer ? [answer.xy.buffer] : []);
};
