import type { CypherLimits, CypherSchema } from '../../model/cypher.ts';
import type { GraphConnection } from '../connection.ts';
import { readConfig, toPlain } from '../queries/elements.ts';

type Argument = CypherSchema['procedures'][number]['argumentDescription'][number];

/** The names the editor completes, from the live database; every query here only reads. */
export async function readCypherSchema(conn: GraphConnection, limits: CypherLimits): Promise<CypherSchema> {
  const read = readConfig(conn);
  const column = async (query: string) => (await conn.driver.executeQuery(query, {}, read)).records.map((r) => String(r.get(0))).sort();
  const [labels, relationshipTypes, propertyKeys, procedures, functions] = await Promise.all([
    column('CALL db.labels() YIELD label RETURN label'),
    column('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType'),
    column('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey'),
    conn.driver.executeQuery('SHOW PROCEDURES YIELD name, signature, description, mode, worksOnSystem, admin, argumentDescription, returnDescription, option RETURN * ORDER BY name', {}, read),
    conn.driver.executeQuery('SHOW FUNCTIONS YIELD name, signature, description, category, isBuiltIn, aggregating, isDeprecated, argumentDescription, returnDescription RETURN * ORDER BY name', {}, read),
  ]);
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return {
    labels,
    relationshipTypes,
    propertyKeys,
    procedures: procedures.records.map((r) => ({
      name: text(r.get('name')), signature: text(r.get('signature')), description: text(r.get('description')), mode: text(r.get('mode')),
      worksOnSystem: r.get('worksOnSystem') === true, admin: r.get('admin') === true,
      argumentDescription: toArguments(r.get('argumentDescription')), returnDescription: toArguments(r.get('returnDescription')),
      option: { deprecated: (toPlain(r.get('option')) as { deprecated?: unknown } | null)?.deprecated === true },
    })),
    functions: functions.records.map((r) => ({
      name: text(r.get('name')), signature: text(r.get('signature')), description: text(r.get('description')), category: text(r.get('category')),
      isBuiltIn: r.get('isBuiltIn') === true, aggregating: r.get('aggregating') === true, isDeprecated: r.get('isDeprecated') === true,
      argumentDescription: toArguments(r.get('argumentDescription')), returnDescription: text(r.get('returnDescription')),
    })),
    limits,
  };
}

function toArguments(value: unknown): Argument[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const a = toPlain(item) as Record<string, unknown>;
    const out: Argument = { name: String(a.name ?? ''), description: String(a.description ?? ''), type: String(a.type ?? 'ANY'), isDeprecated: a.isDeprecated === true };
    if (typeof a.default === 'string') out.default = a.default;
    return out;
  });
}
