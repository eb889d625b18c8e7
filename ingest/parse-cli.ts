// `resograph parse FILE|DIR...`: reads each file, parses it, prints the documents as JSON (one object,
// an array, or JSON lines with --jsonl) and the issues on stderr. Exit code 0 when every file gave a
// document, 1 when some did not.
import type { Command } from 'commander';
import type { ParseIssue } from '../graph/model/parse-issue.ts';
import { toParsedDocumentJsonSchema, type ParsedDocument } from '../graph/model/parsed-document.ts';
import { parseDocument } from './parse/parse-document.ts';
import { readInput } from './read/read-input.ts';
import { walkPaths } from './read/walk.ts';

export interface ParseRun {
  documents: ParsedDocument[];
  issues: ParseIssue[];
  failed: number;
}

/** Reads and parses every file under the paths; one bad file never stops the others. */
export async function parsePaths(paths: readonly string[], onDocument?: (doc: ParsedDocument) => void): Promise<ParseRun> {
  const run: ParseRun = { documents: [], issues: [], failed: 0 };
  for (const entry of await walkPaths(paths)) {
    if ('missing' in entry) {
      run.issues.push({ severity: 'error', code: 'not-found', message: entry.reason, source: entry.missing });
      run.failed++;
      continue;
    }
    const read = await readInput(entry.file);
    if ('issues' in read) {
      run.issues.push(...read.issues);
      run.failed++;
      continue;
    }
    const { document, issues } = parseDocument(read.text, { source: entry.file });
    run.issues.push(...issues);
    if (!document) {
      run.failed++;
      continue;
    }
    if (onDocument) onDocument(document);
    else run.documents.push(document);
  }
  return run;
}

type Write = (text: string) => void;
const write: Write = (text) => process.stdout.write(text);

export interface DocumentWriter {
  document: (doc: ParsedDocument) => void;
  end: () => void;
}

export function jsonLinesWriter(write: Write): DocumentWriter {
  return { document: (doc) => write(`${JSON.stringify(doc)}\n`), end: () => {} };
}

/**
 * One document as an object, more as an array, written as they come (never held all at once): the same
 * text as JSON.stringify(value, null, 2), since an element of an indented array is its own indented text
 * shifted by one level (a JSON string never holds a raw line break).
 */
export function jsonWriter(write: Write): DocumentWriter {
  let first: ParsedDocument | undefined;
  let count = 0;
  const element = (doc: ParsedDocument) => `  ${JSON.stringify(doc, null, 2).replaceAll('\n', '\n  ')}`;
  return {
    document(doc) {
      count += 1;
      if (count === 1) first = doc;
      else if (count === 2) {
        write(`[\n${element(first as ParsedDocument)}`);
        first = undefined;
        write(`,\n${element(doc)}`);
      } else write(`,\n${element(doc)}`);
    },
    end() {
      if (count === 1) write(`${JSON.stringify(first, null, 2)}\n`);
      else if (count > 1) write('\n]\n');
    },
  };
}

export function formatIssue(i: ParseIssue): string {
  const where = [i.source ?? '-', i.line].filter((x) => x !== undefined).join(':');
  return `${where}: ${i.severity} ${i.code}${i.field ? ` (${i.field})` : ''}: ${i.message}`;
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse UN resolutions (text or PDF files, or directories of them) into JSON')
    .argument('[paths...]', 'files or directories')
    .option('--jsonl', 'print one JSON object per line')
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('-q, --quiet', 'print errors only, not warnings')
    .action(async (paths: string[], opts: { jsonl?: boolean; schema?: boolean; quiet?: boolean }) => {
      if (opts.schema) {
        process.stdout.write(`${JSON.stringify(toParsedDocumentJsonSchema(), null, 2)}\n`);
        return;
      }
      if (!paths.length) {
        console.error('resograph parse: give one or more files or directories (or --schema)');
        process.exitCode = 2;
        return;
      }
      const out = opts.jsonl ? jsonLinesWriter(write) : jsonWriter(write);
      const run = await parsePaths(paths, out.document);
      out.end();
      for (const i of run.issues) if (i.severity === 'error' || !opts.quiet) process.stderr.write(`${formatIssue(i)}\n`);
      process.exitCode = run.failed ? 1 : 0;
    });
}
