import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { JSONParser } from '@streamparser/json';
import { ParsedDocument } from '../../graph/model/parsed-document.ts';
import type { ParseIssue } from '../../graph/model/parse-issue.ts';

export interface ParsedEntry {
  document: ParsedDocument | null;
  issues: ParseIssue[];
}

export interface ReadParseOutputOptions {
  /** Files larger than this many bytes are streamed, never held whole; smaller ones take JSON.parse's fast path. */
  streamAbove?: number;
}

/** How far into the file the reading has come, in bytes (to a read-ahead buffer's size): for progress. */
export interface ReadPosition {
  bytes: number;
}

const defaultStreamAbove = 8 * 1024 * 1024;

/**
 * The documents of a file that `resograph parse` wrote: one JSON object, a JSON array, or JSON Lines.
 * JSON Lines and large arrays are streamed, so memory stays flat whatever the file's size. Each object
 * is a parsed document, or a `{ document, issues }` pair; each is checked against the ParsedDocument
 * schema, and one that fails becomes an error issue naming its line or index and field, without
 * stopping the others.
 */
export async function* readParseOutput(file: string, options: ReadParseOutputOptions = {}, position: ReadPosition = { bytes: 0 }): AsyncGenerator<ParsedEntry> {
  if (file.endsWith('.jsonl') || file.endsWith('.ndjson')) {
    yield* readJsonLines(file, position);
    return;
  }
  const { size, first } = await peek(file);
  if (size > (options.streamAbove ?? defaultStreamAbove)) {
    // A large file is an array to stream, or JSON Lines under another name (one document is never this big).
    yield* first === '[' ? readJsonArray(file, position) : readJsonLines(file, position);
    return;
  }
  const text = await readFile(file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    yield* readJsonLines(file, position);
    return;
  }
  position.bytes = size;
  const items = Array.isArray(value) ? value : [value];
  for (const [index, item] of items.entries()) yield toEntry(item, file, Array.isArray(value) ? `[${index}]` : undefined);
}

async function peek(file: string): Promise<{ size: number; first: string }> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    const first = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart()[0] ?? '';
    return { size, first };
  } finally {
    await handle.close();
  }
}

/** The elements of a top-level JSON array, each handed on as soon as it is complete. */
async function* readJsonArray(file: string, position: ReadPosition): AsyncGenerator<ParsedEntry> {
  const parser = new JSONParser({ paths: ['$.*'], keepStack: false });
  let ready: ParsedEntry[] = [];
  let count = 0;
  parser.onValue = ({ value, key }) => {
    count += 1;
    ready.push(toEntry(value, file, `[${String(key)}]`));
  };
  const failed = (error: unknown): ParsedEntry => ({
    document: null,
    issues: [issue(file, 'bad-json', `[${count}]: not JSON: ${(error as Error).message}; the elements after it were not read`, {})],
  });
  const stream = createReadStream(file);
  for await (const chunk of stream) {
    position.bytes = stream.bytesRead;
    try {
      parser.write(chunk as Buffer);
    } catch (error) {
      yield* ready;
      yield failed(error);
      return;
    }
    const out = ready;
    ready = [];
    yield* out;
  }
  if (parser.isEnded) return;
  try {
    parser.end();
  } catch (error) {
    yield failed(error);
  }
}

async function* readJsonLines(file: string, position: ReadPosition): AsyncGenerator<ParsedEntry> {
  const stream = createReadStream(file, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    position.bytes = stream.bytesRead;
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
