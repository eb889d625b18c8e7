import { z } from 'zod';
import type { Footnote, Paragraph } from './parsed-document.ts';

// How a whole document's text sits on its node. `text` holds every paragraph (with its lead when the text
// does not begin with it), then every footnote (after its mark), blank lines between: the full-text index
// searches it. `paragraphs` and `footnotes` are JSON lists that say where each one's text lies in `text`
// (`at`: [start, length] in UTF-16 code units, as JavaScript and Cypher's substring() count), so the
// words are stored once. Nodes written before this layout hold the text in each entry; readers take both.

const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const StoredParagraph = z.object({
  id: z.string(),
  kind: z.string(),
  lead: z.string().nullable().optional(),
  at: Span.optional(),
  text: z.string().optional(),
});
export type StoredParagraph = z.infer<typeof StoredParagraph>;

export const StoredFootnote = z.object({
  mark: z.string(),
  paragraph: z.string().nullable().optional(),
  annexParagraph: z.string().optional(),
  at: Span.optional(),
  text: z.string().optional(),
});
export type StoredFootnote = z.infer<typeof StoredFootnote>;

export interface StoredText {
  text: string;
  /** JSON of StoredParagraph[]. */
  paragraphs: string;
  /** JSON of StoredFootnote[]. */
  footnotes: string;
}

const separator = '\n\n';

/** The three properties that hold a parsed document's paragraphs and footnotes. */
export function toStoredText(doc: { paragraphs: readonly Paragraph[]; footnotes: readonly Footnote[] }): StoredText {
  const parts: string[] = [];
  let length = 0;
  const place = (prefix: string, text: string): [number, number] => {
    if (parts.length > 0) length += separator.length;
    const start = length + prefix.length;
    parts.push(prefix + text);
    length += prefix.length + text.length;
    return [start, text.length];
  };
  const paragraphs = doc.paragraphs.map((p) => ({
    id: p.id, kind: p.kind, lead: p.lead,
    at: place(p.lead && !p.text.startsWith(p.lead) ? `${p.lead} ` : '', p.text),
  }));
  const footnotes = doc.footnotes.map((f) => ({
    mark: f.mark, paragraph: f.paragraph, ...(f.annexParagraph ? { annexParagraph: f.annexParagraph } : {}),
    at: place(`${f.mark} `, f.text),
  }));
  return { text: parts.join(separator), paragraphs: JSON.stringify(paragraphs), footnotes: JSON.stringify(footnotes) };
}

export interface ReadText {
  paragraphs: { id: string; kind: string; lead: string | null; text: string }[];
  footnotes: { mark: string; paragraph: string | null; annexParagraph: string | null; text: string }[];
}

/** The paragraphs and footnotes back from a node's properties; entries that cannot be read are left out. */
export function fromStoredText(props: { text?: unknown; paragraphs?: unknown; footnotes?: unknown }): ReadText {
  const text = typeof props.text === 'string' ? props.text : '';
  const words = (entry: { at?: [number, number] | undefined; text?: string | undefined }): string | null => {
    if (typeof entry.text === 'string') return entry.text;
    if (!entry.at) return null;
    const [start, size] = entry.at;
    return start + size <= text.length ? text.slice(start, start + size) : null;
  };
  return {
    paragraphs: readList(props.paragraphs, StoredParagraph).flatMap((p) => {
      const body = words(p);
      return body === null ? [] : [{ id: p.id, kind: p.kind, lead: p.lead ?? null, text: body }];
    }),
    footnotes: readList(props.footnotes, StoredFootnote).flatMap((f) => {
      const body = words(f);
      return body === null ? [] : [{ mark: f.mark, paragraph: f.paragraph ?? null, annexParagraph: f.annexParagraph ?? null, text: body }];
    }),
  };
}

function readList<T>(value: unknown, schema: z.ZodType<T>): T[] {
  if (typeof value !== 'string') return [];
  let list: unknown;
  try {
    list = JSON.parse(value);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
