import neo4j from 'neo4j-driver';
import type { CypherNode, CypherRelationship, CypherValue } from '../../model/cypher.ts';
import { toNodeElementId } from '../queries/elements.ts';

// Driver values -> tagged JSON (graph/model/cypher.ts), the one place the console's answers are
// converted. Pure: graph values met on the way are handed to `collect`, so the caller can draw them.

export interface GraphValues {
  node(node: CypherNode): void;
  relationship(relationship: CypherRelationship): void;
}

const temporal = [
  ['Date', neo4j.isDate],
  ['DateTime', neo4j.isDateTime],
  ['LocalDateTime', neo4j.isLocalDateTime],
  ['Time', neo4j.isTime],
  ['LocalTime', neo4j.isLocalTime],
] as const;

const maxSafe = neo4j.int(Number.MAX_SAFE_INTEGER);
const minSafe = neo4j.int(Number.MIN_SAFE_INTEGER);

export function toCypherValue(value: unknown, collect?: GraphValues): CypherValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return toFloat(value);
  if (typeof value === 'bigint') return toInteger(neo4j.int(value.toString()));
  if (neo4j.isInt(value)) return toInteger(value);
  if (Array.isArray(value)) return value.map((item) => toCypherValue(item, collect));
  if (neo4j.isNode(value)) return toNode(value, collect);
  if (neo4j.isRelationship(value)) return toRelationship(value, collect);
  if (neo4j.isPath(value)) {
    const nodes = [toNode(value.start, collect)];
    const relationships: CypherRelationship[] = [];
    for (const segment of value.segments) {
      relationships.push(toRelationship(segment.relationship, collect));
      nodes.push(toNode(segment.end, collect));
    }
    return { $type: 'Path', nodes, relationships };
  }
  if (neo4j.isDuration(value)) return { $type: 'Duration', value: toIsoDuration(value as never) };
  for (const [type, is] of temporal) if (is(value as never)) return { $type: type, value: String(value) };
  if (neo4j.isPoint(value)) {
    const point = value as { srid: unknown; x: number; y: number; z?: number };
    return { $type: 'Point', srid: Number(point.srid), x: point.x, y: point.y, ...(point.z === undefined ? {} : { z: point.z }) };
  }
  if (value instanceof Int8Array || value instanceof Uint8Array) return { $type: 'Bytes', value: Buffer.from(value).toString('base64') };
  if (neo4j.isVector(value)) return Array.from((value as unknown as { asTypedArray(): ArrayLike<number> }).asTypedArray(), (item) => toFloat(Number(item)));
  if (typeof value === 'object') {
    return { $type: 'Map', value: Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCypherValue(item, collect)])) };
  }
  return String(value);
}

function toInteger(value: InstanceType<typeof neo4j.Integer>): CypherValue {
  return value.greaterThan(maxSafe) || value.lessThan(minSafe) ? { $type: 'Integer', value: value.toString() } : value.toNumber();
}

// With integers kept as driver Integers, a JavaScript number from the driver is always a Cypher Float.
function toFloat(value: number): CypherValue {
  if (Number.isNaN(value)) return { $type: 'Float', value: 'NaN' };
  if (!Number.isFinite(value)) return { $type: 'Float', value: value > 0 ? 'Infinity' : '-Infinity' };
  return { $type: 'Float', value };
}

function toProperties(properties: Record<string, unknown>): Record<string, CypherValue> {
  return Object.fromEntries(Object.entries(properties).map(([key, item]) => [key, toCypherValue(item)]));
}

function toNode(node: { elementId: string; labels: string[]; properties: Record<string, unknown> }, collect?: GraphValues): CypherNode {
  const out: CypherNode = {
    $type: 'Node',
    elementId: node.elementId,
    labels: [...node.labels],
    properties: toProperties(node.properties),
    element: toNodeElementId(node.labels, node.properties),
  };
  collect?.node(out);
  return out;
}

function toRelationship(
  relationship: { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> },
  collect?: GraphValues,
): CypherRelationship {
  const out: CypherRelationship = {
    $type: 'Relationship',
    elementId: relationship.elementId,
    type: relationship.type,
    start: relationship.startNodeElementId,
    end: relationship.endNodeElementId,
    properties: toProperties(relationship.properties),
    // Known once both ends are: the edge id is made of the ends' element ids (see to-cypher-elements.ts).
    element: null,
  };
  collect?.relationship(out);
  return out;
}

/**
 * ISO 8601 as Neo4j writes it ("P1Y2M", "P3DT4.5S", "PT0S"); the driver's own text leaves a bare "T"
 * when a duration has no time part.
 */
export function toIsoDuration(duration: { months: unknown; days: unknown; seconds: unknown; nanoseconds: unknown }): string {
  const months = Number(duration.months);
  const days = Number(duration.days);
  const totalSeconds = Number(duration.seconds);
  const nanos = Number(duration.nanoseconds);
  const date = [[Math.trunc(months / 12), 'Y'], [months % 12, 'M'], [days, 'D']].filter(([n]) => n !== 0).map(([n, unit]) => `${n}${unit}`).join('');
  const hours = Math.trunc(totalSeconds / 3600);
  const minutes = Math.trunc((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  let secondsText = '';
  if (seconds !== 0 || nanos !== 0) {
    const whole = seconds + Math.trunc(nanos / 1e9);
    const fraction = String(Math.abs(nanos % 1e9)).padStart(9, '0').replace(/0+$/, '');
    secondsText = `${whole === 0 && nanos < 0 ? '-0' : whole}${fraction ? `.${fraction}` : ''}S`;
  }
  const time = [[hours, 'H'], [minutes, 'M']].filter(([n]) => n !== 0).map(([n, unit]) => `${n}${unit}`).join('') + secondsText;
  if (!date && !time) return 'PT0S';
  return `P${date}${time ? `T${time}` : ''}`;
}
