// Numbers the drafted paragraphs, turns repeated leads into "Recalling also" / "Also requests",
// closes each paragraph with its comma, semicolon or full stop, numbers the footnotes and places references.
import type { ParagraphDraft, SynthReference } from './draft.ts';

export interface SynthParagraph {
  id: string;
  kind: 'preambular' | 'operative';
  lead: string;
  /** the paragraph as printed, without its number, italics marks and footnote marker; sub-items joined by spaces */
  text: string;
}

export interface SynthFootnote {
  mark: string;
  text: string;
  paragraph: string;
}

/** A paragraph ready for layout: the printed lines and the footnotes whose markers it carries. */
export interface LaidParagraph {
  lines: string[];
  footnotes: { mark: string; text: string }[];
}

export interface Assembled {
  paragraphs: SynthParagraph[];
  footnotes: SynthFootnote[];
  references: SynthReference[];
  laid: LaidParagraph[];
}

const superscripts = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
export const superscript = (n: number): string => [...String(n)].map((d) => superscripts[Number(d)]).join('');

/** "Recalling" -> "Recalling also" -> "Recalling further"; "Taking note of" -> "Taking note also of". */
function preambularLead(lead: string, seen: number): string {
  if (seen === 0) return lead;
  const word = seen === 1 ? 'also' : 'further';
  const m = /^(.*) (of|by)$/.exec(lead);
  return m ? `${m[1]} ${word} ${m[2]}` : `${lead} ${word}`;
}

/** "Requests" -> "Also requests" -> "Further requests". */
function operativeLead(lead: string, seen: number): string {
  if (seen === 0) return lead;
  return `${seen === 1 ? 'Also' : 'Further'} ${lead.charAt(0).toLowerCase()}${lead.slice(1)}`;
}

export function assemble(preambular: readonly ParagraphDraft[], operative: readonly ParagraphDraft[]): Assembled {
  const out: Assembled = { paragraphs: [], footnotes: [], references: [], laid: [] };
  const seen = new Map<string, number>();
  let mark = 0;
  const all = [...preambular, ...operative];
  all.forEach((draft, index) => {
    const isOperative = draft.kind === 'operative';
    const ordinal = isOperative ? index - preambular.length + 1 : index + 1;
    const id = `${isOperative ? 'op' : 'pp'}${ordinal}`;
    const key = `${draft.kind}:${draft.lead}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    const lead = isOperative ? operativeLead(draft.lead, count) : preambularLead(draft.lead, count);
    const last = index === all.length - 1;
    const close = !isOperative ? ',' : draft.items?.length ? ':' : last ? '.' : ';';
    const head = `${lead} ${draft.rest}${close}`;
    const items = (draft.items ?? []).map((item, i, list) => `(${String.fromCharCode(97 + i)}) ${item}${last && i === list.length - 1 ? '.' : ';'}`);
    const laid: LaidParagraph = { lines: [isOperative ? `${ordinal}. *${lead}* ${draft.rest}${close}` : head, ...items], footnotes: [] };
    for (const ref of draft.refs) out.references.push({ ...ref, paragraph: id, lead });
    if (draft.footnote) {
      const m = String(++mark);
      const target = laid.lines.length - 1;
      laid.lines[target] = `${laid.lines[target]}${superscript(mark)}`;
      laid.footnotes.push({ mark: m, text: draft.footnote.text });
      out.footnotes.push({ mark: m, text: draft.footnote.text, paragraph: id });
      for (const ref of draft.footnote.refs) out.references.push({ ...ref, paragraph: id, lead, footnote: m });
    }
    out.paragraphs.push({ id, kind: draft.kind, lead, text: [head, ...items].join(' ') });
    out.laid.push(laid);
  });
  return out;
}
