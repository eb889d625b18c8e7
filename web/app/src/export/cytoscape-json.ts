// Cytoscape JSON: elements with their positions and the canvas's style sheet, in the shape
// `cytoscape({ ...json, layout: { name: 'preset' } })` and Cytoscape desktop's JSON import both read.
import type { StylesheetJson } from 'cytoscape';
import type { ExportGraph } from './export-graph.ts';

export function toCytoscapeJson(graph: ExportGraph, style?: StylesheetJson): string {
  const json = {
    format_version: '1.0',
    generated_by: 'Resograph',
    target_cytoscapejs_version: '~3.35',
    data: { name: graph.title },
    elements: {
      nodes: graph.nodes.map((n) => ({ data: { ...n.data }, position: { x: round(n.position.x), y: round(n.position.y) } })),
      edges: graph.edges.map((e) => ({ data: { ...e.data } })),
    },
    ...(style ? { style } : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
