import { z } from 'zod';
import { Elements } from './elements.ts';

// The Cypher console's wire format: what `POST /api/cypher` takes and answers, and the schema that
// `GET /api/cypher/schema` gives the editor for completion.

export const maxQueryLength = 100_000;

export const CypherRequest = z.object({
  query: z.string().trim().min(1, 'query: write a Cypher query').max(maxQueryLength),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherRequest = z.infer<typeof CypherRequest>;

/**
 * A Neo4j value as JSON. Strings, booleans, null and lists are themselves; a JSON number is always a
 * Neo4j Integer within ±2^53; everything else carries its Neo4j type in `$type`, so nothing is lost:
 * larger Integers as decimal strings, Floats (NaN and ±Infinity as strings), temporal values as ISO
 * text, points with their SRID, maps, and graph values with their properties.
 */
export type CypherValue =
  | null
  | boolean
  | string
  | number
  | CypherValue[]
  | { $type: 'Integer'; value: string }
  | { $type: 'Float'; value: number | 'NaN' | 'Infinity' | '-Infinity' }
  | { $type: 'Date' | 'Time' | 'LocalTime' | 'DateTime' | 'LocalDateTime' | 'Duration'; value: string }
  | { $type: 'Point'; srid: number; x: number; y: number; z?: number }
  | { $type: 'Bytes'; value: string }
  | { $type: 'Map'; value: { [key: string]: CypherValue } }
  | CypherNode
  | CypherRelationship
  | { $type: 'Path'; nodes: CypherNode[]; relationships: CypherRelationship[] };

export interface CypherNode {
  $type: 'Node';
  /** Neo4j's element id: stable within one answer only, for telling nodes apart in it. */
  elementId: string;
  labels: string[];
  properties: { [key: string]: CypherValue };
  /** The id of the canvas element this node is drawn as, or null when it has no key the explorer knows. */
  element: string | null;
}

export interface CypherRelationship {
  $type: 'Relationship';
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: { [key: string]: CypherValue };
  element: string | null;
}

export const CypherLimits = z.object({
  timeoutMs: z.number().int().positive(),
  maxRows: z.number().int().positive(),
});
export type CypherLimits = z.infer<typeof CypherLimits>;

export const CypherSummary = z.object({
  rowCount: z.number().int().nonnegative(),
  /** More rows were there than `limits.maxRows`; the first ones are returned. */
  truncated: z.boolean(),
  /** Nodes and relationships in the answer that have no place on the canvas (no key the explorer knows). */
  undrawable: z.number().int().nonnegative(),
  queryType: z.string(),
  elapsedMs: z.number().nonnegative(),
  limits: CypherLimits,
  notifications: z.array(z.object({ code: z.string(), title: z.string(), description: z.string() })),
});
export type CypherSummary = z.infer<typeof CypherSummary>;

export interface CypherResponse {
  columns: string[];
  rows: CypherValue[][];
  elements: Elements;
  summary: CypherSummary;
}

export const CypherPosition = z.object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() });
export type CypherPosition = z.infer<typeof CypherPosition>;

/** Why a query was not answered: Neo4j's own code and message, or the console's (`refused-*`, `timeout`). */
export const CypherErrorDetails = z.object({
  neo4jCode: z.string().nullable(),
  position: CypherPosition.nullable(),
  limits: CypherLimits.optional(),
});
export type CypherErrorDetails = z.infer<typeof CypherErrorDetails>;

const Argument = z.object({ name: z.string(), description: z.string(), type: z.string(), isDeprecated: z.boolean(), default: z.string().optional() });

/** What the editor completes from: the live database's names, read with read-only queries, in the shape Neo4j's language support reads. */
export const CypherSchema = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
  procedures: z.array(z.object({
    name: z.string(), signature: z.string(), description: z.string(), mode: z.string(), worksOnSystem: z.boolean(), admin: z.boolean(),
    argumentDescription: z.array(Argument), returnDescription: z.array(Argument), option: z.object({ deprecated: z.boolean() }),
  })),
  functions: z.array(z.object({
    name: z.string(), signature: z.string(), description: z.string(), category: z.string(), isBuiltIn: z.boolean(), aggregating: z.boolean(),
    isDeprecated: z.boolean(), argumentDescription: z.array(Argument), returnDescription: z.string(),
  })),
  limits: CypherLimits,
});
export type CypherSchema = z.infer<typeof CypherSchema>;
