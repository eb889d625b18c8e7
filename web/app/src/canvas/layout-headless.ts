// The worker's fcose and dagre: a headless cytoscape copy of the graph, laid out as the main thread would.
// Its own module, loaded on the first such request, so a worker asked only for a large view's draft starts
// without parsing cytoscape and both layouts.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { encodePositions, layoutOptions, toElements, type LayoutRequest, type LayoutSettings } from './layout-request.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);

// Headless has no renderer, but the style still sizes nodes: both layouts read each node's drawn width and height.
const sizes = [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', 'border-width': 0, label: '' } }];

/** Positions in the order of `request.nodes`, x and y interleaved. */
export function layoutHeadless(request: LayoutRequest, settings: LayoutSettings): Float64Array {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: sizes as never, elements: toElements(request) as never });
  try {
    cy.layout(layoutOptions(request.name, settings) as never).run();
    return encodePositions(request.nodes.map((n) => n.id), (id) => cy.getElementById(id).position());
  } finally {
    cy.destroy();
  }
}
