import neo4j from 'neo4j-driver';

/**
 * Parameters from JSON for the driver: whole numbers become Integers (so `LIMIT $n` works, as it does in
 * Neo4j's own tools), other numbers Floats; lists and maps are followed.
 */
export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toDriverValue(value)]));
}

function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value && typeof value === 'object') return toDriverParams(value as Record<string, unknown>);
  return value;
}
