// Every reference of a document, each with the paragraph, lead phrase and quote it comes from.
// Footnote references belong to the footnote's paragraph; annex references to the paragraph that
// adopts the annex, with the annex paragraph number beside them.
import type { SymbolBody } from '../../graph/ids.ts';
import type { Footnote, Paragraph, Reference } from '../../graph/model/parsed-document.ts';
import { findDocumentRefs } from './references/documents.ts';
import { completeEventNames } from './references/event-names.ts';
import { findEventRefs } from './references/events.ts';
import { findGroupRefs, type GroupHit } from './references/groups.ts';
import { findInstrumentRefs } from './references/instruments.ts';
import { keywordsIn, type Keywords } from './references/keywords.ts';
import { findResolutionRefs } from './references/resolutions.ts';
import { findSeriesRefs } from './references/series.ts';
import { nameKey } from './references/name-key.ts';
import { indexOfRare, rareKey } from './rare-key.ts';

/** A stretch of text to search, and where its references go. */
export interface Source {
  text: string;
  paragraph: string;
  lead: string;
  footnote?: string;
  annexParagraph?: string;
  /** The text's keywords, when read already (see keywords.ts). */
  keywords?: Keywords | undefined;
}

type GroupReference = Extract<Reference, { kind: 'group' }>;

type Provenance = Pick<Reference, 'paragraph' | 'lead' | 'quote' | 'footnote' | 'annexParagraph'>;

function provenance(src: Source, quote: string): Provenance {
  return placed({}, src, quote);
}

/** The reference with its provenance written into it (no object spread: there are many references). */
function placed<T extends object>(ref: T, src: Source, quote: string): T & Provenance {
  const r = ref as T & Provenance;
  r.paragraph = src.paragraph;
  r.lead = src.lead;
  r.quote = quote;
  if (src.footnote) r.footnote = src.footnote;
  if (src.annexParagraph) r.annexParagraph = src.annexParagraph;
  return r;
}

export function findReferences(sources: readonly Source[], own: { symbol: string | null; body: SymbolBody; title?: string }): Reference[] {
  const refs: Reference[] = [];
  const groups: GroupReference[] = [];
  const mentions = new Map<GroupReference, Source[]>();
  const keywords = sources.map((s) => s.keywords ?? keywordsIn(s.text));
  const groupHits = sources.map((s, i) => findGroupRefs(s.text, own.body, keywords[i]));
  const groupNames = new Set<string>();
  for (const hits of groupHits) for (const g of hits) if (!g.generic) groupNames.add(g.name);
  const allGroupNames = [...groupNames];
  const fullNames = new Map<string, string | undefined>();
  // Short names of instruments ("the International Tracing Instrument"), by the name they stand for.
  const aliases = new Map<string, string>();
  const ownInstruments = new Set<string>();
  const eventAliases = new Map<string, string>();

  for (const [i, src] of sources.entries()) {
    const found = keywords[i];
    for (const hit of findResolutionRefs(src.text, own.body, found)) {
      if (hit.symbol === own.symbol) continue;
      const ref: { kind: typeof hit.kind; symbol: string; date?: string } = { kind: hit.kind, symbol: hit.symbol };
      if (hit.date) ref.date = hit.date;
      refs.push(placed(ref, src, hit.quote));
    }
    for (const hit of findDocumentRefs(src.text, found)) {
      if (hit.symbol === own.symbol) continue;
      refs.push(placed({ kind: hit.kind, symbol: hit.symbol }, src, hit.quote));
    }
    for (const hit of findEventRefs(src.text, found)) {
      if (hit.alias) eventAliases.set(nameKey(hit.alias), hit.name);
      refs.push(placed({ kind: hit.kind, name: hit.name, sessions: hit.sessions }, src, hit.quote));
    }
    for (const hit of groupHits[i] ?? []) addGroup(hit, src, groups, mentions, refs, allGroupNames, fullNames);
    for (const hit of findInstrumentRefs(src.text, found)) {
      if (hit.alias) aliases.set(nameKey(hit.alias), hit.name);
      if (hit.own) ownInstruments.add(nameKey(hit.name));
      const name = aliases.get(nameKey(hit.name)) ?? hit.name;
      refs.push(placed({ kind: 'instrument' as const, name }, src, hit.quote));
    }
    for (const hit of findSeriesRefs(src.text, own.title, found)) refs.push(placed({ kind: 'series' as const, topic: hit.name }, src, hit.quote));
  }
  attachReports(refs, groups, mentions);
  completeEventNames(refs, eventAliases);
  return ownInstruments.size ? refs.filter((r) => r.kind !== 'instrument' || !ownInstruments.has(nameKey(r.name))) : refs;
}

function addGroup(
  hit: GroupHit,
  src: Source,
  groups: GroupReference[],
  mentions: Map<GroupReference, Source[]>,
  refs: Reference[],
  allNames: readonly string[],
  fullNames: Map<string, string | undefined>,
): void {
  let name = hit.name;
  if (hit.generic) {
    const key = nameKey(name);
    if (!fullNames.has(key)) fullNames.set(key, allNames.filter((n) => nameKey(n).startsWith(key)).sort((a, b) => b.length - a.length)[0]);
    name = fullNames.get(key) ?? name;
  }
  const key = nameKey(name);
  const same = groups.filter((g) => nameKey(g.name) === key || (hit.generic && nameKey(g.name).startsWith(nameKey(hit.name))));
  const own = hit.established !== undefined || hit.establishedBy !== undefined;
  if (same.length) {
    const match = own
      ? same.find((g) => g.established === hit.established && g.establishedBy === hit.establishedBy)
      : same[same.length - 1];
    if (match) {
      const seen = mentions.get(match);
      if (seen && seen[seen.length - 1] !== src) seen.push(src);
      return;
    }
  }
  const ref: GroupReference = {
    kind: 'group',
    name,
    ...(hit.established ? { established: hit.established } : {}),
    ...(hit.establishedBy ? { establishedBy: hit.establishedBy } : {}),
    reports: [],
    ...provenance(src, hit.quote),
  };
  mentions.set(ref, [src]);
  groups.push(ref);
  refs.push(ref);
}

const reportWord = rareKey('report');

/** Documents cited in a footnote of a paragraph that speaks of a group's report are that group's reports. */
function attachReports(refs: Reference[], groups: GroupReference[], mentions: ReadonlyMap<GroupReference, Source[]>): void {
  const footnoteDocs = new Map<string, Array<Extract<Reference, { kind: 'document' }>>>();
  for (const r of refs) {
    if (r.kind !== 'document' || !r.footnote) continue;
    const key = `${r.paragraph} ${r.annexParagraph ?? ''}`;
    const list = footnoteDocs.get(key) ?? [];
    list.push(r);
    footnoteDocs.set(key, list);
  }
  if (!footnoteDocs.size) return;
  // Whether a mention speaks of a report, by source: several groups are often mentioned in one paragraph.
  const speaks = new Map<Source, boolean>();
  for (const g of groups) {
    for (const m of mentions.get(g) ?? []) {
      const docs = footnoteDocs.get(`${m.paragraph} ${m.annexParagraph ?? ''}`);
      if (!docs) continue;
      let report = speaks.get(m);
      if (report === undefined) {
        report = speaksOfReport(m);
        speaks.set(m, report);
      }
      if (!report) continue;
      for (const r of docs) {
        if (!g.reports.includes(r.symbol) && g.reports.length < 50) g.reports.push(r.symbol);
      }
    }
  }
}

// "reports of the Group", "its final report": the two forms, tried only at each "report" of a text. The
// first starts there; the second ends there and starts 4 to 18 characters before ("their substantive ").
const reportOf = /\breports? (?:of|by|on) (?:the )?(?:Secretary-General on the )?(?:[A-Z][\w-]* )*(?:Group|group|Panel|panel|Committee|persons|experts)\b/y;
const ownReport = /\b(?:its|their) (?:final |substantive |consensus )?reports?\b/y;

function speaksOfReport(m: Source): boolean {
  if (m.footnote) return false;
  const text = m.text;
  for (let r = indexOfRare(text, reportWord); r >= 0; r = indexOfRare(text, reportWord, r + 1)) {
    reportOf.lastIndex = r;
    if (reportOf.test(text)) return true;
    for (let p = Math.max(0, r - 18); p <= r - 4; p++) {
      ownReport.lastIndex = p;
      if (ownReport.test(text)) return true;
    }
  }
  return false;
}
