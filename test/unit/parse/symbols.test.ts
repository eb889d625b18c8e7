import { describe, expect, it } from 'vitest';
import { parseSymbol } from '../../../graph/ids.ts';
import { readSymbol } from '../../../ingest/parse/symbols.ts';

describe('readSymbol', () => {
  it('reads as parseSymbol does, the first time and again', () => {
    for (const text of ['A/55/140/corr.1', 'A/RES/1514 (XV)', 'HIV/AIDS', 'and/or', 'S/2024/767', 'A/73/12 (Part I)']) {
      expect(readSymbol(text)).toBe(parseSymbol(text));
      expect(readSymbol(text)).toBe(parseSymbol(text));
    }
  });
});
