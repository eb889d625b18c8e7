// The answer as files: CSV with one column per result column (cells in Cypher's notation) and the
// JSON the server sent. Pure, so both are unit-tested.
import type { CypherResponse } from '../api/types.ts';
import { toCypherText } from './cypher-text.ts';

const csvCell = (text: string) => (/[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function toCsv(result: Pick<CypherResponse, 'columns' | 'rows'>): string {
  const lines = [result.columns.map(csvCell).join(',')];
  for (const row of result.rows) lines.push(row.map((value) => (value === null ? '' : csvCell(toCypherText(value)))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(result: CypherResponse, query: string, params: Record<string, unknown>): string {
  return `${JSON.stringify({ query, params, ...result }, null, 2)}\n`;
}

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
