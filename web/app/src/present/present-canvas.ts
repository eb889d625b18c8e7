// What presentation mode asks of the canvas: the larger style on every element, and a spotlight that
// marks a step and glides it to the centre.
import type { Core } from 'cytoscape';

export interface PresentCanvas {
  enter(): void;
  leave(): void;
  spotlight(node: string, edge: string | null, seen: readonly string[]): void;
}

const classes = 'presenting present-current present-link present-seen';

export function createPresentCanvas(cy: Core): PresentCanvas {
  return {
    enter() {
      cy.elements().not('.decor').addClass('presenting');
      cy.resize();
    },
    leave() {
      cy.stop(true, true);
      cy.elements().removeClass(classes);
      cy.resize();
    },
    spotlight(nodeId, edgeId, seen) {
      const node = cy.getElementById(nodeId);
      if (node.empty()) return;
      cy.batch(() => {
        cy.elements('.present-current, .present-link, .present-seen').removeClass('present-current present-link present-seen');
        for (const id of seen) cy.getElementById(id).addClass('present-seen');
        node.addClass('present-current');
        if (edgeId) cy.getElementById(edgeId).addClass('present-link');
      });
      cy.resize();
      cy.stop(true, true);
      // Zoom in to a readable scale if the view is far out, never out of one the presenter chose.
      cy.animate({ center: { eles: node }, zoom: Math.min(Math.max(cy.zoom(), 0.9), 1.6) }, { duration: 450, easing: 'ease-in-out-cubic' });
    },
  };
}
