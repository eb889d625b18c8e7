import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { localStatus, type LocalServer } from '../../graph/neo4j/local-server.ts';
import { freePort } from '../../graph/neo4j/ports.ts';
import { applySchema, awaitSearchIndexes } from '../../graph/neo4j/schema.ts';
import { cleanDatabase } from '../support/clean-db.ts';

let conn: GraphConnection;
let local: LocalServer | undefined;

beforeAll(async () => {
  conn = await connect();
  await cleanDatabase(conn);
  local = (await localStatus()).running;
});
afterAll(() => conn?.driver.close());

const write = () => ({ database: conn.database, routing: neo4j.routing.WRITE });
const read = () => ({ database: conn.database, routing: neo4j.routing.READ });

describe('connect', () => {
  it('reaches the server the test setup provided', () => {
    expect(conn.uri).toBe(inject('neo4j').uri);
    expect(conn.local).toBe(!process.env.NEO4J_URI);
  });

  it('writes and reads back through routed queries', async () => {
    const symbol = `A/RES/${Date.now()}/1`;
    await conn.driver.executeQuery('CREATE (:Document:Resolution {symbol: $symbol, title: $title})', { symbol, title: 'Developments in the field of information' }, write());
    const { records } = await conn.driver.executeQuery('MATCH (d:Resolution {symbol: $symbol}) RETURN d.title AS title', { symbol }, read());
    expect(records.map((r) => r.get('title'))).toEqual(['Developments in the field of information']);
  });

  it('gives managed transactions on the same database', async () => {
    const session = conn.driver.session({ database: conn.database });
    try {
      const count = await session.executeWrite(async (tx) => {
        await tx.run('CREATE (:Place {name: $a}), (:Place {name: $b})', { a: 'Geneva', b: 'Tunis' });
        const result = await tx.run('MATCH (p:Place) WHERE p.name IN [$a, $b] RETURN count(p) AS n', { a: 'Geneva', b: 'Tunis' });
        return result.records[0]?.get('n').toNumber();
      });
      expect(count).toBe(2);
    } finally {
      await session.close();
    }
  });
});

describe('schema', () => {
  it('refuses a second node with the same key', async () => {
    await conn.driver.executeQuery('CREATE (:Conference {key: "world summit on the information society"})', {}, write());
    await expect(conn.driver.executeQuery('CREATE (:Conference {key: "world summit on the information society"})', {}, write())).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  it('finds documents by words of their title or text through the documentText index', async () => {
    await conn.driver.executeQuery(
      'CREATE (:Document {symbol: "A/64/386", title: "Report of the First Committee", text: "telecommunications in the context of international security"})',
      {}, write(),
    );
    // The index is eventually consistent: it takes the write after the commit.
    await awaitSearchIndexes(conn);
    const { records } = await conn.driver.executeQuery(
      'CALL db.index.fulltext.queryNodes("documentText", "telecommunications") YIELD node RETURN node.symbol AS symbol', {}, read(),
    );
    expect(records.map((r) => r.get('symbol'))).toEqual(['A/64/386']);
  });

  it('can be applied again and again', async () => {
    await applySchema(conn);
    await applySchema(conn);
    const { records } = await conn.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n', {}, read());
    expect(records[0]?.get('n').toNumber()).toBe(8);
  });
});

describe.skipIf(!!process.env.NEO4J_URI)('clear errors against the local server', () => {
  const env = (extra: NodeJS.ProcessEnv) => ({ ...process.env, NEO4J_USER: 'neo4j', ...extra });

  it('a wrong password', async () => {
    await expect(connect({ env: env({ NEO4J_URI: local!.uri, NEO4J_PASSWORD: 'not-the-password' }) })).rejects.toMatchObject({
      code: 'unauthorized',
      message: `Neo4j at ${local!.uri} refused user 'neo4j' (The client is unauthorized due to authentication failure): check NEO4J_USER and NEO4J_PASSWORD`,
    });
  });

  it('a database that does not exist, over neo4j:// and bolt://', async () => {
    for (const uri of [local!.uri, `bolt://127.0.0.1:${local!.boltPort}`]) {
      await expect(connect({ env: env({ NEO4J_URI: uri, NEO4J_PASSWORD: local!.password, NEO4J_DATABASE: 'resolutions' }) })).rejects.toMatchObject({
        code: 'database-missing',
        message: expect.stringContaining(`database 'resolutions' does not exist on ${uri}`),
      });
    }
  });

  it('a port where nothing listens', async () => {
    const uri = `neo4j://127.0.0.1:${await freePort()}`;
    await expect(connect({ env: env({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' }) })).rejects.toMatchObject({
      code: 'unreachable',
      message: expect.stringMatching(new RegExp(`^no Neo4j answers at ${uri} .*check NEO4J_URI`)),
    });
  });

  it('the right password works over NEO4J_URI too, and nothing is started', async () => {
    const external = await connect({ env: env({ NEO4J_URI: `bolt://127.0.0.1:${local!.boltPort}`, NEO4J_PASSWORD: local!.password }) });
    expect(external).toMatchObject({ local: false, database: 'neo4j' });
    await external.driver.close();
  });

  it('a folder whose server is not running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resograph-none-'));
    await expect(connect({ env: { RESOGRAPH_NEO4J_DIR: dir } })).rejects.toMatchObject({
      code: 'not-running',
      message: 'local Neo4j is not running: run `resograph neo4j start`',
    });
  });
});
