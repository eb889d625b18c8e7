import { parseSymbol, toResolutionSymbol, type SymbolBody } from '../../ids.ts';

// Reading what a user typed into the search box: the symbols it may name, and a safe Lucene query of its words.

export interface SymbolCandidates {
  /** Canonical symbols to look up exactly. */
  exact: string[];
  /** Symbol prefixes for a number written without its year or session ("res 1373" -> "S/RES/1373("). */
  prefixes: string[];
}

const kindWords = /^(?:(?:general assembly|security council|human rights council|ecosoc)\s+)?(?:(resolutions?|res\.?|decisions?|dec\.?)\s+)?/i;
const bodies: readonly SymbolBody[] = ['GA', 'SC', 'HRC', 'ECOSOC'];

/**
 * The symbols a query may name: "A/RES/64/25", "64/25", "resolution 58/32", "S/RES/1373 (2001)",
 * "1373 (2001)", "res 1373", "decision 73/512". Words that cannot be a number give no candidate.
 */
export function toSymbolCandidates(query: string): SymbolCandidates {
  const text = query.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const full = parseSymbol(text);
  if (full) exact.add(full);
  const match = kindWords.exec(text);
  const kindWord = match?.[1]?.toLowerCase() ?? '';
  const number = text.slice(match?.[0].length ?? 0).replace(/^no\.?\s*/i, '');
  const kinds: ('resolution' | 'decision')[] = kindWord.startsWith('dec') ? ['decision'] : kindWord ? ['resolution'] : ['resolution', 'decision'];
  for (const kind of kinds) {
    for (const body of bodies) {
      const symbol = toResolutionSymbol(body, number, kind);
      if (symbol) exact.add(symbol);
    }
  }
  // A Security Council number alone: the year follows in brackets in the symbol.
  if (/^\d{1,4}$/.test(number) && kindWord !== '' && !kindWord.startsWith('dec')) prefixes.add(`S/RES/${number}(`);
  return { exact: [...exact], prefixes: [...prefixes] };
}

const luceneSpecial = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** A user's words with every Lucene operator character escaped, so any input is a valid query. */
export function escapeLucene(text: string): string {
  return text.replace(luceneSpecial, (char) => `\\${char}`);
}

/** The words of a query, escaped, at most 12; empty when nothing searchable is left. */
export function toLuceneWords(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/[\s,;.]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0 && !/^(?:and|or|not|to)$/i.test(word))
    .slice(0, 12)
    .map(escapeLucene);
}

/** Lucene query over the documentText index: all words in the title ranks above words in the text. */
export function toDocumentLucene(words: readonly string[]): string {
  const all = words.join(' AND ');
  return `title:(${all})^4 OR text:(${all}) OR title:(${words.join(' ')})`;
}

/** Lucene query over names: every word, the last one also as a prefix for names typed in part. */
export function toNameLucene(words: readonly string[]): string {
  const last = words[words.length - 1] ?? '';
  const prefix = last.length >= 3 ? ` OR (${[...words.slice(0, -1), `${last}*`].join(' AND ')})` : '';
  return `(${words.join(' AND ')})^2${prefix}`;
}
