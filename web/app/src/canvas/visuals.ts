// One table of how each node and edge type looks; the canvas style sheet and the legend both read it,
// so the legend always shows the canvas's own colours and shapes.
import type { EdgeType, NodeType } from '../api/types.ts';

export interface NodeLook {
  label: string;
  colour: string;
  shape: 'ellipse' | 'round-rectangle' | 'rectangle' | 'hexagon' | 'star' | 'round-triangle' | 'diamond' | 'round-tag' | 'barrel' | 'vee' | 'round-pentagon' | 'octagon' | 'cut-rectangle';
}

export const nodeLooks: Readonly<Record<NodeType, NodeLook>> = Object.freeze({
  resolution: { label: 'Resolution', colour: '#1d5fbf', shape: 'ellipse' },
  decision: { label: 'Decision', colour: '#0e8a8a', shape: 'round-pentagon' },
  document: { label: 'Document', colour: '#5b6b7f', shape: 'rectangle' },
  report: { label: 'Report', colour: '#3f7d4e', shape: 'cut-rectangle' },
  conference: { label: 'Conference', colour: '#d9822b', shape: 'hexagon' },
  summit: { label: 'Summit', colour: '#c2410c', shape: 'star' },
  meeting: { label: 'Meeting', colour: '#d4a017', shape: 'round-triangle' },
  group: { label: 'Expert group', colour: '#7b4fb8', shape: 'diamond' },
  instrument: { label: 'Instrument', colour: '#b03a48', shape: 'round-tag' },
  series: { label: 'Series', colour: '#2b8a6e', shape: 'barrel' },
  place: { label: 'Place', colour: '#8a94a3', shape: 'vee' },
  agendaItem: { label: 'Agenda item', colour: '#8b6b3d', shape: 'octagon' },
});

export interface EdgeLook {
  label: string;
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  /** Cytoscape's line-dash-pattern for dashed lines. */
  dash?: [number, number];
  arrow: 'triangle' | 'tee' | 'none' | 'vee' | 'circle';
}

export const edgeLooks: Readonly<Record<EdgeType, EdgeLook>> = Object.freeze({
  RECALLS: { label: 'recalls', colour: '#2d4f7c', line: 'solid', arrow: 'triangle' },
  CITES: { label: 'cites', colour: '#5b6b7f', line: 'dashed', dash: [6, 4], arrow: 'triangle' },
  REFERS_TO: { label: 'refers to', colour: '#c46a1b', line: 'dotted', arrow: 'vee' },
  ESTABLISHED_BY: { label: 'established by', colour: '#7b4fb8', line: 'solid', arrow: 'tee' },
  REPORTED_IN: { label: 'reported in', colour: '#7b4fb8', line: 'dashed', dash: [2, 5], arrow: 'triangle' },
  HELD_IN: { label: 'held in', colour: '#8a94a3', line: 'dotted', arrow: 'circle' },
  UNDER: { label: 'under agenda item', colour: '#8b6b3d', line: 'dashed', dash: [10, 3], arrow: 'none' },
  ADOPTED_ON_REPORT_OF: { label: 'adopted on report of', colour: '#3f7d4e', line: 'solid', arrow: 'vee' },
});
