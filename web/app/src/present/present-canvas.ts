// What presentation mode asks of the canvas: the larger style on every element, and a spotlight that
// marks a step and glides it to the centre.
import type { Core } from 'cytoscape';

export interface PresentCanvas {
  enter(): void;
  leave(): void;
  /** Marks a step and glides its node to the middle of the part of the canvas above `bottom` pixels. */
  spotlight(node: string, edge: string | null, seen: readonly string[], bottom: number): void;
  /** The drawn label size of a node and width of an edge, in canvas units (what the test hook reports). */
  sizes(node: string, edge: string | null): { label: number; edge: number | null };
}

const classes = 'presenting present-current present-link present-seen present-ahead';

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
    sizes(nodeId, edgeId) {
      const edge = edgeId ? cy.getElementById(edgeId) : null;
      return { label: parseFloat(cy.getElementById(nodeId).style('font-size')), edge: edge?.nonempty() ? parseFloat(edge.style('width')) : null };
    },
    spotlight(nodeId, edgeId, seen, bottom) {
      const node = cy.getElementById(nodeId);
      if (node.empty()) return;
      cy.batch(() => {
        cy.elements('.presenting').removeClass('present-current present-link present-seen').addClass('present-ahead');
        for (const id of seen) cy.getElementById(id).removeClass('present-ahead').addClass('present-seen');
        node.addClass('present-current');
        if (edgeId) cy.getElementById(edgeId).addClass('present-link');
      });
      cy.resize();
      cy.stop(true, true);
      // Zoom in to a readable scale if the view is far out, never out of one the presenter chose. The pan
      // puts the node itself in the middle (`center` would take its label too, and sit a little high).
      const zoom = Math.min(Math.max(cy.zoom(), 1.3), 2);
      const { x, y } = node.position();
      const middle = Math.max(cy.height() - bottom, cy.height() / 3) / 2;
      cy.animate({ zoom, pan: { x: cy.width() / 2 - x * zoom, y: middle - y * zoom } }, { duration: 450, easing: 'ease-in-out-cubic' });
    },
  };
}
