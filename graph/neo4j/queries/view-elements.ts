import type { GraphConnection } from '../connection.ts';
import type { ViewElementsResponse } from '../../model/api.ts';
import { nodeKey, type NodeLabel } from '../../model/graph-rows.ts';
import { edgeMap, nodeMap, parseNodeId, readConfig, toEdgeData, toNodeData, uniqueById, type EdgeRow, type NodeRow } from './elements.ts';

// The nodes of a view and the edges among them, in one query: what a link or saved view needs to reopen,
// instead of one request per node. Ids are grouped by label in JavaScript; each label's keys are a parameter.

/** Edges among the view's nodes at most (the canvas bench's 2,000 nodes have about 4,000). */
export const maxViewEdges = 50_000;

const labels = Object.keys(nodeKey) as NodeLabel[];
const param = (label: NodeLabel) => `keys${label}`;

// A stub has no date of its own; the citing texts give it, as on the node's own page.
const stubDate = 'COLLECT { MATCH (n)<-[r]-() WHERE r.date IS NOT NULL RETURN r.date LIMIT 1 }[0]';

const query = `
  CALL () {
    ${labels.map((label) => `UNWIND $${param(label)} AS key MATCH (n:${label} {${nodeKey[label]}: key}) RETURN n`).join('\n    UNION\n    ')}
  }
  WITH collect(n) AS found
  CALL (found) {
    UNWIND found AS n
    MATCH (n)-[r]->(m) WHERE m IN found
    WITH r LIMIT ${maxViewEdges + 1}
    RETURN collect(${edgeMap('r')}) AS edges
  }
  RETURN [n IN found | ${nodeMap('n', stubDate)}] AS nodes, edges`;

export async function readViewElements(conn: GraphConnection, ids: readonly string[]): Promise<ViewElementsResponse> {
  const keys = Object.fromEntries(labels.map((label) => [param(label), [] as string[]]));
  for (const id of new Set(ids)) {
    const { label, key } = parseNodeId(id);
    keys[param(label)]!.push(key);
  }
  const result = await conn.driver.executeQuery(query, keys, readConfig(conn));
  const record = result.records[0];
  const nodes = record ? (record.get('nodes') as NodeRow[]).map((row) => ({ data: toNodeData(row) })) : [];
  const rows = record ? (record.get('edges') as EdgeRow[]) : [];
  const asked = [...new Set(ids)];
  const byId = new Map(nodes.map((n) => [n.data.id, n]));
  return {
    // In the order asked for: a reopened view lists its nodes as the link did.
    elements: { nodes: asked.flatMap((id) => byId.get(id) ?? []), edges: uniqueById(rows.slice(0, maxViewEdges).map((row) => ({ data: toEdgeData(row) }))) },
    missing: asked.filter((id) => !byId.has(id)),
    truncated: rows.length > maxViewEdges,
  };
}
