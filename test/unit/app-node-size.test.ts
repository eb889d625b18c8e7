import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { canvasStyle } from '../../web/app/src/canvas/cy-style.ts';
import { drawnSize } from '../../web/app/src/canvas/node-size.ts';

describe('the drawn size of a node', () => {
  it('is what the canvas style sheet gives cytoscape to lay out, for stubs and whole nodes, past the top of the range', () => {
    const nodes = [0, 1, 7, 20, 39, 40, 41, 300].flatMap((citedBy) => [false, true].map((stub) => ({ id: `${citedBy}-${stub}`, type: 'resolution', citedBy, stub })));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: canvasStyle(), elements: nodes.map((data) => ({ group: 'nodes', data })) });
    for (const data of nodes) expect(drawnSize(data), data.id).toEqual(cy.getElementById(data.id).layoutDimensions({ nodeDimensionsIncludeLabels: false }));
    cy.destroy();
  });
});
