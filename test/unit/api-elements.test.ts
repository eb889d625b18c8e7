import { describe, expect, it } from 'vitest';
import { NodeData } from '../../graph/model/elements.ts';
import { acronym, parseNodeId, shortSymbol, toEdgeData, toNodeData, toPlain, type NodeRow } from '../../graph/neo4j/queries/elements.ts';
import { toGroups, toLeadPhrase } from '../../graph/neo4j/queries/neighbours.ts';
import neo4j from 'neo4j-driver';

const row = (extra: Partial<NodeRow>): NodeRow => ({
  id: 'x', labels: ['Document'], symbol: null, name: null, topic: null, title: null, number: null, date: null, body: null,
  session: null, agendaItem: null, stub: null, synthetic: null, citedBy: neo4j.int(0), ...extra,
});

describe('element ids', () => {
  it.each([
    ['A/RES/64/25', { label: 'Document', key: 'A/RES/64/25' }],
    ['S/RES/1373(2001)', { label: 'Document', key: 'S/RES/1373(2001)' }],
    ['Conference:world summit on the information society', { label: 'Conference', key: 'world summit on the information society' }],
    ['ExpertGroup:gge (2004)', { label: 'ExpertGroup', key: 'gge (2004)' }],
    ['Place:Midrand, South Africa', { label: 'Place', key: 'Midrand, South Africa' }],
    ['Series:a:b', { label: 'Series', key: 'a:b' }],
    ['Document:A/1', { label: 'Document', key: 'Document:A/1' }],
    ['Unknown:thing', { label: 'Document', key: 'Unknown:thing' }],
  ])('reads %j', (id, expected) => {
    expect(parseNodeId(id)).toEqual(expected);
  });
});

describe('toNodeData', () => {
  it('maps a whole resolution, Integers to numbers', () => {
    const data = toNodeData(row({
      id: 'A/RES/64/25', labels: ['Document', 'Resolution'], symbol: 'A/RES/64/25', number: '64/25', title: 'Developments', date: '2009-12-02',
      body: 'GA', session: neo4j.int(64), agendaItem: '91', stub: false, synthetic: false, citedBy: neo4j.int(3),
    }));
    expect(data).toEqual({
      id: 'A/RES/64/25', type: 'resolution', label: '64/25', title: 'Developments', date: '2009-12-02', body: 'GA',
      session: 64, agendaItem: '91', stub: false, synthetic: false, citedBy: 3,
    });
    expect(NodeData.parse(data)).toEqual(data);
  });

  it('gives a stub its body from the symbol and a short label', () => {
    expect(toNodeData(row({ id: 'S/RES/1540(2004)', labels: ['Document', 'Resolution'], symbol: 'S/RES/1540(2004)', stub: true }))).toMatchObject({
      type: 'resolution', label: '1540 (2004)', body: 'SC', stub: true, title: null,
    });
    expect(toNodeData(row({ id: 'A/64/386', labels: ['Document', 'Report'], symbol: 'A/64/386', stub: true }))).toMatchObject({ type: 'report', label: 'A/64/386', body: 'GA' });
    expect(toNodeData(row({ id: 'A/DEC/73/512', labels: ['Document', 'Decision'], symbol: 'A/DEC/73/512', number: '73/512' }))).toMatchObject({ type: 'decision', label: '73/512' });
  });

  it.each([
    [['Conference', 'Summit'], { name: 'World Summit on the Information Society' }, 'summit', 'WSIS'],
    [['Conference'], { name: 'Information Society and Development Conference' }, 'conference', 'ISDC'],
    [['Conference', 'Meeting'], { name: 'international meetings of experts' }, 'meeting', 'international meetings of exper…'],
    [['ExpertGroup'], { name: 'Group of Governmental Experts on Developments in the Field of Information', date: '2004' }, 'group', 'GGE 2004'],
    [['ExpertGroup'], { name: 'independent high-level expert group' }, 'group', 'independent high-level…'],
    [['Place'], { name: 'Midrand, South Africa' }, 'place', 'Midrand, South Africa'],
    [['Instrument'], { name: 'Headquarters Agreement' }, 'instrument', 'Headquarters Agreement'],
    [['Series'], { topic: 'peacebuilding and sustaining peace' }, 'series', 'peacebuilding and sustaining pe…'],
    [['AgendaItem'], { title: 'Nuclear disarmament' }, 'agendaItem', 'Nuclear disarmament'],
  ] as const)('names a %j node', (labels, extra, type, label) => {
    const data = toNodeData(row({ labels: [...labels], ...extra }));
    expect(data).toMatchObject({ type, label, body: null });
    expect(data.title).toBe(Object.values(extra)[0]);
  });

  it('short symbols and acronyms', () => {
    expect(shortSymbol('A/HRC/RES/20/8')).toBe('20/8');
    expect(shortSymbol('E/RES/2006/46')).toBe('2006/46');
    expect(shortSymbol('A/64/386')).toBe('A/64/386');
    expect(acronym('Treaty on the Non-Proliferation of Nuclear Weapons')).toBe('TNPNW');
    expect(acronym('the role of science')).toBe('');
  });
});

describe('toEdgeData', () => {
  it('keeps provenance and makes a stable id', () => {
    const props = { source: 'A/RES/64/25', paragraph: 'pp1', lead: 'Recalling', quote: '53/70 of 4 December 1998', stance: 'neutral', date: '1998-12-04' };
    const edge = toEdgeData({ type: 'RECALLS', source: 'A/RES/64/25', target: 'A/RES/53/70', props });
    expect(edge).toEqual({
      id: 'A/RES/64/25|RECALLS|A/RES/53/70|A/RES/64/25|pp1||', source: 'A/RES/64/25', target: 'A/RES/53/70', type: 'RECALLS',
      doc: 'A/RES/64/25', paragraph: 'pp1', lead: 'Recalling', quote: '53/70 of 4 December 1998', footnote: null, stance: 'neutral',
    });
    expect(toEdgeData({ type: 'RECALLS', source: 'A/RES/64/25', target: 'A/RES/53/70', props }).id).toBe(edge.id);
  });

  it('tells apart the phases of a summit and the documents that name them', () => {
    const held = (start: string, source: string) => toEdgeData({
      type: 'HELD_IN', source: 'Conference:wsis', target: 'Place:Geneva', props: { source, paragraph: 'pp7', start, end: '2003-12-12', label: 'first phase', stance: 'neutral' },
    });
    expect(held('2003-12-10', 'A/RES/64/25')).toMatchObject({ start: '2003-12-10', end: '2003-12-12', label: 'first phase' });
    expect(new Set([held('2003-12-10', 'A/RES/64/25').id, held('2005-11-16', 'A/RES/64/25').id, held('2003-12-10', 'A/RES/80/1').id]).size).toBe(3);
  });

  it('turns Integers into numbers anywhere in properties', () => {
    expect(toPlain({ session: neo4j.int(64), list: [neo4j.int(1), 'a'] })).toEqual({ session: 64, list: [1, 'a'] });
  });
});

describe('neighbour groups', () => {
  it('reduces lead phrases to their verb', () => {
    expect(toLeadPhrase('Recalling also, in this connection,')).toBe('Recalling');
    expect(toLeadPhrase('Taking note further')).toBe('Taking note');
    expect(toLeadPhrase(null)).toBeNull();
  });

  it('counts the whole set by body, decade and lead, once per neighbour', () => {
    const groups = toGroups([
      { body: 'GA', symbol: 'A/RES/53/70', date: '1998-12-04', leads: ['Recalling', 'Recalling also'] },
      { body: null, symbol: 'S/RES/1373(2001)', date: '2001-09-28', leads: ['Reaffirming'] },
      { body: null, symbol: 'A/RES/55/28', date: null, leads: [null] },
    ]);
    expect(groups).toEqual([
      { key: 'body:GA', label: 'GA', count: 2 },
      { key: 'body:SC', label: 'SC', count: 1 },
      { key: 'decade:1990s', label: '1990s', count: 1 },
      { key: 'decade:2000s', label: '2000s', count: 1 },
      { key: 'lead:Reaffirming', label: 'Reaffirming', count: 1 },
      { key: 'lead:Recalling', label: 'Recalling', count: 1 },
    ]);
  });
});
