import { CypherError } from './cypher-error.ts';

// What EXPLAIN says of a query, judged before it runs. The read transaction it then runs in is the
// second lock (Neo4j refuses any write in it); this first one also refuses what a read transaction
// allows but a public console should not: reading files, other databases, other users' transactions.

export interface PlanStep {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanStep[];
}

export interface Explained {
  queryType: string;
  plan: PlanStep | false | null | undefined;
}

// Database-scoped listings that help writing queries; every other SHOW or TERMINATE is an administration command.
const allowedShows = new Set(['ShowProcedures', 'ShowFunctions', 'ShowIndexes', 'ShowConstraints']);

const nothingChanged = 'Nothing was changed.';

/** Throws the refusal a person can read, or returns for a query that only reads the configured database. */
export function assertReadOnly(explained: Explained, database: string): void {
  const steps = flatten(explained.plan);
  for (const step of steps) {
    const [operator = '', target] = step.operatorType.split('@');
    if (operator === 'AdministrationCommand' || target === 'system') {
      throw new CypherError('refused-admin', `Refused: administration commands (users, roles, databases, privileges) cannot be run from the console. ${nothingChanged}`, { neo4jCode: null, position: null });
    }
    if (target !== undefined && target !== database) {
      throw new CypherError('refused-database', `Refused: the console reads the database "${database}" only, and this query reaches "${target}". ${nothingChanged}`, { neo4jCode: null, position: null });
    }
    if (operator === 'LoadCSV') {
      throw new CypherError('refused-load-csv', `Refused: LOAD CSV reads files and URLs from the server's side, which the console does not allow. ${nothingChanged}`, { neo4jCode: null, position: null });
    }
    if (/^(Show|Terminate)/.test(operator) && !allowedShows.has(operator)) {
      throw new CypherError('refused-admin', `Refused: ${describe(operator)} is an administration command, which the console does not run. ${nothingChanged}`, { neo4jCode: null, position: null });
    }
  }
  if (explained.queryType !== 'r') {
    const kind = explained.queryType === 's' ? 'is a schema or administration operation (indexes, constraints, DBMS procedures)' : 'writes to the graph';
    const what = writingStep(steps);
    throw new CypherError(
      explained.queryType === 's' ? 'refused-admin' : 'refused-write',
      `Refused: the console only reads, and this query ${kind}${what ? ` (${what})` : ''}. ${nothingChanged}`,
      { neo4jCode: null, position: null },
    );
  }
}

function flatten(plan: Explained['plan']): PlanStep[] {
  const out: PlanStep[] = [];
  const walk = (step: PlanStep) => {
    out.push(step);
    for (const child of step.children ?? []) walk(child);
  };
  if (plan) walk(plan);
  return out;
}

const writers: Record<string, string> = {
  Create: 'CREATE', Merge: 'MERGE', SetProperty: 'SET or REMOVE', SetProperties: 'SET', SetNodeProperty: 'SET', SetRelationshipProperty: 'SET',
  SetPropertiesFromMap: 'SET', SetNodePropertiesFromMap: 'SET', SetRelationshipPropertiesFromMap: 'SET', SetLabels: 'SET a label',
  RemoveLabels: 'REMOVE a label', Delete: 'DELETE', DetachDelete: 'DETACH DELETE', Foreach: 'FOREACH', ProcedureCall: 'a procedure that writes',
  CreateIndex: 'CREATE INDEX', CreateConstraint: 'CREATE CONSTRAINT', DropIndex: 'DROP INDEX', DropConstraint: 'DROP CONSTRAINT',
};

function writingStep(steps: PlanStep[]): string | null {
  for (const step of steps) {
    const operator = step.operatorType.split('@')[0] ?? '';
    const name = writers[operator];
    if (!name) continue;
    if (operator === 'ProcedureCall') {
      const details = String(step.arguments?.Details ?? '');
      const procedure = /^([\w.]+)\(/.exec(details)?.[1];
      return procedure ? `the procedure ${procedure}` : name;
    }
    return name;
  }
  return null;
}

function describe(operator: string): string {
  return operator.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}
