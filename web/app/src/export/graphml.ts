// GraphML for Gephi and yEd: every node and edge attribute declared once as a <key>, values as text.
// Gephi reads label, x, y and color by name; yEd maps keys to labels with its Properties Mapper.
import { edgeLooks, nodeLooks } from '../canvas/visuals.ts';
import { round } from './cytoscape-json.ts';
import type { ExportGraph } from './export-graph.ts';

type Value = string | number | boolean | null | undefined;
interface Key {
  id: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}

const nodeKeys: Key[] = [
  { id: 'label', type: 'string' }, { id: 'type', type: 'string' }, { id: 'title', type: 'string' }, { id: 'date', type: 'string' },
  { id: 'body', type: 'string' }, { id: 'session', type: 'int' }, { id: 'agendaItem', type: 'string' }, { id: 'stub', type: 'boolean' },
  { id: 'citedBy', type: 'int' }, { id: 'x', type: 'double' }, { id: 'y', type: 'double' }, { id: 'color', type: 'string' },
];
const edgeKeys: Key[] = [
  { id: 'type', type: 'string' }, { id: 'label', type: 'string' }, { id: 'doc', type: 'string' }, { id: 'paragraph', type: 'string' },
  { id: 'lead', type: 'string' }, { id: 'quote', type: 'string' }, { id: 'footnote', type: 'string' }, { id: 'stance', type: 'string' },
  { id: 'start', type: 'string' }, { id: 'end', type: 'string' },
];

/** Escapes text for XML content and attributes, dropping the control characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function dataLines(prefix: 'n' | 'e', keys: Key[], values: Record<string, Value>): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = values[key.id];
    if (value === null || value === undefined || value === '') continue;
    lines.push(`      <data key="${prefix}_${key.id}">${escapeXml(String(value))}</data>`);
  }
  return lines;
}

export function toGraphml(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="n_${k.id}" for="node" attr.name="${k.id}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="e_${k.id}" for="edge" attr.name="${k.id}" attr.type="${k.type}"/>`),
    `  <graph id="${escapeXml(graph.title)}" edgedefault="directed">`,
  ];
  for (const { data, position } of graph.nodes) {
    lines.push(`    <node id="${escapeXml(data.id)}">`);
    lines.push(...dataLines('n', nodeKeys, { ...data, x: round(position.x), y: round(position.y), color: nodeLooks[data.type].colour }));
    lines.push('    </node>');
  }
  for (const { data } of graph.edges) {
    lines.push(`    <edge id="${escapeXml(data.id)}" source="${escapeXml(data.source)}" target="${escapeXml(data.target)}">`);
    // The label is the relation as a reader says it; a HELD_IN phase ("first phase") follows in brackets.
    const verb = edgeLooks[data.type].label;
    lines.push(...dataLines('e', edgeKeys, { ...data, label: data.label ? `${verb} (${data.label})` : verb }));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
