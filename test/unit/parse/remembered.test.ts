import { describe, expect, it } from 'vitest';
import { remembered } from '../../../ingest/parse/remembered.ts';

describe('remembered', () => {
  it('reads each text once, remembers null answers too, and starts again when full', () => {
    const calls: string[] = [];
    const read = remembered((text: string) => {
      calls.push(text);
      return text === 'none' ? null : text.length;
    }, 2);
    expect([read('ab'), read('ab'), read('none'), read('none')]).toEqual([2, 2, null, null]);
    expect(calls).toEqual(['ab', 'none']);
    read('abc');
    expect(calls).toEqual(['ab', 'none', 'abc']);
    // Full at two answers: the third emptied the map, so 'ab' is read again.
    expect(read('ab')).toBe(2);
    expect(calls).toEqual(['ab', 'none', 'abc', 'ab']);
  });
});
