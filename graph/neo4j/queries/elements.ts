import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import type { EdgeData, EdgeType, NodeData, NodeType } from '../../model/elements.ts';
import { nodeKey, type NodeLabel } from '../../model/graph-rows.ts';

// The one mapper from Neo4j nodes and relationships to Cytoscape element data. Queries project nodes with
// nodeMap() and relationships with edgeMap(), so every route returns the same shapes; Integers end here.

/** Every read of the API: routed to a reader, on the project's database, and cut off after 5 s. */
export const readConfig = (conn: GraphConnection) => ({
  database: conn.database,
  routing: neo4j.routing.READ,
  transactionConfig: { timeout: 5000 },
});

/** The element id of node `v`, in Cypher: the symbol of a document, `<Label>:<key>` for any other node. */
export const idExpr = (v: string) => `CASE
  WHEN ${v}:Document THEN ${v}.symbol
  WHEN ${v}:Conference THEN 'Conference:' + ${v}.key
  WHEN ${v}:ExpertGroup THEN 'ExpertGroup:' + ${v}.key
  WHEN ${v}:Instrument THEN 'Instrument:' + ${v}.key
  WHEN ${v}:Series THEN 'Series:' + ${v}.key
  WHEN ${v}:AgendaItem THEN 'AgendaItem:' + ${v}.key
  WHEN ${v}:Place THEN 'Place:' + ${v}.name
END`;

/** What a node element needs, without the texts: `dateHint` is a Cypher expression for a date known from the edge. */
export const nodeMap = (v: string, dateHint = 'null') => `{
  id: ${idExpr(v)}, labels: labels(${v}), symbol: ${v}.symbol, name: ${v}.name, topic: ${v}.topic, title: ${v}.title,
  number: ${v}.number, date: coalesce(${v}.adopted, ${v}.issued, ${v}.established, ${dateHint}), body: ${v}.body,
  session: ${v}.session, agendaItem: ${v}.agendaItem, stub: ${v}.stub, synthetic: ${v}.synthetic,
  citedBy: size(coalesce(${v}.mentionedIn, []))
}`;

/** A relationship with its provenance and the ids of its two ends. */
export const edgeMap = (r: string) => `{
  type: type(${r}), source: ${idExpr(`startNode(${r})`)}, target: ${idExpr(`endNode(${r})`)}, props: properties(${r})
}`;

/** idExpr() in JavaScript, for nodes the driver hands over whole: null for a node with no key the explorer knows. */
export function toNodeElementId(labels: readonly string[], props: Record<string, unknown>): string | null {
  const key = (name: string) => (typeof props[name] === 'string' ? (props[name] as string) : null);
  if (labels.includes('Document')) return key('symbol');
  for (const label of prefixed) {
    const value = labels.includes(label) ? key(nodeKey[label]) : null;
    if (value !== null) return `${label}:${value}`;
  }
  return null;
}

/** nodeMap() in JavaScript: the row toNodeData() reads, from a whole node's labels and properties. */
export function toNodeRow(id: string, labels: readonly string[], props: Record<string, unknown>): NodeRow {
  const text = (name: string) => (props[name] === undefined || props[name] === null ? null : String(toPlain(props[name])));
  const mentions = props.mentionedIn;
  return {
    id, labels: [...labels], symbol: text('symbol'), name: text('name'), topic: text('topic'), title: text('title'), number: text('number'),
    date: text('adopted') ?? text('issued') ?? text('established'), body: text('body'), session: props.session ?? null,
    agendaItem: text('agendaItem'), stub: props.stub === true ? true : props.stub === false ? false : null,
    synthetic: props.synthetic === true ? true : props.synthetic === false ? false : null, citedBy: Array.isArray(mentions) ? mentions.length : 0,
  };
}

export interface NodeRow {
  id: string;
  labels: string[];
  symbol: string | null;
  name: string | null;
  topic: string | null;
  title: string | null;
  number: string | null;
  date: string | null;
  body: string | null;
  session: unknown;
  agendaItem: string | null;
  stub: boolean | null;
  synthetic: boolean | null;
  citedBy: unknown;
}

export interface EdgeRow {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

const prefixed: readonly NodeLabel[] = ['Conference', 'ExpertGroup', 'Instrument', 'Series', 'AgendaItem', 'Place'];

/** The label and key an element id names: `<Label>:<key>`, or a document symbol. */
export function parseNodeId(id: string): { label: NodeLabel; key: string } {
  const colon = id.indexOf(':');
  const label = prefixed.find((candidate) => colon > 0 && id.slice(0, colon) === candidate);
  return label ? { label, key: id.slice(colon + 1) } : { label: 'Document', key: id };
}

/** `MATCH (<v>:<Label> {<key>: $<param>})` for a label of the fixed table, never one from the request. */
export const matchByKey = (v: string, label: NodeLabel, param: string) => `MATCH (${v}:${label} {${nodeKey[label]}: $${param}})`;

export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : Number(value);
}

/** Properties as plain JSON: Integers as numbers, temporal values as strings. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object' && 'toString' in value && value.constructor !== Object) return String(value);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

export function toNodeType(labels: readonly string[]): NodeType {
  const has = (label: string) => labels.includes(label);
  if (has('Document')) return has('Resolution') ? 'resolution' : has('Decision') ? 'decision' : has('Report') ? 'report' : 'document';
  if (has('Conference')) return has('Summit') ? 'summit' : has('Meeting') ? 'meeting' : 'conference';
  if (has('ExpertGroup')) return 'group';
  if (has('Instrument')) return 'instrument';
  if (has('Series')) return 'series';
  if (has('AgendaItem')) return 'agendaItem';
  return 'place';
}

/** The body of a document from its symbol, for stubs that have no text to say it. */
export function bodyOfSymbol(symbol: string): string | null {
  if (/^A\/HRC\//.test(symbol)) return 'HRC';
  if (/^A\//.test(symbol)) return 'GA';
  if (/^S\//.test(symbol)) return 'SC';
  if (/^E\//.test(symbol)) return 'ECOSOC';
  return null;
}

/** "A/RES/64/25" -> "64/25"; "S/RES/1373(2001)" -> "1373 (2001)"; other symbols as they are. */
export function shortSymbol(symbol: string): string {
  const m = /^(?:A\/HRC|A|S|E)\/(?:RES|DEC)\/(.+)$/.exec(symbol);
  return m?.[1] ? m[1].replace(/(\S)\(/, '$1 (') : symbol;
}

const minorWords = new Set(['of', 'on', 'the', 'and', 'for', 'to', 'in', 'a', 'an', 'at', 'by', 'with']);

/**
 * "World Summit on the Information Society" -> "WSIS"; with `headOnly`, the words before "on", "for" ...:
 * "Group of Governmental Experts on Developments in ..." -> "GGE". Empty when the name is not in title case.
 */
export function acronym(name: string, headOnly = false): string {
  const head = headOnly ? (name.split(/\s+(?:on|for|to|in|concerning|regarding)\s+(?=[A-Za-z])/)[0] ?? name) : name;
  const words = head.split(/[\s-]+/).filter((word) => word && !minorWords.has(word.toLowerCase()));
  const short = words.map((word) => word[0] ?? '').join('');
  return /^[A-Z]{2,}$/.test(short) && words.every((word) => /^[A-Z]/.test(word)) ? short : '';
}

const truncate = (text: string, max = 32) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

function shortLabel(type: NodeType, row: NodeRow): string {
  const name = row.name ?? row.topic ?? row.title ?? '';
  switch (type) {
    case 'resolution': case 'decision': return row.number && !row.symbol?.startsWith('S/') ? row.number : shortSymbol(row.symbol ?? row.id);
    case 'report': case 'document': return row.symbol ?? row.id;
    case 'group': return [acronym(name, true) || truncate(name, 24), row.date?.slice(0, 4)].filter(Boolean).join(' ');
    case 'place': return name;
    default: return (name.length > 32 && acronym(name)) || truncate(name);
  }
}

export function toNodeData(row: NodeRow): NodeData {
  const type = toNodeType(row.labels);
  const isDocument = row.labels.includes('Document');
  return {
    id: row.id,
    type,
    label: shortLabel(type, row),
    title: row.title ?? row.name ?? row.topic ?? null,
    date: row.date ?? null,
    body: row.body ?? (isDocument && row.symbol ? bodyOfSymbol(row.symbol) : null),
    session: toNumber(row.session),
    agendaItem: row.agendaItem ?? null,
    stub: row.stub === true,
    synthetic: row.synthetic === true,
    citedBy: toNumber(row.citedBy) ?? 0,
  };
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(toPlain(value)));

export function toEdgeData(row: EdgeRow): EdgeData {
  const p = row.props;
  const doc = text(p.source) ?? '';
  const paragraph = text(p.paragraph);
  const footnote = text(p.footnote);
  const data: EdgeData = {
    id: [row.source, row.type, row.target, doc, paragraph ?? '', footnote ?? '', text(p.start) ?? ''].join('|'),
    source: row.source,
    target: row.target,
    type: row.type as EdgeType,
    doc,
    paragraph,
    lead: text(p.lead),
    quote: text(p.quote),
    footnote,
    stance: text(p.stance) ?? 'neutral',
  };
  if (row.type === 'HELD_IN') Object.assign(data, { start: text(p.start), end: text(p.end), label: text(p.label) });
  return data;
}

/** Nodes and edges once each, by id, in the order first seen. */
export function uniqueById<T extends { data: { id: string } }>(items: Iterable<T>): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.data.id)) seen.set(item.data.id, item);
  return [...seen.values()];
}
