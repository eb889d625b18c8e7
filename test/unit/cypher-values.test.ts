import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GraphCollector } from '../../graph/neo4j/cypher/to-cypher-elements.ts';
import { toCypherValue, toIsoDuration } from '../../graph/neo4j/cypher/to-cypher-value.ts';
import { toDriverParams } from '../../graph/neo4j/cypher/to-driver-params.ts';

const { Node, Relationship, Path, PathSegment, Date: CyDate, DateTime, Duration, Point } = neo4j.types;
const int = neo4j.int;

const resolution = new Node(int(1), ['Document', 'Resolution'], { symbol: 'A/RES/64/25', session: int(64), adopted: '2009-12-02', title: 'Developments', mentionedIn: ['A/RES/65/41'] }, '4:x:1');
const stub = new Node(int(2), ['Document', 'Resolution'], { symbol: 'A/RES/53/70', stub: true }, '4:x:2');
const group = new Node(int(3), ['ExpertGroup'], { key: 'gge (2004)', name: 'Group of Governmental Experts', established: '2004' }, '4:x:3');
const paragraph = new Node(int(4), ['Note'], { text: 'no key the explorer knows' }, '4:x:4');
const recalls = new Relationship(int(10), int(1), int(2), 'RECALLS', { source: 'A/RES/64/25', paragraph: 'pp1', lead: 'Recalling', quote: '53/70', stance: 'neutral' }, '5:x:10', '4:x:1', '4:x:2');
const refers = new Relationship(int(11), int(1), int(3), 'REFERS_TO', { source: 'A/RES/64/25', paragraph: 'op2' }, '5:x:11', '4:x:1', '4:x:3');

describe('toCypherValue', () => {
  it('keeps Integers exact: numbers within ±2^53, decimal strings beyond', () => {
    expect(toCypherValue(int(42))).toBe(42);
    expect(toCypherValue(int('9007199254740991'))).toBe(9007199254740991);
    expect(toCypherValue(int('9007199254740993'))).toEqual({ $type: 'Integer', value: '9007199254740993' });
    expect(toCypherValue(int('-9223372036854775808'))).toEqual({ $type: 'Integer', value: '-9223372036854775808' });
    expect(toCypherValue(12n)).toBe(12);
  });

  it('tags Floats, including the ones JSON cannot hold', () => {
    expect(toCypherValue(1)).toEqual({ $type: 'Float', value: 1 });
    expect(toCypherValue(0.5)).toEqual({ $type: 'Float', value: 0.5 });
    expect(toCypherValue(Number.NaN)).toEqual({ $type: 'Float', value: 'NaN' });
    expect(toCypherValue(-Infinity)).toEqual({ $type: 'Float', value: '-Infinity' });
  });

  it('writes temporal values as ISO text with their type, and points with their SRID', () => {
    expect(toCypherValue(new CyDate(int(2009), int(12), int(2)))).toEqual({ $type: 'Date', value: '2009-12-02' });
    expect(toCypherValue(new DateTime(int(2009), int(12), int(2), int(10), int(15), int(0), int(0), int(3600)))).toEqual({ $type: 'DateTime', value: '2009-12-02T10:15:00+01:00' });
    expect(toCypherValue(new Duration(int(14), int(3), int(4), int(500_000_000)))).toEqual({ $type: 'Duration', value: 'P1Y2M3DT4.5S' });
    expect(toCypherValue(new Point(int(4326), -73.98, 40.75))).toEqual({ $type: 'Point', srid: 4326, x: -73.98, y: 40.75 });
    expect(toCypherValue(new Point(int(9157), 1, 2, 3))).toEqual({ $type: 'Point', srid: 9157, x: 1, y: 2, z: 3 });
  });

  it('tags maps so a key named $type cannot pass for a tag, and follows lists and maps', () => {
    expect(toCypherValue({ $type: 'Node', a: [int(1), null, 'x'] })).toEqual({ $type: 'Map', value: { $type: 'Node', a: [1, null, 'x'] } });
    expect(toCypherValue(new Uint8Array([1, 2, 255]))).toEqual({ $type: 'Bytes', value: 'AQL/' });
  });

  it('finds nodes and relationships inside paths, lists and maps, once each', () => {
    const collector = new GraphCollector();
    const path = new Path(resolution, stub, [new PathSegment(resolution, recalls, stub)]);
    const value = toCypherValue({ p: path, again: [[resolution, recalls]], g: group, r: refers, other: paragraph }, collector);
    expect(value).toMatchObject({ $type: 'Map', value: { p: { $type: 'Path', nodes: [{ element: 'A/RES/64/25' }, { element: 'A/RES/53/70' }], relationships: [{ type: 'RECALLS' }] } } });
    expect([...collector.nodes.keys()]).toEqual(['4:x:1', '4:x:2', '4:x:3', '4:x:4']);
    expect(collector.missingEnds()).toEqual([]);
    const { elements, undrawable } = collector.toElements();
    expect(undrawable).toBe(1);
    expect(elements.nodes.map((n) => [n.data.id, n.data.type, n.data.label, n.data.stub, n.data.citedBy])).toEqual([
      ['A/RES/64/25', 'resolution', '64/25', false, 1],
      ['A/RES/53/70', 'resolution', '53/70', true, 0],
      ['ExpertGroup:gge (2004)', 'group', 'GGE 2004', false, 0],
    ]);
    expect(elements.edges.map((e) => [e.data.source, e.data.type, e.data.target, e.data.paragraph])).toEqual([
      ['A/RES/64/25', 'RECALLS', 'A/RES/53/70', 'pp1'],
      ['A/RES/64/25', 'REFERS_TO', 'ExpertGroup:gge (2004)', 'op2'],
    ]);
    // Every copy of a relationship in the rows learns its canvas id.
    const rows = value as unknown as { value: { p: { relationships: { element: string }[] }; again: { element: string }[][] } };
    expect(rows.value.p.relationships[0]!.element).toBe(elements.edges[0]!.data.id);
    expect(rows.value.again[0]![1]!.element).toBe(elements.edges[0]!.data.id);
  });

  it('asks for the ends of a relationship returned without them', () => {
    const collector = new GraphCollector();
    toCypherValue(recalls, collector);
    expect(collector.missingEnds()).toEqual(['4:x:1', '4:x:2']);
    expect(collector.toElements()).toEqual({ elements: { nodes: [], edges: [] }, undrawable: 1 });
  });
});

describe('toIsoDuration', () => {
  it.each([
    [{ months: 14, days: 0, seconds: 0, nanoseconds: 0 }, 'P1Y2M'],
    [{ months: 0, days: 0, seconds: 0, nanoseconds: 0 }, 'PT0S'],
    [{ months: 0, days: 3, seconds: 3_661, nanoseconds: 0 }, 'P3DT1H1M1S'],
    [{ months: 0, days: 0, seconds: 0, nanoseconds: 1_000 }, 'PT0.000001S'],
    [{ months: -1, days: 0, seconds: -30, nanoseconds: 0 }, 'P-1MT-30S'],
  ])('%j -> %s', (duration, text) => {
    expect(toIsoDuration(duration)).toBe(text);
  });
});

describe('toDriverParams', () => {
  it('sends whole numbers as Integers and the rest as Floats, deep', () => {
    const params = toDriverParams({ n: 3, x: 0.5, list: [1, 2.5], map: { k: 7 }, s: 'a', none: null });
    expect(neo4j.isInt(params.n)).toBe(true);
    expect(params.x).toBe(0.5);
    expect(neo4j.isInt((params.list as unknown[])[0])).toBe(true);
    expect((params.list as unknown[])[1]).toBe(2.5);
    expect(neo4j.isInt((params.map as { k: unknown }).k)).toBe(true);
    expect([params.s, params.none]).toEqual(['a', null]);
  });
});
