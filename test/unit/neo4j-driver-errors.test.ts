import { describe, expect, it } from 'vitest';
import { toGraphError } from '../../graph/neo4j/driver-errors.ts';

const external = { uri: 'neo4j://db.example:7687', user: 'reader', database: 'un', local: false };
const failure = (code: string, message = 'from the driver') => Object.assign(new Error(message), { code });

describe('toGraphError', () => {
  it.each([
    ['Neo.ClientError.Security.Unauthorized', 'unauthorized', /refused user 'reader'.*NEO4J_USER and NEO4J_PASSWORD/],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'unauthorized', /NEO4J_PASSWORD/],
    ['ServiceUnavailable', 'unreachable', /no Neo4j answers at neo4j:\/\/db\.example:7687.*NEO4J_URI/],
    ['SessionExpired', 'unreachable', /NEO4J_URI/],
    ['Neo.ClientError.Database.DatabaseNotFound', 'database-missing', /database 'un' does not exist.*NEO4J_DATABASE/],
  ])('%s becomes %s', (driverCode, code, message) => {
    const error = toGraphError(failure(driverCode), external);
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });

  it('keeps the first sentence of the driver message only', () => {
    const error = toGraphError(failure('ServiceUnavailable', 'Could not perform discovery. No routing servers available. Known routing table: RoutingTable[...]'), external);
    expect(error?.message).toContain('(Could not perform discovery)');
    expect(error?.message).not.toContain('RoutingTable');
  });

  it('points at the local files, not NEO4J_*, for the local server', () => {
    const error = toGraphError(failure('Neo.ClientError.Security.Unauthorized'), { ...external, local: true });
    expect(error?.message).toContain('.neo4j/password');
    expect(error?.message).not.toContain('NEO4J_PASSWORD');
  });

  it('leaves unknown failures alone', () => {
    expect(toGraphError(failure('Neo.ClientError.Statement.SyntaxError'), external)).toBeUndefined();
    expect(toGraphError(new Error('plain'), external)).toBeUndefined();
  });
});
