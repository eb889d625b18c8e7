// parseSymbol remembered: the same symbols come back document after document (running heads, the
// documents of a series), and reading one costs several regular expressions and string copies.
import { parseSymbol, type DocumentSymbol } from '../../graph/ids.ts';

const read = new Map<string, DocumentSymbol | null>();

export function readSymbol(text: string): DocumentSymbol | null {
  let symbol = read.get(text);
  if (symbol === undefined) {
    symbol = parseSymbol(text);
    if (read.size >= 10_000) read.clear();
    read.set(text, symbol);
  }
  return symbol;
}
