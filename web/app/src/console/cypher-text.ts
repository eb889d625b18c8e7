// Neo4j values as text, the way Cypher itself writes them: for table cells, CSV and tooltips. Pure.
import type { CypherNode, CypherRelationship, CypherValue } from '../api/types.ts';

export type Tagged = Exclude<CypherValue, null | boolean | string | number | CypherValue[]>;

export const isTagged = (value: CypherValue): value is Tagged => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The Neo4j type of a value, as Cypher names it. */
export function typeOf(value: CypherValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'Integer';
  if (Array.isArray(value)) return 'List';
  return value.$type;
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``);

function properties(props: Record<string, CypherValue>): string {
  const entries = Object.entries(props);
  return entries.length ? ` {${entries.map(([k, v]) => `${key(k)}: ${toCypherText(v, true)}`).join(', ')}}` : '';
}

export function nodeText(node: CypherNode): string {
  return `(${node.labels.map((l) => `:${key(l)}`).join('')}${properties(node.properties)})`;
}

export function relationshipText(rel: CypherRelationship): string {
  return `[:${key(rel.type)}${properties(rel.properties)}]`;
}

/** Cypher's own notation; `nested` quotes strings (a top-level string is shown as it is). */
export function toCypherText(value: CypherValue, nested = false): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return nested ? quote(value) : value;
  if (Array.isArray(value)) return `[${value.map((item) => toCypherText(item, true)).join(', ')}]`;
  switch (value.$type) {
    case 'Integer':
      return value.value;
    case 'Float':
      return typeof value.value === 'string' ? value.value : Number.isInteger(value.value) ? value.value.toFixed(1) : String(value.value);
    case 'Map':
      return `{${Object.entries(value.value).map(([k, v]) => `${key(k)}: ${toCypherText(v, true)}`).join(', ')}}`;
    case 'Node':
      return nodeText(value);
    case 'Relationship':
      return relationshipText(value);
    case 'Path': {
      let text = nodeText(value.nodes[0]!);
      value.relationships.forEach((rel, i) => {
        const from = value.nodes[i]!;
        const forward = rel.start === from.elementId;
        text += `${forward ? '-' : '<-'}${relationshipText(rel)}${forward ? '->' : '-'}${nodeText(value.nodes[i + 1]!)}`;
      });
      return text;
    }
    case 'Point':
      return `point({srid: ${value.srid}, x: ${value.x}, y: ${value.y}${value.z === undefined ? '' : `, z: ${value.z}`}})`;
    case 'Bytes':
      return `bytes(${value.value})`;
    default:
      return nested ? `${value.$type.toLowerCase()}(${quote(value.value)})` : value.value;
  }
}
