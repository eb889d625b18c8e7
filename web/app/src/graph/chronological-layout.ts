// The chronological layout: date on the x axis, one horizontal lane per body (or agenda item),
// nodes that would overlap stacked within their lane. Pure, so the canvas just applies positions.
import type { NodeData } from '../api/types.ts';

export type LaneKey = 'body' | 'agendaItem';

export interface ChronologicalOptions {
  lane: LaneKey;
  /** Pixels per year on the x axis. */
  yearWidth: number;
  /** Vertical distance between two stacked nodes in a lane. */
  rowHeight: number;
  /** Closest two nodes in one row may be horizontally. */
  minGap: number;
}

export const chronologicalDefaults: Readonly<ChronologicalOptions> = Object.freeze({
  lane: 'body',
  yearWidth: 70,
  rowHeight: 62,
  minGap: 78,
});

export interface Point { x: number; y: number }

export interface ChronologicalLayout {
  positions: Map<string, Point>;
  /** Year ticks to draw along the top. */
  years: { year: number; x: number }[];
  /** Lane titles with the y of their first row. */
  lanes: { label: string; y: number }[];
  top: number;
}

/** Decimal year of an ISO date at any precision ("2009", "2009-12", "2009-12-02"). */
export function decimalYear(date: string | null): number | null {
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (!match) return null;
  const month = match[2] ? Number(match[2]) - 1 : 0;
  const day = match[3] ? Number(match[3]) - 1 : 0;
  return Number(match[1]) + (month + day / 31) / 12;
}

/**
 * Where on the time axis a node goes: its date, or for an undated document the year its symbol
 * implies (General Assembly session n opens in September of 1945 + n; "(2001)" in a Council symbol).
 */
export function timeOf(node: NodeData): number | null {
  const exact = decimalYear(node.date);
  if (exact !== null) return exact;
  const session = node.session ?? Number(/^A\/(?:RES\/|DEC\/|C\.\d\/)?(\d{1,3})\//.exec(node.id)?.[1] ?? Number.NaN);
  if (Number.isFinite(session) && session > 0 && session < 150) return 1945 + session + 0.7;
  const year = /\((\d{4})\)/.exec(node.id)?.[1];
  return year ? Number(year) + 0.5 : null;
}

const laneOrder = ['GA', 'SC', 'HRC', 'ECOSOC'];

/** A recurring resolution's title is its agenda item's (the graph keys agenda items by it), so lanes by agenda item follow the series across sessions, whatever its item number. */
function laneOf(node: NodeData, key: LaneKey): string {
  if (key === 'body' && node.body) return node.body;
  if (key === 'agendaItem' && node.type === 'agendaItem') return node.title ?? node.label;
  if (key === 'agendaItem' && node.agendaItem) return node.title ?? `Item ${node.agendaItem}`;
  if (['conference', 'summit', 'meeting'].includes(node.type)) return 'Conferences';
  if (node.type === 'group') return 'Expert groups';
  return 'Other';
}

function compareLanes(a: string, b: string): number {
  const rank = (lane: string) => {
    const index = laneOrder.indexOf(lane);
    return index >= 0 ? index : lane === 'Other' ? 99 : 50;
  };
  return rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true });
}

function tickStep(span: number): number {
  if (span > 60) return 10;
  if (span > 24) return 5;
  if (span > 10) return 2;
  return 1;
}

export function chronologicalLayout(nodes: readonly NodeData[], options: ChronologicalOptions = chronologicalDefaults): ChronologicalLayout {
  const dated = nodes.map((node) => ({ node, t: timeOf(node) }));
  const times = dated.flatMap(({ t }) => (t === null ? [] : [t]));
  const first = times.length ? Math.floor(Math.min(...times)) : 2000;
  const last = times.length ? Math.ceil(Math.max(...times)) : 2001;
  const undatedX = (last - first + 1.5) * options.yearWidth;
  // Nodes with no time at all stand in a block of short columns after the last year.
  const undatedSeen = new Map<string, number>();
  const xOf = (t: number | null, lane: string) => {
    if (t !== null) return (t - first) * options.yearWidth;
    const n = undatedSeen.get(lane) ?? 0;
    undatedSeen.set(lane, n + 1);
    return undatedX + Math.floor(n / 4) * options.minGap;
  };

  const byLane = new Map<string, { id: string; x: number }[]>();
  for (const { node, t } of dated) {
    const lane = laneOf(node, options.lane);
    const list = byLane.get(lane) ?? [];
    list.push({ id: node.id, x: xOf(t, lane) });
    byLane.set(lane, list);
  }

  const positions = new Map<string, Point>();
  const lanes: ChronologicalLayout['lanes'] = [];
  let y = 0;
  for (const lane of [...byLane.keys()].sort(compareLanes)) {
    const members = (byLane.get(lane) ?? []).sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
    const rowEnds: number[] = [];
    for (const member of members) {
      let row = rowEnds.findIndex((end) => member.x - end >= options.minGap);
      if (row < 0) row = rowEnds.push(member.x) - 1;
      else rowEnds[row] = member.x;
      positions.set(member.id, { x: member.x, y: y + row * options.rowHeight });
    }
    lanes.push({ label: lane, y });
    y += Math.max(1, rowEnds.length) * options.rowHeight + options.rowHeight * 0.8;
  }

  const step = tickStep(last - first);
  const years: ChronologicalLayout['years'] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) years.push({ year, x: (year - first) * options.yearWidth });
  return { positions, years, lanes, top: -options.rowHeight };
}
