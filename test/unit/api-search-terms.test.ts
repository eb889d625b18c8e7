import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLucene, toDocumentLucene, toLuceneWords, toNameLucene, toSymbolCandidates } from '../../graph/neo4j/queries/search-terms.ts';

describe('toSymbolCandidates', () => {
  it.each([
    ['64/25', 'A/RES/64/25'],
    ['A/RES/64/25', 'A/RES/64/25'],
    ['a/res/64/25', 'A/RES/64/25'],
    ['resolution 58/32', 'A/RES/58/32'],
    ['Resolution 58/32', 'A/RES/58/32'],
    ['res. 58/32', 'A/RES/58/32'],
    ['General Assembly resolution 64/25', 'A/RES/64/25'],
    ['S/RES/1373 (2001)', 'S/RES/1373(2001)'],
    ['S/RES/1373(2001)', 'S/RES/1373(2001)'],
    ['1373 (2001)', 'S/RES/1373(2001)'],
    ['resolution 1514 (XV)', 'A/RES/1514(XV)'],
    ['decision 73/512', 'A/DEC/73/512'],
    ['A/64/386', 'A/64/386'],
  ])('reads %j as naming %s', (query, symbol) => {
    expect(toSymbolCandidates(query).exact).toContain(symbol);
  });

  it('reads a Security Council number without its year as a prefix', () => {
    expect(toSymbolCandidates('res 1373')).toEqual({ exact: [], prefixes: ['S/RES/1373('] });
    expect(toSymbolCandidates('resolution 1373').prefixes).toEqual(['S/RES/1373(']);
  });

  it('finds no symbol in plain words', () => {
    expect(toSymbolCandidates('information society')).toEqual({ exact: [], prefixes: [] });
    expect(toSymbolCandidates('1373')).toEqual({ exact: [], prefixes: [] });
  });

  it('asks only for decisions when the query says decision', () => {
    expect(toSymbolCandidates('decision 64/25').exact.every((s) => s.includes('/DEC/'))).toBe(true);
  });
});

describe('Lucene queries from user input', () => {
  it('escapes every operator character', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g"~h*i?j:k\\l/m&n|o')).toBe('a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\"\\~h\\*i\\?j\\:k\\\\l\\/m\\&n\\|o');
  });

  it('keeps words, drops bare operators and punctuation at word ends', () => {
    expect(toLuceneWords('World Summit, "information" AND society!')).toEqual(['World', 'Summit', 'information', 'society']);
    expect(toLuceneWords('64/25')).toEqual(['64\\/25']);
    expect(toLuceneWords('((( *** ')).toEqual([]);
  });

  it('builds queries whose only unescaped operators are its own', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (input) => {
      const words = toLuceneWords(input);
      if (words.length === 0) return;
      for (const query of [toDocumentLucene(words), toNameLucene(words)]) {
        // Remove escaped characters and the query's own syntax; nothing special may be left.
        const rest = query.replace(/\\./g, '').replace(/title:|text:|\^\d|\bAND\b|\bOR\b|[()*]/g, '');
        expect(rest).not.toMatch(/[+\-!{}[\]^"~?:\\/&|]/);
      }
    }));
  });

  it('boosts titles over text and adds a prefix for the last word of a name', () => {
    expect(toDocumentLucene(['cyber', 'security'])).toBe('title:(cyber AND security)^4 OR text:(cyber AND security) OR title:(cyber security)');
    expect(toNameLucene(['world', 'summ'])).toBe('(world AND summ)^2 OR (world AND summ*)');
    expect(toNameLucene(['un'])).toBe('(un)^2');
  });
});
