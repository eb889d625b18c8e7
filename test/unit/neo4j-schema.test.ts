import { describe, expect, it } from 'vitest';
import { nodeKey } from '../../graph/model/graph-rows.ts';
import { indexConfigOf, isStale, nameOf, readSchemaStatements, splitStatements } from '../../graph/neo4j/schema.ts';

const statements = readSchemaStatements();

describe('schema/*.cypher', () => {
  it('has a uniqueness constraint on the key of every node label the loader merges on', () => {
    for (const [label, key] of Object.entries(nodeKey)) {
      expect(statements, `${label}.${key}`).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.${key} IS UNIQUE$`)));
    }
  });

  it('has the full-text index documentText over document titles and text and paragraph text', () => {
    const documentText = statements.find((statement) => nameOf(statement) === 'documentText') ?? '';
    expect(documentText).toMatch(/^CREATE FULLTEXT INDEX documentText IF NOT EXISTS FOR \(n:Document\|Paragraph\) ON EACH \[n\.title, n\.text\]/);
    expect(indexConfigOf(documentText)).toEqual({ 'fulltext.eventually_consistent': true });
  });

  it('only creates, if not there, under names of its own', () => {
    expect(statements.length).toBeGreaterThanOrEqual(9);
    for (const statement of statements) expect(statement).toMatch(/^CREATE (CONSTRAINT|FULLTEXT INDEX|INDEX) \w+ IF NOT EXISTS /);
    const names = statements.map(nameOf);
    expect(new Set(names).size).toBe(statements.length);
  });
});

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    expect(splitStatements('// about\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n')).toEqual([
      'CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  it('names what each statement creates', () => {
    expect(nameOf('CREATE CONSTRAINT place_name IF NOT EXISTS FOR (n:Place) REQUIRE n.name IS UNIQUE')).toBe('place_name');
    expect(nameOf('CREATE FULLTEXT INDEX documentText IF NOT EXISTS FOR (n:Document) ON EACH [n.title]')).toBe('documentText');
    expect(nameOf('MATCH (n) RETURN n')).toBeUndefined();
  });
});

describe('stale indexes', () => {
  const statement = "CREATE FULLTEXT INDEX t IF NOT EXISTS FOR (n:D) ON EACH [n.x] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true, `fulltext.analyzer`: 'english'}}";

  it('reads the settings a statement names', () => {
    expect(indexConfigOf(statement)).toEqual({ 'fulltext.eventually_consistent': true, 'fulltext.analyzer': 'english' });
    expect(indexConfigOf('CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)')).toEqual({});
  });

  it('calls an index stale only when the database holds another value of a named setting', () => {
    const held = { 'fulltext.eventually_consistent': false, 'fulltext.analyzer': 'english', 'other.setting': 1 };
    expect(isStale(statement, { indexConfig: held })).toBe(true);
    expect(isStale(statement, { indexConfig: { ...held, 'fulltext.eventually_consistent': true } })).toBe(false);
    expect(isStale(statement, { indexConfig: { ...held, 'fulltext.eventually_consistent': true, 'fulltext.analyzer': 'standard' } })).toBe(true);
    expect(isStale('CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', { indexConfig: held })).toBe(false);
    expect(isStale(statement, null)).toBe(false);
  });
});
