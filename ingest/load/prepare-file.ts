import type { DocumentWrite } from '../../graph/model/graph-rows.ts';
import type { ParseIssue } from '../../graph/model/parse-issue.ts';
import type { ParsedDocument } from '../../graph/model/parsed-document.ts';
import { parseDocument } from '../parse/parse-document.ts';
import { readInput } from '../read/read-input.ts';
import { readParseOutput } from './read-parse-output.ts';
import { toDocumentWrite } from './to-document-write.ts';

export interface PrepareOptions {
  /** The file holds `resograph parse` output (JSON or JSON Lines), not a resolution's text. */
  fromJson: boolean;
}

/** What the loader needs of a parsed document: its rows, and what the summary reports. */
export interface PreparedDocument {
  write: DocumentWrite;
  warnings: string[];
}

/** One input file, read and parsed, its documents turned into write rows: everything but the database. */
export interface PreparedFile {
  file: string;
  documents: PreparedDocument[];
  issues: ParseIssue[];
}

/** Never throws: a file that cannot be prepared comes back with an error issue, and the others go on. */
export async function prepareFile(file: string, options: PrepareOptions): Promise<PreparedFile> {
  try {
    return await prepare(file, options);
  } catch (error) {
    const message = `could not be prepared: ${error instanceof Error ? error.message : String(error)}`;
    return { file, documents: [], issues: [{ severity: 'error', code: 'prepare-failed', message, source: file }] };
  }
}

async function prepare(file: string, options: PrepareOptions): Promise<PreparedFile> {
  const prepared: PreparedFile = { file, documents: [], issues: [] };
  const add = (document: ParsedDocument | null, issues: readonly ParseIssue[]) => {
    prepared.issues.push(...issues);
    if (document) prepared.documents.push({ write: toDocumentWrite(document, { file }), warnings: document.warnings });
  };
  if (options.fromJson) {
    for await (const entry of readParseOutput(file)) add(entry.document, entry.issues);
    return prepared;
  }
  const read = await readInput(file);
  if ('issues' in read) add(null, read.issues);
  else {
    const parsed = parseDocument(read.text, { source: file });
    add(parsed.document, parsed.issues);
  }
  return prepared;
}
