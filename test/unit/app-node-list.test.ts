import { describe, expect, it } from 'vitest';
import type { NodeData } from '../../web/app/src/api/types.ts';
import { listOrder } from '../../web/app/src/list/node-order.ts';
import { overscan, rowWindow, scrollToRow, wholeListUpTo } from '../../web/app/src/list/row-window.ts';

const node = (label: string, date: string | null): NodeData => ({ id: `A/RES/${label}`, type: 'resolution', label, title: null, date, body: 'GA', session: 1, agendaItem: null, stub: false, synthetic: true, citedBy: 0 });

describe('the list of the canvas', () => {
  it('orders nodes newest first, then by label as String.localeCompare does, undated last', () => {
    const nodes = [node('9/10', '2001-05-01'), node('10/2', null), node('9/9', '2001-05-01'), node('b', '1999-01-01'), node('A', '1999-01-01'), node('a', '1999-01-01'), node('x', '2001')];
    const expected = [...nodes].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.label.localeCompare(b.label));
    expect(listOrder(nodes).map((n) => n.label)).toEqual(expected.map((n) => n.label));
  });

  it('renders a short list whole, and of a long one the rows in view with a margin either side', () => {
    expect(rowWindow(wholeListUpTo, 5000, 400, 25)).toEqual({ start: 0, end: wholeListUpTo });
    expect(rowWindow(2000, 0, 400, 25)).toEqual({ start: 0, end: 17 + overscan });
    expect(rowWindow(2000, 1000, 400, 25)).toEqual({ start: 40 - overscan, end: 57 + overscan });
    expect(rowWindow(2000, 1e9, 400, 25)).toEqual({ start: 2000 - overscan, end: 2000 });
    // Not yet measured: a few rows, never none.
    expect(rowWindow(2000, 0, 0, 25).end).toBeGreaterThan(0);
  });

  it('scrolls a row into view by as little as it takes', () => {
    expect(scrollToRow(10, 25, 0, 400, 3)).toBe(0);
    expect(scrollToRow(100, 25, 0, 400, 3)).toBe(3 + 101 * 25 - 400);
    expect(scrollToRow(2, 25, 1000, 400, 3)).toBe(53);
  });
});
