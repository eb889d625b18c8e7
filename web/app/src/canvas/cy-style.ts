import type { StylesheetJson } from 'cytoscape';
import { edgeTypes, nodeTypes } from '../api/types.ts';
import type { EdgeCurve } from './edge-curve.ts';
import { borderWidth, sizeMapping, stubBorderWidth } from './node-size.ts';
import { edgeLooks, nodeLooks } from './visuals.ts';

const ink = '#14202e';

/** The canvas style sheet: type by colour and shape, size by how often a node is cited, labels off when far out. */
export function canvasStyle(curve: EdgeCurve = 'bezier'): StylesheetJson {
  // A large view's edges are haystacks, cytoscape's cheapest: straight, arrows mid-edge only, and drawn here
  // solid and opaque. On the canvas bench's 4,557 edges dashes cost 0.18 s of the first frame and opacity 0.06 s;
  // at the zoom that fits 2,000 nodes a dash pattern is finer than a pixel anyway.
  const large = curve === 'haystack';
  const arrow = large ? 'mid-target' : 'target';
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'font-weight': 600,
        color: ink,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#f4f6f9',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        width: sizeMapping,
        height: sizeMapping,
        'border-width': borderWidth,
        'border-color': '#ffffff',
        'overlay-padding': 4,
      },
    },
  ];
  for (const type of nodeTypes) {
    const look = nodeLooks[type];
    style.push({ selector: `node[type = "${type}"]`, style: { 'background-color': look.colour, shape: look.shape } });
    // A stub (known only because something cites it) is hollow with a dashed ring in its type's colour.
    style.push({ selector: `node[type = "${type}"][?stub]`, style: { 'background-color': '#ffffff', 'border-style': 'dashed', 'border-width': stubBorderWidth, 'border-color': look.colour } });
  }
  style.push(
    { selector: 'node.more', style: { shape: 'round-rectangle', 'background-color': '#ffffff', 'border-color': '#9aa6b5', 'border-style': 'dashed', 'border-width': 1.5, width: 58, height: 22, 'text-valign': 'center', 'text-margin-y': 0, 'font-size': 10, color: '#3d4b5c', 'text-background-opacity': 0 } },
    { selector: 'node.pinned', style: { 'border-color': ink, 'border-width': 3 } },
    { selector: 'node:selected', style: { 'border-color': '#f2b705', 'border-width': 4, 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'underlay-color': '#f28c28', 'underlay-opacity': 0.35, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } as never },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    { selector: '.filtered', style: { display: 'none' } },
    {
      selector: 'edge',
      style: {
        width: large ? 1 : 1.6,
        'curve-style': curve,
        'arrow-scale': 0.9,
        ...(large ? { 'haystack-radius': 0 } : { opacity: 0.85 }),
      },
    },
  );
  for (const type of edgeTypes) {
    const look = edgeLooks[type];
    style.push({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': look.colour,
        [`${arrow}-arrow-color`]: look.colour,
        [`${arrow}-arrow-shape`]: look.arrow,
        ...(large ? {} : { 'line-style': look.line, ...(look.dash ? { 'line-dash-pattern': look.dash } : {}) }),
      },
    });
  }
  style.push(
    { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#f2b705', [`${arrow}-arrow-color`]: '#f2b705', opacity: 1, 'z-index': 10 } },
    { selector: 'edge.on-path', style: { width: 3, opacity: 1, 'underlay-color': '#f28c28', 'underlay-opacity': 0.3, 'underlay-padding': 3 } as never },
    { selector: 'node.decor', style: { 'background-opacity': 0, 'border-width': 0, width: 1, height: 1, label: 'data(label)', 'font-size': 16, color: '#7a8797', 'font-weight': 600, 'text-valign': 'center', 'text-halign': 'center', 'text-background-opacity': 0, events: 'no', 'min-zoomed-font-size': 0 } },
    // Lane titles stand left of the first year, wrapped, so a long agenda item never runs into the nodes.
    { selector: 'node.decor.lane', style: { 'text-halign': 'left', 'text-justification': 'right', 'text-wrap': 'wrap', 'text-max-width': '260px', 'font-size': 15, color: '#3d4b5c' } },
    { selector: 'node.decor.rule', style: { shape: 'rectangle', width: 1, 'background-color': '#dde3ea', 'background-opacity': 1, label: '' } },
  );
  return style;
}
