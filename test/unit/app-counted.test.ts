import { describe, expect, it } from 'vitest';
import { counted } from '../../web/app/src/text/counted.ts';

describe('counted', () => {
  it('says one thing in the singular, none or many in the plural, with thousands grouped', () => {
    expect(counted(1, 'document')).toBe('1 document');
    expect(counted(0, 'link')).toBe('0 links');
    expect(counted(2000, 'node')).toBe('2,000 nodes');
    expect(counted(1, 'step')).toBe('1 step');
    expect(counted(3, 'query', 'queries')).toBe('3 queries');
  });
});
