// The pieces a resolution is assembled from, before numbering: paragraph drafts that carry the
// references they make, and the output types the generator hands back alongside each text.

export type ReferenceKind = 'resolution' | 'decision' | 'document' | 'conference' | 'summit' | 'meeting' | 'group' | 'instrument' | 'series';

/** A reference as the parse format writes it (graph-model.md), without where it sits. */
export interface ReferenceDraft {
  kind: ReferenceKind;
  symbol?: string;
  date?: string;
  name?: string;
  topic?: string;
  sessions?: { place?: string; start?: string; end?: string; label?: string }[];
  conveners?: string[];
  established?: string;
  establishedBy?: string;
  reports?: string[];
  /** the words of the text that make the reference; for a footnote's references, the footnote text */
  quote: string;
}

/** A reference placed in the document: paragraph id, its lead, and the footnote mark if a footnote makes it. */
export interface SynthReference extends ReferenceDraft {
  paragraph: string;
  lead: string;
  footnote?: string;
}

export interface ParagraphDraft {
  kind: 'preambular' | 'operative';
  /** the lead phrase before "also"/"further" is added for repeats: "Recalling", "Requests" */
  lead: string;
  /** the words after the lead, without the closing comma, semicolon or full stop */
  rest: string;
  refs: ReferenceDraft[];
  /** a footnote whose marker closes the paragraph */
  footnote?: { text: string; refs: ReferenceDraft[] };
  /** sub-items "(a) ...", written as their own lines */
  items?: string[];
}

export const countRefs = (drafts: readonly ParagraphDraft[]): number =>
  drafts.reduce((n, d) => n + d.refs.length + (d.footnote?.refs.length ?? 0), 0);

/** "a", "a and b", "a, b and c": the UN's list style, no serial comma. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface DocumentSuffixes {
  corr: boolean;
  add: boolean;
}

/**
 * A report symbol as written in prose ("A/55/140 and Corr.1 and Add.1") and the documents it names
 * (A/55/140, A/55/140/Corr.1, A/55/140/Add.1).
 */
export function documentGroup(base: string, suffixes: DocumentSuffixes): { written: string; symbols: string[] } {
  const parts = [suffixes.corr ? 'Corr.1' : null, suffixes.add ? 'Add.1' : null].filter((p): p is string => p !== null);
  return {
    written: [base, ...parts].join(' and '),
    symbols: [base, ...parts.map((p) => `${base}/${p}`)],
  };
}
