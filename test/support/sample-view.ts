import type { EdgeData, NodeData } from '../../web/app/src/api/types.ts';
import type { ExportGraph } from '../../web/app/src/export/export-graph.ts';

export function sampleNode(id: string, overrides: Partial<NodeData> = {}): NodeData {
  return { id, type: 'resolution', label: id.replace(/^A\/RES\//, ''), title: null, date: null, body: 'GA', session: null, agendaItem: null, stub: false, synthetic: false, citedBy: 0, ...overrides };
}

export function sampleEdge(source: string, target: string, overrides: Partial<EdgeData> = {}): EdgeData {
  return { id: `${source}|RECALLS|${target}`, source, target, type: 'RECALLS', doc: source, paragraph: 'pp1', lead: 'Recalling', quote: null, footnote: null, stance: 'neutral', ...overrides };
}

const words = 'recalling its resolutions on developments in the field of information and telecommunications in the context of international security and the reports of the Secretary-General'.split(' ');
function prose(seed: number, length: number): string {
  let text = '';
  for (let i = seed; text.length < length; i += 7) text += `${words[i % words.length]} `;
  return text.slice(0, length).trim();
}

/**
 * A view of `count` resolutions, each recalling two earlier ones, with titles and quotes as long as
 * the longer ones in the corpus (its 90th percentile quote is about 150 characters).
 */
export function largeView(count: number): ExportGraph {
  const nodes = Array.from({ length: count }, (_, i) => ({
    data: sampleNode(`A/RES/${50 + (i % 30)}/${i + 1}`, { title: prose(i, 100), date: `${1995 + (i % 30)}-12-0${1 + (i % 9)}`, citedBy: i % 40 }),
    position: { x: (i % 25) * 90, y: Math.floor(i / 25) * 90 },
  }));
  const edges = nodes.flatMap((node, i) =>
    [i - 1, i - 7].filter((j) => j >= 0).map((j) => ({ data: sampleEdge(node.data.id, nodes[j]!.data.id, { quote: prose(i + j, 150), paragraph: `pp${1 + (j % 12)}` }) })),
  );
  return { title: `${count} resolutions`, nodes, edges };
}
