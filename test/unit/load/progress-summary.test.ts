import { describe, expect, it } from 'vitest';
import { createProgress, formatBar, formatDuration, formatLine } from '../../../ingest/progress.ts';
import { addResults, addWarnings, createSummary, formatSummary, toExitCode } from '../../../ingest/load/summary.ts';
import { zeroCounters } from '../../../graph/neo4j/queries/write-documents.ts';
import { toEntry } from '../../../ingest/load/read-parse-output.ts';
import { sampleDocument } from './sample-document.ts';

describe('progress', () => {
  it('tells files done, documents per second and the time left', () => {
    expect(formatLine({ filesDone: 250, filesTotal: 1000, documents: 250 }, 10_000)).toBe('ingest: 250/1000 files, 250 documents, 25 docs/s, 30s left');
    expect(formatBar({ filesDone: 500, filesTotal: 1000, documents: 500 }, 10_000, 10)).toBe('[#####-----] 500/1000 files, 500 documents, 50 docs/s, 10s left');
    expect(formatDuration(3725)).toBe('1h02m');
  });

  it('follows bytes when they are known, so one large file of parse output still shows its time left', () => {
    const oneFile = { filesDone: 0, filesTotal: 1, documents: 5000, bytesDone: 25, bytesTotal: 100 };
    expect(formatLine(oneFile, 10_000)).toBe('ingest: 0/1 files, 5000 documents, 500 docs/s, 30s left');
    expect(formatBar(oneFile, 10_000, 8)).toBe('[##------] 0/1 files, 5000 documents, 500 docs/s, 30s left');
    expect(formatLine({ ...oneFile, bytesDone: 0 }, 10_000)).toMatch(/\? left$/);
    expect(formatDuration(125)).toBe('2m05s');
  });

  it('redraws a bar on a terminal and prints plain lines, not too often, elsewhere', () => {
    let clock = 0;
    const tty: string[] = [];
    const bar = createProgress((text) => tty.push(text), { tty: true, now: () => clock });
    bar.update({ filesDone: 1, filesTotal: 4, documents: 1 });
    bar.finish({ filesDone: 4, filesTotal: 4, documents: 4 });
    expect(tty[0]).toMatch(/^\r\[/);
    expect(tty.at(-1)).toBe('\r\u001b[K');

    const lines: string[] = [];
    const plain = createProgress((text) => lines.push(text), { tty: false, lineEveryMs: 1000, now: () => clock });
    for (clock = 0; clock < 3000; clock += 100) plain.update({ filesDone: 1, filesTotal: 4, documents: 1 });
    plain.update({ filesDone: 4, filesTotal: 4, documents: 4 });
    plain.finish({ filesDone: 4, filesTotal: 4, documents: 4 });
    expect(lines.length).toBe(4);
    expect(lines.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
  });
});

describe('summary', () => {
  it('counts documents by outcome, lists warnings once and failures by file, and fails the exit code', () => {
    const summary = createSummary();
    addResults(summary, [
      { file: 'a.txt', symbol: 'A/RES/1/1', status: 'new' },
      { file: 'b.txt', symbol: 'A/RES/1/2', status: 'failed', error: 'Property value is too large to index' },
    ], { ...zeroCounters(), nodesCreated: 3, relationshipsCreated: 5 });
    addWarnings(summary, 'a.txt', ['footnote 5 has no marker']);
    addWarnings(summary, 'a.txt', ['footnote 5 has no marker']);
    const text = formatSummary(summary).join('\n');
    expect(text).toContain('1 documents new, 0 replaced, 0 unchanged, 1 failed');
    expect(text).toContain('3 nodes created');
    expect(text).toContain('1 warnings in 1 files');
    expect(text).toContain('b.txt (A/RES/1/2): Property value is too large to index');
    expect(toExitCode(summary)).toBe(1);
    expect(toExitCode(createSummary())).toBe(0);
  });
});

describe('parse output read back', () => {
  it('takes a parsed document or a { document, issues } pair, and names the line and field of a bad one', () => {
    const document = sampleDocument();
    expect(toEntry(JSON.parse(JSON.stringify(document)), 'x.jsonl').document?.symbol).toBe('A/RES/64/25');
    expect(toEntry({ document, issues: [] }, 'x.json').document?.symbol).toBe('A/RES/64/25');
    const bad = toEntry({ ...document, session: 'sixty-four' }, 'x.jsonl', undefined, 3);
    expect(bad.document).toBeNull();
    expect(bad.issues[0]).toMatchObject({ severity: 'error', code: 'bad-parse-output', line: 3, field: 'session', source: 'x.jsonl' });
    expect(bad.issues[0]?.message).toMatch(/^line 3: not a parsed document: session: /);
  });
});
