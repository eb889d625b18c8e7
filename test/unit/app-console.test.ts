import { describe, expect, it } from 'vitest';
import type { CypherNode, CypherRelationship, CypherValue } from '../../graph/model/cypher.ts';
import { toCypherText, typeOf } from '../../web/app/src/console/cypher-text.ts';
import { addToHistory, maxHistory, readHistory, readParams, writeHistory, type HistoryEntry } from '../../web/app/src/console/query-history.ts';
import { toCsv } from '../../web/app/src/console/to-downloads.ts';

const a: CypherNode = { $type: 'Node', elementId: '1', labels: ['Document', 'Resolution'], properties: { symbol: 'A/RES/64/25', session: 64 }, element: 'A/RES/64/25' };
const b: CypherNode = { $type: 'Node', elementId: '2', labels: ['Resolution'], properties: { 'odd key': "it's" }, element: null };
const r: CypherRelationship = { $type: 'Relationship', elementId: '9', type: 'RECALLS', start: '1', end: '2', properties: {}, element: null };

describe('toCypherText', () => {
  it.each<[CypherValue, string]>([
    [null, 'null'],
    ['plain', 'plain'],
    [42, '42'],
    [{ $type: 'Float', value: 2 }, '2.0'],
    [{ $type: 'Float', value: 'NaN' }, 'NaN'],
    [{ $type: 'Integer', value: '9007199254740993' }, '9007199254740993'],
    [{ $type: 'Date', value: '2009-12-02' }, '2009-12-02'],
    [[1, 'a', null, { $type: 'Date', value: '2009-12-02' }], "[1, 'a', null, date('2009-12-02')]"],
    [{ $type: 'Map', value: { a: { $type: 'Map', value: { 'b c': [true] } } } }, '{a: {`b c`: [true]}}'],
    [{ $type: 'Point', srid: 7203, x: 1, y: 2 }, 'point({srid: 7203, x: 1, y: 2})'],
    [a, "(:Document:Resolution {symbol: 'A/RES/64/25', session: 64})"],
    [b, "(:Resolution {`odd key`: 'it\\'s'})"],
    [{ $type: 'Path', nodes: [a, b], relationships: [r] }, "(:Document:Resolution {symbol: 'A/RES/64/25', session: 64})-[:RECALLS]->(:Resolution {`odd key`: 'it\\'s'})"],
    [{ $type: 'Path', nodes: [b, a], relationships: [r] }, "(:Resolution {`odd key`: 'it\\'s'})<-[:RECALLS]-(:Document:Resolution {symbol: 'A/RES/64/25', session: 64})"],
  ])('%j', (value, text) => {
    expect(toCypherText(value)).toBe(text);
  });

  it('names types as Cypher does', () => {
    expect([null, true, 's', 1, [], a].map((v) => typeOf(v as CypherValue))).toEqual(['NULL', 'Boolean', 'String', 'Integer', 'List', 'Node']);
  });
});

describe('toCsv', () => {
  it('writes one column per result column and quotes what needs it', () => {
    const csv = toCsv({ columns: ['n', 'text', 'list'], rows: [[1, 'a, "b"', ['x']], [null, ' padded', { $type: 'Integer', value: '9007199254740993' }]] });
    expect(csv).toBe('n,text,list\r\n1,"a, ""b""",[\'x\']\r\n," padded",9007199254740993\r\n');
  });
});

describe('history and parameters', () => {
  const entry = (query: string, params = '{}'): HistoryEntry => ({ query, params, at: '2026-01-01T00:00:00Z', outcome: '1 rows' });

  it('puts the newest first, moves a repeat up, and keeps at most 50', () => {
    let history = [entry('A'), entry('B')];
    history = addToHistory(history, entry('B'));
    expect(history.map((e) => e.query)).toEqual(['B', 'A']);
    history = addToHistory(history, entry('B', '{"x": 1}'));
    expect(history).toHaveLength(3);
    for (let i = 0; i < 60; i += 1) history = addToHistory(history, entry(`Q${i}`));
    expect(history).toHaveLength(maxHistory);
    expect(history[0]!.query).toBe('Q59');
  });

  it('survives a round trip through storage and ignores what is not a history', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    writeHistory([entry('MATCH (n) RETURN n')], storage);
    expect(readHistory(storage)).toEqual([entry('MATCH (n) RETURN n')]);
    store.set('resograph.console.history', '{"not": "a list"}');
    expect(readHistory(storage)).toEqual([]);
    store.set('resograph.console.history', 'not json');
    expect(readHistory(storage)).toEqual([]);
  });

  it('reads parameters as a JSON object or says why not', () => {
    expect(readParams('')).toEqual({ params: {} });
    expect(readParams('{"symbol": "A/RES/64/25", "n": 3}')).toEqual({ params: { symbol: 'A/RES/64/25', n: 3 } });
    expect(readParams('[1]')).toEqual({ error: expect.stringMatching(/must be a JSON object/) });
    expect(readParams('{"a": ')).toEqual({ error: expect.stringMatching(/not valid JSON/) });
  });
});
