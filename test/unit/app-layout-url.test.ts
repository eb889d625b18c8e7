import { describe, expect, it } from 'vitest';
import type { NodeData } from '../../web/app/src/api/types.ts';
import { chronologicalDefaults, chronologicalLayout, decimalYear } from '../../web/app/src/graph/chronological-layout.ts';
import { isNodeShown, noFilters } from '../../web/app/src/graph/filters.ts';
import { defaultView, fromQuery, toQuery } from '../../web/app/src/graph/view-url.ts';
import { segmentText } from '../../web/app/src/details/highlight.ts';

const node = (id: string, date: string | null, body: string | null = 'GA', type: NodeData['type'] = 'resolution'): NodeData => ({
  id, type, label: id, title: null, date, body, session: null, agendaItem: null, stub: false, synthetic: false, citedBy: 0,
});

describe('chronological layout', () => {
  it('reads dates at any precision', () => {
    expect(decimalYear('2009')).toBe(2009);
    expect(decimalYear('2009-07')).toBeCloseTo(2009.5);
    expect(decimalYear(null)).toBeNull();
  });

  it('puts later dates further right, one lane per body, and undated nodes last', () => {
    const { positions, lanes, years } = chronologicalLayout([node('a', '1998-12-04'), node('b', '2009-12-02'), node('s', '2001-09-28', 'SC'), node('u', null)]);
    const [a, b, s, u] = ['a', 'b', 's', 'u'].map((id) => positions.get(id)!);
    expect(a!.x).toBeLessThan(s!.x);
    expect(s!.x).toBeLessThan(b!.x);
    expect(u!.x).toBeGreaterThan(b!.x);
    expect(a!.y).toBe(b!.y);
    expect(s!.y).toBeGreaterThan(a!.y);
    expect(lanes.map((lane) => lane.label)).toEqual(['GA', 'SC']);
    expect(years.map((tick) => tick.year)).toContain(2000);
  });

  it('gives each agenda item a lane of its own, named by its series title, whatever its item number in a session', () => {
    const ict = 'Developments in the field of information and telecommunications in the context of international security';
    const nodes = [
      { ...node('r1', '2009-12-02'), title: ict, agendaItem: '91' },
      { ...node('r2', '2015-12-23'), title: ict, agendaItem: '93' },
      { ...node('r3', '2010-12-08'), title: 'Nuclear disarmament', agendaItem: '98' },
      { ...node('item', null, null, 'agendaItem'), label: ict.slice(0, 20), title: ict },
      node('c', '2003-12-10', null, 'conference'),
    ];
    const { positions, lanes } = chronologicalLayout(nodes, { ...chronologicalDefaults, lane: 'agendaItem' });
    expect(lanes.map((lane) => lane.label).sort()).toEqual(['Conferences', ict, 'Nuclear disarmament'].sort());
    expect(positions.get('r1')!.y).toBe(positions.get('r2')!.y);
    expect(positions.get('item')!.y).toBe(positions.get('r1')!.y);
    expect(positions.get('r3')!.y).not.toBe(positions.get('r1')!.y);
    // By body, the same resolutions share the General Assembly's lane.
    const byBody = chronologicalLayout(nodes.slice(0, 3));
    expect(byBody.lanes.map((lane) => lane.label)).toEqual(['GA']);
  });

  it('stacks nodes of one lane that would overlap', () => {
    const { positions } = chronologicalLayout([node('a', '2005-01-01'), node('b', '2005-02-01'), node('c', '2015-01-01')]);
    expect(positions.get('a')!.y).not.toBe(positions.get('b')!.y);
    expect(positions.get('c')!.y).toBe(positions.get('a')!.y);
    expect(Math.abs(positions.get('a')!.x - positions.get('b')!.x)).toBeLessThan(chronologicalDefaults.minGap);
  });
});

describe('view in the URL', () => {
  it('round-trips nodes with slashes and spaces, selection, layout and filters', () => {
    const view = {
      nodes: ['A/RES/64/25', 'Conference:world summit on the information society'],
      selected: 'A/RES/64/25',
      layout: 'chronological' as const,
      lanes: 'agendaItem' as const,
      filters: { hiddenTypes: ['place' as const], hiddenRelations: ['CITES' as const], fromYear: 1990, toYear: 2010 },
    };
    expect(fromQuery(toQuery(view))).toEqual(view);
  });

  it('falls back to defaults on junk', () => {
    expect(fromQuery('layout=spiral&sel=X&hideTypes=bogus&from=19x')).toEqual(defaultView);
  });
});

describe('filters', () => {
  it('hides by type and by year, and keeps undated nodes', () => {
    const filters = { ...noFilters, fromYear: 2000, hiddenTypes: ['place' as const] };
    expect(isNodeShown(node('a', '1999-01-01'), filters)).toBe(false);
    expect(isNodeShown(node('b', '2001'), filters)).toBe(true);
    expect(isNodeShown(node('c', null), filters)).toBe(true);
    expect(isNodeShown(node('p', null, null, 'place'), filters)).toBe(false);
  });
});

describe('quote highlighting', () => {
  it('marks each quote once, in text order, across odd whitespace', () => {
    const text = 'Recalling its resolutions 53/70 of 4 December 1998 and 54/49 of\n1 December 1999,';
    const segments = segmentText(text, ['54/49 of 1 December 1999', '53/70 of 4 December 1998', 'not there']);
    expect(segments.filter((s) => s.mark !== null).map((s) => [s.mark, s.text])).toEqual([
      [1, '53/70 of 4 December 1998'],
      [0, '54/49 of 1 December 1999'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text.replace(/\s+/g, ' '));
  });

  it('gives the whole text as one plain run when nothing matches', () => {
    expect(segmentText('plain', [null])).toEqual([{ text: 'plain', mark: null }]);
  });
});

describe('time of undated documents', async () => {
  const { timeOf } = await import('../../web/app/src/graph/chronological-layout.ts');
  it('reads the session from a General Assembly symbol and the year from a Council one', () => {
    expect(timeOf(node('A/60/95', null))).toBeCloseTo(2005.7);
    expect(timeOf(node('A/RES/53/70', null))).toBeCloseTo(1998.7);
    expect(timeOf(node('S/RES/1373 (2001)', null, 'SC'))).toBeCloseTo(2001.5);
    expect(timeOf(node('Conference:x', null, null, 'conference'))).toBeNull();
    expect(timeOf(node('A/RES/64/25', '2009-12-02'))).toBeCloseTo(2009.92, 1);
  });
});
