import type { CypherLimits, CypherSchema } from '../../model/cypher.ts';
import type { GraphConnection } from '../connection.ts';
import { readConfig } from '../queries/elements.ts';

/** The names the editor completes, from the live database; every query here only reads. */
export async function readCypherSchema(conn: GraphConnection, limits: CypherLimits): Promise<CypherSchema> {
  const read = readConfig(conn);
  const column = async (query: string) => (await conn.driver.executeQuery(query, {}, read)).records.map((r) => String(r.get(0))).sort();
  const [labels, relationshipTypes, propertyKeys, procedures, functions] = await Promise.all([
    column('CALL db.labels() YIELD label RETURN label'),
    column('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType'),
    column('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey'),
    conn.driver.executeQuery('SHOW PROCEDURES YIELD name, signature, description, mode RETURN name, signature, description, mode ORDER BY name', {}, read),
    conn.driver.executeQuery('SHOW FUNCTIONS YIELD name, signature, description, aggregating RETURN name, signature, description, aggregating ORDER BY name', {}, read),
  ]);
  return {
    labels,
    relationshipTypes,
    propertyKeys,
    procedures: procedures.records.map((r) => ({ name: String(r.get('name')), signature: String(r.get('signature')), description: String(r.get('description')), mode: String(r.get('mode')) })),
    functions: functions.records.map((r) => ({ name: String(r.get('name')), signature: String(r.get('signature')), description: String(r.get('description')), aggregating: r.get('aggregating') === true })),
    limits,
  };
}
