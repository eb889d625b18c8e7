// One file to its text: PDF through its text layer, anything else decoded as text. Problems come back
// as issues naming the file, never as exceptions.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { ParseIssue } from '../../graph/model/parse-issue.ts';
import { decodeText } from './decode-text.ts';
import { isPdf, readPdfText } from './read-pdf.ts';

export type ReadResult = { source: string; text: string; format: string } | { source: string; issues: ParseIssue[] };

/** Files above this size are refused rather than read: no resolution comes near it. */
export const maxInputBytes = 256 * 1024 * 1024;

export async function readInput(file: string): Promise<ReadResult> {
  const fail = (code: string, message: string): ReadResult => ({ source: file, issues: [{ severity: 'error', code, message, source: file }] });
  try {
    const read = readBytes(file);
    if ('problem' in read) return fail(read.problem, read.message);
    const { bytes } = read;
    if (!bytes.length) return fail('empty-input', 'the file is empty');
    if (isPdf(bytes)) {
      const pdf = await readPdfText(bytes);
      return pdf.ok ? { source: file, text: pdf.text, format: 'pdf' } : fail('pdf-unreadable', pdf.reason);
    }
    const decoded = decodeText(bytes);
    return decoded.ok ? { source: file, text: decoded.text, format: decoded.encoding } : fail('binary-input', `${decoded.reason}: give a text (.txt, .md) or PDF file`);
  } catch (error) {
    return fail('read-failed', error instanceof Error ? error.message : String(error));
  }
}

/**
 * The file's bytes. Synchronous on purpose: it runs on the parse worker (or a
 * command line tool), where nothing else waits, and the promise API cost about 100 µs a file in
 * open, stat, read and close: seconds over a corpus of small resolutions.
 */
function readBytes(file: string): { bytes: Buffer } | { problem: string; message: string } {
  // Stat before opening: opening a named pipe would wait for a writer.
  const info = statSync(file);
  if (!info.isFile()) return { problem: 'not-a-file', message: 'not a regular file' };
  if (info.size > maxInputBytes) {
    return { problem: 'too-large', message: `the file is ${Math.round(info.size / 1048576)} MB; files above ${maxInputBytes / 1048576} MB are not read` };
  }
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const got = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (got === 0) break;
      filled += got;
    }
    return { bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}
