// How big each node is drawn, as plain numbers: the style sheet maps `citedBy` to a size with these, and a
// layout planned before the nodes reach the canvas (a large first view) reads the same sizes here.
import type { NodeData } from '../api/types.ts';

/** Nodes cited this often or more are drawn at the largest size. */
const citedRange = [0, 40] as const;
const sizeRange = [24, 54] as const;
export const borderWidth = 2;
export const stubBorderWidth = 2.5;

/** The style sheet's mapping: `mapData(citedBy, 0, 40, 24, 54)`. */
export const sizeMapping = `mapData(citedBy, ${citedRange[0]}, ${citedRange[1]}, ${sizeRange[0]}, ${sizeRange[1]})`;

/** Width and height as cytoscape lays a node out: its size plus the border (drawn half inside, half outside). */
export function drawnSize(node: Pick<NodeData, 'citedBy' | 'stub'>): { w: number; h: number } {
  const share = Math.min(1, Math.max(0, (node.citedBy - citedRange[0]) / (citedRange[1] - citedRange[0])));
  const size = sizeRange[0] + share * (sizeRange[1] - sizeRange[0]) + (node.stub ? stubBorderWidth : borderWidth);
  return { w: size, h: size };
}

/** About the width of a label in the canvas's 11 px semibold type, with its background padding. */
export function labelWidth(label: string): number {
  return label.length * 7 + 4;
}
