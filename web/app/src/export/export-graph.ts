// What every exporter reads: the nodes and edges the canvas shows (filtered ones left out), where
// they stand, and a title. Canvas.svelte builds it; the exporters are pure functions of it.
import type { EdgeData, NodeData } from '../api/types.ts';

export interface ExportNode {
  data: NodeData;
  position: { x: number; y: number };
}

export interface ExportGraph {
  title: string;
  nodes: ExportNode[];
  edges: { data: EdgeData }[];
}

/** A file name from the title: lower case, dashes, no path characters. */
export function toFileName(title: string, extension: string): string {
  const stem = title.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60);
  return `${stem || 'resograph-view'}.${extension}`;
}

/** A title for a view nobody named: its first labels. */
export function defaultTitle(labels: readonly string[]): string {
  if (labels.length === 0) return 'Resograph view';
  if (labels.length <= 3) return labels.join(', ');
  return `${labels.slice(0, 2).join(', ')} and ${labels.length - 2} more`;
}
