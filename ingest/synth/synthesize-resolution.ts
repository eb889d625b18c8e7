// Writes one synthetic resolution from its spec: pure, no I/O. Returns the text together with what a
// parser should find in it (metadata, paragraphs, footnotes and every reference it put in).
import { type SynthFootnote, type SynthParagraph, assemble } from './assemble.ts';
import { isoDate, ordinalNumber, ordinalWords } from './calendar.ts';
import { type CitationBlock, type CiteContext, nextSession } from './cite-context.ts';
import { conference, expertGroup, instrument, officialRecords, reportInText, reportsInFootnote } from './cite-documents.ts';
import {
  councilResolution, decisions, paragraphsOfHistory, pursuantTo, recallHistory, relatedResolution, securityCouncil, seriesByTopic,
} from './cite-resolutions.ts';
import { type ParagraphDraft, type SynthReference, countRefs } from './draft.ts';
import { layOut } from './layout.ts';
import { operativeFiller, preambularFiller } from './prose.ts';
import { Random } from './random.ts';
import type { ResolutionSpec } from './spec.ts';

/** What a correct parse of the text holds: the parse format of graph-model.md, with `synthetic: true`. */
export interface SynthDocument {
  symbol: string;
  body: 'GA';
  session: number;
  title: string;
  adopted: string;
  issued: string;
  agendaItem: string;
  report: string;
  meeting: string;
  synthetic: true;
  paragraphs: SynthParagraph[];
  footnotes: SynthFootnote[];
  references: SynthReference[];
  warnings: string[];
}

export interface SynthResolution {
  symbol: string;
  /** "A-RES-64-25.txt", named like the corpus files */
  fileName: string;
  text: string;
  /** every reference the text makes, as the parse format writes it */
  references: SynthReference[];
  document: SynthDocument;
}

const minBytes = 3 * 1024;
const maxBytes = 15 * 1024;

const blocks: readonly (readonly [CitationBlock, number])[] = [
  [reportsInFootnote, 10], [reportInText, 8], [relatedResolution, 14], [conference, 10], [expertGroup, 8], [seriesByTopic, 6],
  [instrument, 8], [decisions, 5], [securityCouncil, 4], [councilResolution, 4], [officialRecords, 6], [pursuantTo, 8], [paragraphsOfHistory, 3],
];

function normal(r: Random): number {
  return Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
}

/** References to aim for: at least 5, a long tail, mean about 9 (blocks overshoot a little, to about 10). */
const referenceTarget = (r: Random): number => Math.min(46, 5 + Math.round(Math.exp(1.25 + 0.85 * normal(r))));

/** Bytes to aim for: a median near 7 KB within 3 to 15 KB. */
const sizeTarget = (r: Random): number => Math.min(13_800, Math.max(3_400, Math.round(2_600 + Math.exp(8.3 + 0.55 * normal(r)))));

export function synthesizeResolution(spec: ResolutionSpec): SynthResolution {
  const r = new Random(`${spec.seed}:text:${spec.session}/${spec.number}`);
  const ctx: CiteContext = { spec, r, used: new Set() };
  const target = referenceTarget(r);
  const cited: ParagraphDraft[] = [];
  if (spec.history.length > 0) cited.push(...(recallHistory(ctx, Math.max(1, Math.round(target * (0.25 + 0.35 * r.next())))) ?? []));
  const candidates = [...blocks];
  while (countRefs(cited) < target && candidates.length > 0) {
    const block = r.weighted(candidates);
    const drafts = block(ctx, target - countRefs(cited));
    if (drafts) cited.push(...drafts);
    else candidates.splice(candidates.findIndex(([b]) => b === block), 1);
  }

  const preambular = cited.filter((d) => d.kind === 'preambular');
  const operative = cited.filter((d) => d.kind === 'operative');
  const closing = closingParagraphs(spec);
  const fillers: ParagraphDraft[] = [];
  const build = () => assembleText(spec, preambular, operative, fillers, closing);
  const wanted = sizeTarget(r);
  let estimate = 600 + [...cited, ...closing].reduce((n, d) => n + d.lead.length + d.rest.length + 40, 0);
  while (estimate < wanted) {
    const filler = r.chance(0.4) ? preambularFiller(r, spec.subject) : operativeFiller(r, spec.subject);
    fillers.push(filler);
    estimate += filler.lead.length + filler.rest.length + 8 + (filler.items?.join(' ').length ?? 0);
  }
  let built = build();
  while (Buffer.byteLength(built.text) > maxBytes && fillers.length > 0) {
    fillers.pop();
    built = build();
  }
  while (Buffer.byteLength(built.text) < minBytes) {
    fillers.push(operativeFiller(r, spec.subject));
    built = build();
  }
  return built;
}

/** The usual last paragraphs: a report requested for the next session, then the item on its agenda. */
function closingParagraphs(spec: ResolutionSpec): ParagraphDraft[] {
  const next = ordinalWords(nextSession(spec));
  return [
    { kind: 'operative', lead: 'Requests', rest: `the Secretary-General to submit to the General Assembly at its ${next} session a report on the implementation of the present resolution`, refs: [] },
    spec.period > 0
      ? { kind: 'operative', lead: 'Decides', rest: `to include in the provisional agenda of its ${next} session the item entitled "${spec.title}"`, refs: [] }
      : { kind: 'operative', lead: 'Decides', rest: `to continue its consideration of the question at its ${next} session`, refs: [] },
  ];
}

function assembleText(
  spec: ResolutionSpec, cited: readonly ParagraphDraft[], citedOperative: readonly ParagraphDraft[],
  fillers: readonly ParagraphDraft[], closing: readonly ParagraphDraft[],
): SynthResolution {
  // Interleave deterministically: the same inputs give the same order, whatever was tried before.
  const order = new Random(`${spec.seed}:order:${spec.session}/${spec.number}:${fillers.length}`);
  const preambular = [...cited];
  const operative = [...citedOperative];
  for (const f of fillers) {
    const list = f.kind === 'preambular' ? preambular : operative;
    const first = list === preambular && spec.history.length > 0 ? 1 : 0;
    list.splice(order.int(Math.min(first, list.length), list.length), 0, f);
  }
  operative.push(...closing);
  const assembled = assemble(preambular, operative);
  const symbol = `A/RES/${spec.session}/${spec.number}`;
  const reportSymbol = spec.committee ? `A/${spec.session}/${spec.reportNumber}` : `A/${spec.session}/L.${spec.reportNumber}`;
  const report = spec.committee ? `on the report of the ${spec.committee} (${reportSymbol})` : `without reference to a Main Committee (${reportSymbol})`;
  const text = layOut({ ...spec, report }, assembled.laid, new Random(`${spec.seed}:pages:${spec.session}/${spec.number}`));
  return {
    symbol,
    fileName: `A-RES-${spec.session}-${spec.number}.txt`,
    text,
    references: assembled.references,
    document: {
      symbol, body: 'GA', session: spec.session, title: spec.title, adopted: isoDate(spec.adopted), issued: isoDate(spec.issued),
      agendaItem: spec.agendaItem, report: reportSymbol, meeting: `${ordinalNumber(spec.meeting)} plenary meeting`, synthetic: true,
      paragraphs: assembled.paragraphs, footnotes: assembled.footnotes, references: assembled.references, warnings: [],
    },
  };
}
