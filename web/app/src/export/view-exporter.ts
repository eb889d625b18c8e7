// Reads the canvas for the exporters: the shown graph with positions, and images drawn by cytoscape
// itself (PNG) or through cytoscape-svg (SVG, labels as <text>), both over the whole graph.
import cytoscape, { type Core } from 'cytoscape';
import type { GraphSnapshot } from '../graph/graph-model.ts';
import { isEdgeShown, isNodeShown, type Filters } from '../graph/filters.ts';
import type { ExportGraph } from './export-graph.ts';

export type Background = 'white' | 'transparent';
export interface ImageOptions {
  /** 1, 2 or 4 image pixels per canvas unit, whatever the screen's pixel ratio. */
  scale: number;
  background: Background;
}

export interface ViewExporter {
  graph(title: string): ExportGraph;
  png(options: ImageOptions): Promise<Blob>;
  svg(options: Pick<ImageOptions, 'background'>): Promise<string>;
  /** The size of the whole drawing in canvas units, which a 1x image has. */
  bounds(): { w: number; h: number };
}

let svgRegistered: Promise<void> | null = null;
function registerSvg(): Promise<void> {
  // Loaded on first use: most sessions never export, and the extension is not small.
  svgRegistered ??= import('cytoscape-svg').then((module) => {
    cytoscape.use(module.default);
  });
  return svgRegistered;
}

/**
 * Draws the graph as people mean to show it: without the "+N more" handles and the selection ring,
 * at zoom 1 (labels hidden when zoomed out would otherwise be missing), then restores the canvas
 * before it repaints.
 */
function asShown<T>(cy: Core, draw: () => T): T {
  const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const selected = cy.elements(':selected');
  const handles = cy.elements('.more, .more-edge').not('.filtered');
  cy.batch(() => {
    selected.unselect();
    handles.addClass('filtered');
  });
  cy.zoom(1);
  try {
    return draw();
  } finally {
    cy.batch(() => {
      handles.removeClass('filtered');
      selected.select();
    });
    cy.viewport(viewport);
  }
}

export function createViewExporter(cy: Core, graph: GraphSnapshot, filters: Filters): ViewExporter {
  const background = (b: Background) => (b === 'white' ? '#ffffff' : undefined);
  const ratio = () => window.devicePixelRatio || 1;
  return {
    graph(title) {
      const nodes = [...graph.nodes.values()].filter((n) => isNodeShown(n, filters) && cy.getElementById(n.id).nonempty());
      const shown = new Set(nodes.map((n) => n.id));
      const edges = [...graph.edges.values()].filter((e) => isEdgeShown(e, filters) && shown.has(e.source) && shown.has(e.target));
      return {
        title,
        nodes: nodes.map((data) => ({ data, position: { ...cy.getElementById(data.id).position() } })),
        edges: edges.map((data) => ({ data })),
      };
    },
    png({ scale, background: bg }) {
      // cytoscape multiplies by the screen's pixel ratio; divide it out so "2x" means twice the drawing.
      return asShown(cy, () => cy.png({ output: 'blob-promise', full: true, scale: scale / ratio(), bg: background(bg) }));
    },
    async svg({ background: bg }) {
      await registerSvg();
      // Rounded polygons are drawn without a beginPath, which the SVG context needs: they would vanish
      // and leak their colour into the next label. Their sharp twins stand in for the export.
      const rounded = cy.nodes().filter((n) => /^round-(?!rectangle)/.test(String(n.style('shape'))));
      rounded.forEach((n) => {
        n.style('shape', String(n.style('shape')).slice('round-'.length));
      });
      try {
        return asShown(cy, () => (cy as Core & { svg(options: object): string }).svg({ full: true, scale: 1, bg: background(bg) }));
      } finally {
        rounded.removeStyle('shape');
      }
    },
    bounds() {
      return asShown(cy, () => {
        const box = cy.elements().not('.filtered').boundingBox();
        return { w: box.w, h: box.h };
      });
    },
  };
}
