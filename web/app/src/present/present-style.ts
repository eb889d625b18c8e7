import type { StylesheetJson } from 'cytoscape';

// Presentation mode: labels readable from the back of a room, edges visible on a projector, and the
// current step and the edge that led to it marked; the steps still ahead fade. Appended after the canvas style, so these win.
export function presentationStyle(): StylesheetJson {
  return [
    { selector: 'node.presenting', style: { 'font-size': 22, 'text-margin-y': 7, 'min-zoomed-font-size': 0, 'text-wrap': 'none', 'border-width': 3 } },
    { selector: 'edge.presenting', style: { width: 4, 'arrow-scale': 1.5 } },
    { selector: 'node.present-current', style: { 'border-color': '#f2b705', 'border-width': 6, 'font-size': 28, 'z-index': 20, 'underlay-color': '#f2b705', 'underlay-opacity': 0.3, 'underlay-padding': 14, 'underlay-shape': 'ellipse', opacity: 1 } as never },
    { selector: 'edge.present-link', style: { width: 7, 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', opacity: 1, 'z-index': 20 } },
    // The chain builds up step by step: what is still ahead stays faint and unlabelled.
    { selector: '.presenting.on-path', style: { 'underlay-opacity': 0 } as never },
    { selector: '.present-ahead', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: '.present-seen', style: { opacity: 1, 'text-opacity': 1 } },
  ];
}
