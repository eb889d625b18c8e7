// One file to its text: PDF through its text layer, anything else decoded as text. Problems come back
// as issues naming the file, never as exceptions.
import { readFile, stat } from 'node:fs/promises';
import type { ParseIssue } from '../../graph/model/parse-issue.ts';
import { decodeText } from './decode-text.ts';
import { isPdf, readPdfText } from './read-pdf.ts';

export type ReadResult = { source: string; text: string; format: string } | { source: string; issues: ParseIssue[] };

/** Files above this size are refused rather than read: no resolution comes near it. */
export const maxInputBytes = 256 * 1024 * 1024;

export async function readInput(file: string): Promise<ReadResult> {
  const fail = (code: string, message: string): ReadResult => ({ source: file, issues: [{ severity: 'error', code, message, source: file }] });
  try {
    const info = await stat(file);
    if (!info.isFile()) return fail('not-a-file', 'not a regular file');
    if (info.size > maxInputBytes) return fail('too-large', `the file is ${Math.round(info.size / 1048576)} MB; files above ${maxInputBytes / 1048576} MB are not read`);
    const bytes = await readFile(file);
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
