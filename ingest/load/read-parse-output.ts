import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { ParsedDocument } from '../../graph/model/parsed-document.ts';
import type { ParseIssue } from '../../graph/model/parse-issue.ts';

export interface ParsedEntry {
  document: ParsedDocument | null;
  issues: ParseIssue[];
}

/**
 * The documents of a file that `resograph parse` wrote: one JSON object, a JSON array, or JSON Lines
 * (read line by line, so a large file is never held whole). Each object is a parsed document, or a
 * `{ document, issues }` pair; each is checked against the ParsedDocument schema, and one that fails
 * becomes an error issue naming its line and field, without stopping the others.
 */
export async function* readParseOutput(file: string): AsyncGenerator<ParsedEntry> {
  if (file.endsWith('.jsonl') || file.endsWith('.ndjson')) {
    yield* readJsonLines(file);
    return;
  }
  const text = await readFile(file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not one JSON value: JSON Lines under another name.
    yield* readJsonLines(file);
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  for (const [index, item] of items.entries()) yield toEntry(item, file, Array.isArray(value) ? `[${index}]` : undefined);
}

async function* readJsonLines(file: string): AsyncGenerator<ParsedEntry> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { document: null, issues: [issue(file, 'bad-json', `not JSON: ${(error as Error).message}`, { line })] };
      continue;
    }
    yield toEntry(value, file, undefined, line);
  }
}

export function toEntry(value: unknown, file: string, at?: string, line?: number): ParsedEntry {
  const wrapped = isWrapped(value);
  const candidate = wrapped ? value.document : value;
  const carried = wrapped && Array.isArray(value.issues) ? (value.issues as ParseIssue[]) : [];
  if (wrapped && candidate === null) return { document: null, issues: carried };
  const parsed = ParsedDocument.safeParse(candidate);
  if (parsed.success) return { document: parsed.data, issues: carried };
  const first = parsed.error.issues[0];
  const field = first?.path.join('.') || undefined;
  const where = [at, line ? `line ${line}` : undefined].filter(Boolean).join(', ');
  return {
    document: null,
    issues: [issue(file, 'bad-parse-output', `${where ? `${where}: ` : ''}not a parsed document: ${field ?? 'value'}: ${first?.message ?? 'invalid'}`, { line, field })],
  };
}

function isWrapped(value: unknown): value is { document: unknown; issues?: unknown } {
  return typeof value === 'object' && value !== null && 'document' in value && !('symbol' in value);
}

function issue(source: string, code: string, message: string, where: { line?: number | undefined; field?: string | undefined }): ParseIssue {
  return {
    severity: 'error', code, message, source,
    ...(where.line ? { line: where.line } : {}),
    ...(where.field ? { field: where.field } : {}),
  };
}
