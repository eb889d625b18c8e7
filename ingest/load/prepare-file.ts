import type { DocumentWrite } from '../../graph/model/graph-rows.ts';
import type { ParseIssue } from '../../graph/model/parse-issue.ts';
import type { ParsedDocument } from '../../graph/model/parsed-document.ts';
import { parseDocument } from '../parse/parse-document.ts';
import { readInput } from '../read/read-input.ts';
import { readParseOutput, type ReadParseOutputOptions, type ReadPosition } from './read-parse-output.ts';
import { toDocumentWrite } from './to-document-write.ts';

export interface PrepareOptions extends ReadParseOutputOptions {
  /** The file holds `resograph parse` output (JSON or JSON Lines), not a resolution's text. */
  fromJson: boolean;
  /** Bounds of one part: a file of parse output comes back in parts, so none is ever held whole. */
  part?: PartLimits;
}

export interface PartLimits {
  maxDocuments: number;
  /** Characters of document text in one part (a part closes once it reaches this). */
  maxChars: number;
}

export const defaultPartLimits: Readonly<PartLimits> = Object.freeze({ maxDocuments: 50, maxChars: 2 * 1024 * 1024 });

/** What the loader needs of a parsed document: its rows, and what the summary reports. */
export interface PreparedDocument {
  write: DocumentWrite;
  warnings: string[];
}

/** Some of one input file's documents, read and parsed and turned into write rows: everything but the database. */
export interface PreparedPart {
  file: string;
  documents: PreparedDocument[];
  issues: ParseIssue[];
  /** The file's last part: every file ends with exactly one. */
  last: boolean;
  /** Bytes of the file read when the part closed (roughly: reading runs ahead in buffers); for progress. */
  bytesRead: number;
}

/**
 * A file's documents in parts, in their order, the last part marked `last`. Never throws: a file that
 * cannot be prepared ends with an error issue, and the documents of the parts before it stand.
 */
export async function* prepareParts(file: string, options: PrepareOptions): AsyncGenerator<PreparedPart> {
  const limits = options.part ?? defaultPartLimits;
  const fresh = (): PreparedPart => ({ file, documents: [], issues: [], last: false, bytesRead: 0 });
  const position: ReadPosition = { bytes: 0 };
  let part = fresh();
  // A full part waits until the file shows it has more, so the last part is never an empty one after full
  // ones: the loader counts a file done with its last document.
  let full: PreparedPart | undefined;
  let chars = 0;
  const add = (document: ParsedDocument | null, issues: readonly ParseIssue[]) => {
    part.issues.push(...issues);
    if (!document) return;
    const write = toDocumentWrite(document, { file });
    part.documents.push({ write, warnings: document.warnings });
    chars += write.document.props.text.length;
  };
  try {
    if (options.fromJson) {
      for await (const entry of readParseOutput(file, options, position)) {
        if (full && (entry.document || entry.issues.length > 0)) {
          yield full;
          full = undefined;
        }
        add(entry.document, entry.issues);
        if (part.documents.length >= limits.maxDocuments || chars >= limits.maxChars) {
          part.bytesRead = position.bytes;
          full = part;
          part = fresh();
          chars = 0;
        }
      }
    } else {
      const read = await readInput(file);
      if ('issues' in read) add(null, read.issues);
      else {
        const parsed = parseDocument(read.text, { source: file });
        add(parsed.document, parsed.issues);
      }
    }
  } catch (error) {
    part.issues.push(prepareFailed(file, error));
  }
  if (full) {
    if (part.documents.length > 0 || part.issues.length > 0) yield full;
    else part = full;
  }
  part.last = true;
  part.bytesRead = Math.max(part.bytesRead, position.bytes);
  yield part;
}

export function prepareFailed(file: string, error: unknown): ParseIssue {
  const message = `could not be prepared: ${error instanceof Error ? error.message : String(error)}`;
  return { severity: 'error', code: 'prepare-failed', message, source: file };
}

/** A whole file's documents at once: for small inputs (tests, the naive loader); the ingest takes parts. */
export async function prepareFile(file: string, options: PrepareOptions): Promise<Pick<PreparedPart, 'file' | 'documents' | 'issues'>> {
  const whole: Pick<PreparedPart, 'file' | 'documents' | 'issues'> = { file, documents: [], issues: [] };
  for await (const part of prepareParts(file, options)) {
    whole.documents.push(...part.documents);
    whole.issues.push(...part.issues);
  }
  return whole;
}
