import { describe, expect, it } from 'vitest';
import { ChainQuery, NeighboursQuery, PathQuery, SearchQuery } from '../../graph/model/api.ts';

// Query strings arrive as text: the schemas coerce numbers, fill defaults and refuse what is out of bounds.
describe('API query schemas', () => {
  it('fills defaults', () => {
    expect(SearchQuery.parse({ q: ' 64/25 ' })).toEqual({ q: '64/25', limit: 20 });
    expect(NeighboursQuery.parse({})).toEqual({ direction: 'both', limit: 50, offset: 0 });
    expect(ChainQuery.parse({})).toEqual({ direction: 'ancestors', depth: 3 });
    expect(PathQuery.parse({ from: 'a', to: 'b' })).toEqual({ from: 'a', to: 'b', max: 5 });
  });

  it('coerces numbers from the query string', () => {
    expect(SearchQuery.parse({ q: 'x', limit: '100' }).limit).toBe(100);
    expect(NeighboursQuery.parse({ limit: '500', offset: '20', type: 'RECALLS', direction: 'out' })).toEqual({ limit: 500, offset: 20, type: 'RECALLS', direction: 'out' });
    expect(ChainQuery.parse({ depth: '10', direction: 'descendants' })).toEqual({ depth: 10, direction: 'descendants' });
  });

  it.each([
    [SearchQuery, {}], [SearchQuery, { q: '' }], [SearchQuery, { q: 'x', limit: '0' }], [SearchQuery, { q: 'x', limit: '101' }], [SearchQuery, { q: 'x', limit: '2.5' }],
    [NeighboursQuery, { limit: '501' }], [NeighboursQuery, { offset: '-1' }], [NeighboursQuery, { type: 'recalls' }], [NeighboursQuery, { direction: 'up' }],
    [ChainQuery, { depth: '11' }], [ChainQuery, { depth: '0' }], [ChainQuery, { direction: 'both' }],
    [PathQuery, { from: 'a' }], [PathQuery, { from: 'a', to: 'b', max: '21' }],
  ] as const)('refuses %#', (schema, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });
});
