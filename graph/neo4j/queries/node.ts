import type { GraphConnection } from '../connection.ts';
import type { NodeDetails, Reference } from '../../model/api.ts';
import { fromStoredText } from '../../model/stored-text.ts';
import { nodeKey } from '../../model/graph-rows.ts';
import type { EdgeType } from '../../model/elements.ts';
import { edgeMap, matchByKey, nodeMap, parseNodeId, readConfig, toEdgeData, toNodeData, toPlain, type EdgeRow, type NodeRow } from './elements.ts';

// One node with everything the details panel shows: its properties, and for an ingested document its
// paragraphs, footnotes and what each paragraph cites (so the page can highlight the cited words).

const maxReferences = 2000;
// Texts come back as paragraphs and footnotes (graph/model/stored-text.ts), not as the properties that hold them.
const hidden = new Set(['paragraphs', 'footnotes', 'text']);

// A stub has no date of its own; the citing texts give it ("53/70 of 4 December 1998").
const stubDate = 'COLLECT { MATCH (n)<-[r]-() WHERE r.date IS NOT NULL RETURN r.date LIMIT 1 }[0]';

const queries = Object.fromEntries(
  (Object.keys(nodeKey) as (keyof typeof nodeKey)[]).map((label) => [label, `
    ${matchByKey('n', label, 'key')}
    CALL (n) {
      MATCH (n)-[r]->(m) WHERE r.source = n.symbol
      WITH r, m LIMIT ${maxReferences}
      RETURN collect({edge: ${edgeMap('r')}, target: ${nodeMap('m', 'r.date')}}) AS references
    }
    RETURN properties(n) AS props, ${nodeMap('n', stubDate)} AS node, references`]),
) as Record<keyof typeof nodeKey, string>;

/** The node an element id names, or null when the graph has none. */
export async function readNode(conn: GraphConnection, id: string): Promise<NodeDetails | null> {
  const { label, key } = parseNodeId(id);
  const result = await conn.driver.executeQuery(queries[label], { key }, readConfig(conn));
  const record = result.records[0];
  if (!record) return null;
  const node = toNodeData(record.get('node') as NodeRow);
  const props = record.get('props') as Record<string, unknown>;
  const whole = label === 'Document' && !node.stub && typeof props.paragraphs === 'string';
  const references = (record.get('references') as { edge: EdgeRow; target: NodeRow }[]).map(({ edge, target }): Reference => {
    const data = toEdgeData(edge);
    return { paragraph: data.paragraph, target: toNodeData(target), type: data.type as EdgeType, quote: data.quote, lead: data.lead, footnote: data.footnote };
  });
  const text = whole ? fromStoredText(props) : null;
  return {
    node,
    properties: Object.fromEntries(Object.entries(props).filter(([name]) => !hidden.has(name)).map(([name, value]) => [name, toPlain(value)])) as NodeDetails['properties'],
    paragraphs: text?.paragraphs ?? null,
    footnotes: text?.footnotes.map(({ mark, text: words, paragraph }) => ({ mark, text: words, paragraph })) ?? null,
    references: whole ? references.sort(byParagraph) : null,
    citedBy: node.citedBy,
  };
}

const paragraphOrder = (id: string | null) => {
  const m = /^(pp|op|an)?(\d+)/.exec(id ?? '');
  return m ? ['pp', 'op', 'an'].indexOf(m[1] ?? 'an') * 10_000 + Number(m[2]) : -1;
};
const byParagraph = (a: Reference, b: Reference) => paragraphOrder(a.paragraph) - paragraphOrder(b.paragraph);
