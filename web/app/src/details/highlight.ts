// Splits a paragraph into plain runs and cited runs, so the side panel can mark and link each quote
// (rendered as text nodes, never as HTML).

export interface Segment {
  text: string;
  /** Index of the quote this run shows, or null for plain text. */
  mark: number | null;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Each quote marks its first occurrence that does not overlap an earlier mark; quotes not found are skipped. */
export function segmentText(text: string, quotes: readonly (string | null)[]): Segment[] {
  const source = normalise(text);
  const ranges: { start: number; end: number; mark: number }[] = [];
  quotes.forEach((quote, mark) => {
    const needle = quote ? normalise(quote).trim() : '';
    if (!needle) return;
    let from = 0;
    for (;;) {
      const start = source.indexOf(needle, from);
      if (start < 0) return;
      const end = start + needle.length;
      if (ranges.every((r) => end <= r.start || start >= r.end)) {
        ranges.push({ start, end, mark });
        return;
      }
      from = start + 1;
    }
  });
  ranges.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) segments.push({ text: source.slice(at, range.start), mark: null });
    segments.push({ text: source.slice(range.start, range.end), mark: range.mark });
    at = range.end;
  }
  if (at < source.length || segments.length === 0) segments.push({ text: source.slice(at), mark: null });
  return segments;
}
