// parseSymbol remembered: the same symbols come back document after document (running heads, the
// documents of a series), and reading one costs several regular expressions and string copies.
import { parseSymbol, type DocumentSymbol } from '../../graph/ids.ts';
import { remembered } from './remembered.ts';

export const readSymbol: (text: string) => DocumentSymbol | null = remembered(parseSymbol);
