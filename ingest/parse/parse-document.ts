// Text in, document out: the pure parser of UN resolutions (General Assembly, Security Council,
// Human Rights Council) in the raw PDF layout, the joined-lines layout and the cleaned layout.
import { parseSymbol, type SymbolBody } from '../../graph/ids.ts';
import type { ParseIssue } from '../../graph/model/parse-issue.ts';
import { ParsedDocument, type Footnote, type Paragraph } from '../../graph/model/parsed-document.ts';
import { toBlocks } from './blocks.ts';
import { findMarkers, tidy } from './footnote-markers.ts';
import { readLead } from './leads.ts';
import { readMasthead } from './masthead.ts';
import { RareKind, rareKinds } from './rare-chars.ts';
import { stripPageNoise } from './page-noise.ts';
import { buildParagraphs, type AnnexParagraph, type BuiltParagraph } from './paragraphs.ts';
import { findReferences, type Source } from './find-references.ts';
import { keywordsIn, type Keywords } from './references/keywords.ts';
import { valuesFitSchema } from './output-values.ts';
import { toLines } from './text-lines.ts';

export interface ParseOptions {
  /** Name of the file (or other source) the text came from, named in every issue. */
  source?: string;
  /** Called as each stage ends, in order (the throughput bench times the stages with it). */
  onStage?: (stage: ParseStage) => void;
}

export type ParseStage = 'lines' | 'masthead' | 'page-noise' | 'paragraphs' | 'footnotes' | 'references' | 'schema';

export interface ParseResult {
  document: ParsedDocument | null;
  issues: ParseIssue[];
}

/** How far ahead of the last marker a footnote marker is looked for, in paragraphs. */
const markerWindow = 40;

export function parseDocument(text: string, options: ParseOptions = {}): ParseResult {
  const issues: ParseIssue[] = [];
  const issue = (severity: ParseIssue['severity'], code: string, message: string, extra: Partial<ParseIssue> = {}): void => {
    issues.push({ severity, code, message, ...(options.source ? { source: options.source } : {}), ...extra });
  };
  if (typeof text !== 'string' || !/\S/.test(text)) {
    issue('error', 'empty-input', 'the input is empty: nothing to parse');
    return { document: null, issues };
  }
  const kinds = rareKinds(text);
  if (kinds & (RareKind.Control | RareKind.Feed | RareKind.Replacement) && looksBinary(text)) {
    issue('error', 'binary-input', 'the input is not text (it holds control characters or undecodable bytes); give a text or PDF file');
    return { document: null, issues };
  }

  const stageDone = options.onStage ?? ((): void => {});
  const lines = toLines(text, kinds);
  stageDone('lines');
  const head = readMasthead(lines);
  stageDone('masthead');
  if (head.opening < 0) {
    issue('error', 'not-a-resolution', 'no "The General Assembly," (or Security Council, Human Rights Council) line opens a resolution text', { field: 'paragraphs' });
    return { document: null, issues };
  }
  const bodyLines = lines.slice(head.opening + 1);
  const openingRest = /^The [A-Za-z ]+?[,:]\s+(\S.*)$/.exec(lines[head.opening]?.text ?? '')?.[1];
  if (openingRest) bodyLines.unshift({ n: lines[head.opening]?.n ?? 1, text: openingRest });
  const { lines: clean, footnotes: rawNotes } = stripPageNoise(bodyLines, { symbol: head.symbol, title: head.title, jobNumber: head.jobNumber });
  stageDone('page-noise');
  const parts = buildParagraphs(toBlocks(clean));
  stageDone('paragraphs');
  for (const w of parts.warnings) issue('warning', 'skipped-heading', w);

  if (!parts.paragraphs.length) {
    issue('error', 'no-paragraphs', 'no preambular or operative paragraph found after the opening line; the text may be truncated', { field: 'paragraphs', line: lines[head.opening]?.n });
    return { document: null, issues };
  }
  const adopting = adoptingParagraph(parts.paragraphs);
  // The reference keywords of each paragraph, then of each annex paragraph, read as the footnote markers are tidied away.
  const keywords: Keywords[] = [];
  const footnotes = tieFootnotes(parts.paragraphs, parts.annex, rawNotes, adopting, issue, keywords);
  stageDone('footnotes');
  const body: SymbolBody = head.body ?? 'GA';
  let symbol = head.symbol;
  if (!symbol) {
    symbol = symbolFromSource(options.source);
    issue('warning', 'no-symbol', symbol ? `no symbol in the masthead; took ${symbol} from the file name` : 'no symbol in the masthead and none in the file name', { field: 'symbol' });
  }
  if (!parts.meeting && !head.meeting) issue('warning', 'no-closing', 'no closing meeting line ("55th plenary meeting"): the text may be truncated', { field: 'meeting' });
  if (!head.adopted && !parts.closingDate) issue('warning', 'no-adoption-date', 'no adoption date found', { field: 'adopted' });

  // Footnotes by the paragraph (or annex paragraph) they belong to, in their order.
  const bodyNotes = new Map<string, Footnote[]>();
  const annexNotes = new Map<string, Footnote[]>();
  for (const f of footnotes) {
    if (f.annexParagraph !== undefined) pushTo(annexNotes, f.annexParagraph, f);
    if (!f.annexParagraph && f.paragraph !== null) pushTo(bodyNotes, f.paragraph, f);
  }
  const sources: Source[] = [];
  for (const [i, p] of parts.paragraphs.entries()) {
    sources.push({ text: p.text, paragraph: p.id, lead: p.lead, keywords: keywords[i] });
    for (const f of bodyNotes.get(p.id) ?? []) sources.push({ text: f.text, paragraph: p.id, lead: p.lead, footnote: f.mark });
  }
  if (adopting) {
    for (const [i, a] of parts.annex.entries()) {
      const lead = readLead(a.text);
      const annexParagraph = a.number || undefined;
      sources.push({ text: a.text, paragraph: adopting.id, lead, keywords: keywords[parts.paragraphs.length + i], ...(annexParagraph ? { annexParagraph } : {}) });
      for (const f of annexNotes.get(a.number) ?? []) sources.push({ text: f.text, paragraph: adopting.id, lead, footnote: f.mark, annexParagraph: a.number });
    }
  }

  const document: ParsedDocument = {
    symbol: symbol ?? '',
    body,
    session: head.session,
    title: head.title ?? '',
    adopted: head.adopted ?? parts.closingDate,
    issued: head.issued,
    agendaItem: head.agendaItem,
    report: head.report,
    meeting: head.meeting ?? parts.meeting,
    synthetic: head.synthetic,
    paragraphs: parts.paragraphs.map(({ id, kind, lead, text: t }): Paragraph => ({ id, kind, lead, text: t })),
    footnotes,
    references: findReferences(sources, { symbol, body, title: head.title ?? '' }),
    warnings: [] as string[],
  };
  document.warnings = issues.filter((i) => i.severity === 'warning').map((i) => i.message);
  stageDone('references');
  // The document is built under its type: only the spelling of some values can be wrong, and the
  // whole schema is run (for its messages) only then. Validating every document cost a tenth of the parse.
  if (valuesFitSchema(document)) {
    stageDone('schema');
    return { document, issues };
  }
  const checked = ParsedDocument.safeParse(document);
  stageDone('schema');
  if (!checked.success) {
    issue('error', 'invalid-output', `the parse result does not fit the schema: ${checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { document: null, issues };
  }
  return { document: checked.data, issues };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** More than a few control characters or replacement characters in the first 64 KB: not text. (Asked only of texts that hold such characters.) */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/.test(sample)) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad > 8 && bad / sample.length > 0.01;
}

/** The paragraph that adopts an annex: the operative paragraph speaking of "the annex", else the last one. */
function adoptingParagraph(paragraphs: readonly BuiltParagraph[]): BuiltParagraph | undefined {
  const ops = paragraphs.filter((p) => p.kind === 'operative');
  return ops.find((p) => /\bannex/i.test(p.text)) ?? ops[ops.length - 1] ?? paragraphs[paragraphs.length - 1];
}

function tieFootnotes(
  paragraphs: BuiltParagraph[],
  annex: AnnexParagraph[],
  notes: ReadonlyArray<{ mark: string; text: string; line: number }>,
  adopting: BuiltParagraph | undefined,
  issue: (severity: ParseIssue['severity'], code: string, message: string, extra?: Partial<ParseIssue>) => void,
  keywords: Keywords[],
): Footnote[] {
  const texts = [...paragraphs.map((p) => ({ text: p.text })), ...annex.map((a) => ({ text: a.text }))];
  const found = findMarkers(texts, notes.map((n) => n.mark), markerWindow, false);
  // Tidied here, not by findMarkers: whether a text needs it is read in the pass that finds its reference
  // keywords (one pass over the text instead of two); the few texts tidying changes are read again.
  for (const t of texts) {
    let k = keywordsIn(t.text);
    if (k.untidy.length) {
      t.text = tidy(t.text, true);
      k = keywordsIn(t.text);
    }
    keywords.push(k);
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as BuiltParagraph;
    p.text = texts[i]?.text ?? p.text;
  }
  for (let i = 0; i < annex.length; i++) {
    const a = annex[i] as AnnexParagraph;
    a.text = texts[paragraphs.length + i]?.text ?? a.text;
  }
  return notes.map((n, i) => {
    const at = found[i] ?? -1;
    if (at < 0) {
      // Fall back on the paragraph printed above the footnote: the marker sits on the same page.
      let above: BuiltParagraph | undefined;
      for (let j = paragraphs.length - 1; j >= 0 && !above; j--) if ((paragraphs[j]?.line ?? Infinity) <= n.line) above = paragraphs[j];
      if (!above) issue('warning', 'footnote-unplaced', `footnote ${n.mark} could not be tied to a paragraph`, { line: n.line });
      else issue('warning', 'footnote-unmatched', `footnote ${n.mark} has no marker in the body; tied to ${above.id}, printed above it`, { line: n.line, field: 'footnotes' });
      return { mark: n.mark, text: n.text, paragraph: above?.id ?? null };
    }
    if (at < paragraphs.length) return { mark: n.mark, text: n.text, paragraph: paragraphs[at]?.id ?? null };
    const a = annex[at - paragraphs.length];
    return { mark: n.mark, text: n.text, paragraph: adopting?.id ?? null, ...(a?.number ? { annexParagraph: a.number } : {}) };
  });
}

/** "A-RES-80-1.txt" -> A/RES/80/1, for texts whose masthead lost the symbol. */
function symbolFromSource(source: string | undefined): string | null {
  const base = source?.split(/[\\/]/).pop()?.replace(/\.[a-z0-9]+$/i, '');
  if (!base || !/^[A-Z]+-RES-/.test(base)) return null;
  return parseSymbol(base.replace(/-/g, '/'));
}
