import { describe, expect, it } from 'vitest';
import { assertReadOnly, type Explained, type PlanStep } from '../../graph/neo4j/cypher/check-read-only.ts';
import { readPosition, toCypherError } from '../../graph/neo4j/cypher/cypher-error.ts';
import { defaultCypherLimits, readCypherLimits } from '../../graph/neo4j/cypher/limits.ts';

const step = (operatorType: string, children: PlanStep[] = [], details?: string): PlanStep => ({ operatorType, children, arguments: details ? { Details: details } : {} });
const limits = { timeoutMs: 1500, maxRows: 10 };

describe('assertReadOnly', () => {
  it('lets a read of the configured database through', () => {
    expect(() => assertReadOnly({ queryType: 'r', plan: step('ProduceResults@neo4j', [step('AllNodesScan@neo4j')]) }, 'neo4j')).not.toThrow();
    expect(() => assertReadOnly({ queryType: 'r', plan: step('ShowProcedures@neo4j') }, 'neo4j')).not.toThrow();
  });

  it.each([
    ['a write', { queryType: 'w', plan: step('ProduceResults@neo4j', [step('EmptyResult@neo4j', [step('Create@neo4j')])]) }, 'refused-write', /writes to the graph \(CREATE\)/],
    ['a read and write', { queryType: 'rw', plan: step('ProduceResults@neo4j', [step('Merge@neo4j')]) }, 'refused-write', /\(MERGE\)/],
    ['a writing procedure', { queryType: 'w', plan: step('ProcedureCall@neo4j', [], "db.createLabel($autostring_0) :: ()") }, 'refused-write', /the procedure db\.createLabel/],
    ['a schema command', { queryType: 's', plan: step('CreateIndex@neo4j') }, 'refused-admin', /schema or administration/],
    ['an administration command', { queryType: 's', plan: step('AdministrationCommand@system') }, 'refused-admin', /administration commands/],
    ['LOAD CSV, which reads', { queryType: 'r', plan: step('ProduceResults@neo4j', [step('LoadCSV@neo4j')]) }, 'refused-load-csv', /LOAD CSV/],
    ['TERMINATE TRANSACTIONS, which reads', { queryType: 'r', plan: step('TerminateTransactions@neo4j') }, 'refused-admin', /TERMINATE TRANSACTIONS/],
    ['SHOW TRANSACTIONS', { queryType: 'r', plan: step('ShowTransactions@neo4j') }, 'refused-admin', /SHOW TRANSACTIONS/],
    ['another database', { queryType: 'r', plan: step('ProduceResults@other', [step('AllNodesScan@other')]) }, 'refused-database', /reaches "other"/],
  ] satisfies [string, Explained, string, RegExp][])('refuses %s', (_what, explained, code, message) => {
    expect(() => assertReadOnly(explained, 'neo4j')).toThrow(message);
    try {
      assertReadOnly(explained, 'neo4j');
    } catch (error) {
      expect((error as { code: string }).code).toBe(code);
      expect((error as Error).message).toMatch(/Nothing was changed\.$/);
    }
  });
});

describe('Neo4j errors', () => {
  it('reads the position and moves it back past what the console put before the query', () => {
    const message = "Invalid input 'RETRN': expected ... (line 3, column 1 (offset: 18))\n\"RETRN n\"\n ^";
    expect(readPosition(message)).toEqual({ line: 3, column: 1, offset: 18 });
    expect(readPosition(message, { lines: 1, chars: 8 })).toEqual({ line: 2, column: 1, offset: 10 });
    expect(readPosition('no position here')).toBeNull();
  });

  it('names a timeout, a write refused by the read transaction, and passes other codes through', () => {
    expect(toCypherError({ code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', message: 'terminated' }, limits)).toMatchObject({ code: 'timeout', message: expect.stringMatching(/time limit of 1\.5 s/), details: { limits } });
    expect(toCypherError({ code: 'Neo.ClientError.Statement.AccessMode', message: 'Writing in read access mode not allowed.' }, limits)).toMatchObject({ code: 'refused-write', message: expect.stringMatching(/Nothing was changed/) });
    expect(toCypherError({ code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input (line 1, column 3 (offset: 2))' }, limits)).toMatchObject({ code: 'cypher-error', message: 'Invalid input', details: { position: { line: 1, column: 3, offset: 2 } } });
    expect(toCypherError(new Error('not from Neo4j'), limits)).toBeNull();
  });
});

describe('readCypherLimits', () => {
  it('defaults to 10 s and 5,000 rows, reads the environment, and refuses a bad value', () => {
    expect(readCypherLimits({})).toEqual(defaultCypherLimits);
    expect(readCypherLimits({ RESOGRAPH_CYPHER_TIMEOUT_MS: '2500', RESOGRAPH_CYPHER_MAX_ROWS: '100' })).toEqual({ timeoutMs: 2500, maxRows: 100 });
    expect(() => readCypherLimits({ RESOGRAPH_CYPHER_MAX_ROWS: '0' })).toThrow(/RESOGRAPH_CYPHER_MAX_ROWS=0 is not a whole number/);
    expect(() => readCypherLimits({ RESOGRAPH_CYPHER_TIMEOUT_MS: '10s' })).toThrow(/RESOGRAPH_CYPHER_TIMEOUT_MS/);
  });
});
