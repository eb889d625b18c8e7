// Citation builders for documents and named things: reports of the Secretary-General (in the text and
// in footnotes), Official Records, conferences, summits and meetings, expert groups and instruments.
import { dateRange, isoDate, isoMonth, monthYear, sessionName } from './calendar.ts';
import { type CitationBlock, resolutionSymbol, shortSymbol } from './cite-context.ts';
import { type ParagraphDraft, type ReferenceDraft, documentGroup, joinList } from './draft.ts';
import { hashNumber } from './random.ts';
import type { ConferenceFact, ResolutionSpec } from './spec.ts';
import { instruments, titleCase } from './vocabulary.ts';

/** The Secretary-General's report on the series in a session: the same symbol in every document citing it. */
function sgReport(spec: ResolutionSpec, session: number): { written: string; symbols: string[] } {
  const h = hashNumber(`${spec.seriesKey}:sg:${session}`);
  return documentGroup(`A/${session}/${100 + (h % 300)}`, { corr: h % 7 === 0, add: h % 3 === 0 });
}

const documentRefs = (symbols: readonly string[], quote: string): ReferenceDraft[] =>
  symbols.map((symbol) => ({ kind: 'document', symbol, quote }));

/** "Having considered the report of the Secretary-General (A/64/129 and Add.1)," */
export const reportInText: CitationBlock = ({ spec, used }) => {
  if (used.has('report-in-text')) return null;
  used.add('report-in-text');
  const report = sgReport(spec, spec.session);
  return [{ kind: 'preambular', lead: 'Having considered', rest: `the report of the Secretary-General (${report.written})`, refs: documentRefs(report.symbols, report.written) }];
};

/** "Taking note of the reports of the Secretary-General on ...,³" with "³ A/54/213, A/55/140 and Corr.1 and Add.1 and A/64/129." */
export const reportsInFootnote: CitationBlock = ({ spec, used }, room) => {
  if (used.has('reports-in-footnote')) return null;
  used.add('reports-in-footnote');
  const sessions = [...spec.history.map((h) => h.session), spec.session];
  const groups: { written: string; symbols: string[] }[] = [];
  let count = 0;
  for (const session of sessions.reverse()) {
    const report = sgReport(spec, session);
    if (groups.length > 0 && count + report.symbols.length > room) break;
    groups.unshift(report);
    count += report.symbols.length;
  }
  const text = `${joinList(groups.map((g) => g.written))}.`;
  const plural = groups.length > 1;
  return [{
    kind: 'preambular', lead: 'Taking note of',
    rest: `the report${plural ? 's' : ''} of the Secretary-General on ${spec.subject}`,
    refs: [], footnote: { text, refs: documentRefs(groups.flatMap((g) => g.symbols), text) },
  }];
};

/** "Taking note of the report of the Special Committee on ...,⁵" with an Official Records footnote. */
export const officialRecords: CitationBlock = ({ spec, r, used }) => {
  if (used.has('official-records')) return null;
  used.add('official-records');
  const supplement = 10 + (hashNumber(`${spec.seriesKey}:supplement`) % 46);
  const symbol = `A/${spec.session}/${supplement}`;
  const text = `Official Records of the General Assembly, ${sessionName(spec.session)} Session, Supplement No. ${supplement} (${symbol})${r.chance(0.4) ? `, chap. ${r.pick(['II', 'III', 'IV', 'V'])}` : ''}.`;
  const name = `${r.pick(['Special Committee', 'Committee', 'Commission', 'Advisory Board'])} on ${titleCase(spec.subject)}`;
  return [{
    kind: 'preambular', lead: 'Taking note of',
    rest: `the report of the ${name} on its work during the past year`,
    refs: [{ kind: 'group', name, reports: [symbol], quote: `the ${name}` }],
    footnote: { text, refs: [{ kind: 'document', symbol, quote: text }] },
  }];
};

function conferenceRef(c: ConferenceFact, quote: string): ReferenceDraft {
  const sessions = c.phases.map((p) => c.kind === 'meeting'
    ? { place: p.place, start: isoMonth(p.start) }
    : { place: p.place, start: isoDate(p.start), ...(isoDate(p.end) !== isoDate(p.start) ? { end: isoDate(p.end) } : {}), ...(p.label ? { label: p.label } : {}) });
  return { kind: c.kind, name: c.name, sessions, ...(c.conveners ? { conveners: c.conveners } : {}), quote };
}

/** "Recalling the International Conference on ..., held in Midrand, South Africa, from 13 to 15 May 1996," */
export const conference: CitationBlock = ({ spec, r, used }) => {
  const c = spec.conferences.find((x) => !used.has(`conference:${x.name}`));
  if (!c) return null;
  used.add(`conference:${c.name}`);
  if (c.kind === 'meeting') {
    const place = c.phases[0]?.place ?? 'Geneva';
    const quote = `convening ${c.name} in ${place} in ${joinList(c.phases.map((p) => monthYear(p.start)))}`;
    const by = joinList((c.conveners ?? ['Secretariat']).map((x) => `the ${x}`));
    return [{ kind: 'preambular', lead: 'Welcoming', rest: `the initiative taken by ${by} in ${quote}, as well as the results of those meetings`, refs: [conferenceRef(c, quote)] }];
  }
  const held = c.phases.map((p) => `in ${p.place} ${dateRange(p.start, p.end)}${p.label ? ` (${p.label})` : ''}`).join(' and ');
  const quote = `the ${c.name}, held ${held}`;
  const draft: ParagraphDraft = {
    kind: 'preambular', lead: r.pick(['Recalling', 'Bearing in mind', 'Welcoming']),
    rest: r.chance(0.5) ? `the results of ${quote}, and the recommendations that it made` : quote, refs: [conferenceRef(c, quote)],
  };
  if (r.chance(0.4)) {
    const symbol = `A/CONF.${50 + (hashNumber(c.name) % 200)}/${5 + (hashNumber(`${c.name}:report`) % 26)}`;
    const text = `See ${symbol}, chap. I, resolution 1.`;
    draft.footnote = { text, refs: [{ kind: 'document', symbol, quote: text }] };
  }
  return [draft];
};

/** "Bearing in mind that the Secretary-General, in fulfilment of resolution 58/32, established in 2004 a group of governmental experts, ..." */
export const expertGroup: CitationBlock = ({ spec, r, used }) => {
  const g = [...spec.groups].reverse().find((x) => !used.has(`group:${x.established}`));
  if (!g) return null;
  used.add(`group:${g.established}`);
  const by = shortSymbol(g.establishedBy);
  const article = /^[aeiou]/.test(g.common) ? 'an' : 'a';
  const byQuote = `in fulfilment of resolution ${by}`;
  const groupQuote = `established in ${g.established} ${article} ${g.common}`;
  const report = g.report ? `A/${g.report.session}/${g.report.number}` : null;
  const drafts: ParagraphDraft[] = [{
    kind: 'preambular', lead: 'Bearing in mind',
    rest: `that the Secretary-General, ${byQuote}, ${groupQuote}, which, in accordance with its mandate, considered ${r.pick(['existing and potential challenges', 'possible cooperative measures', 'relevant international concepts'])} relating to ${spec.subject}`,
    refs: [
      { kind: 'resolution', symbol: resolutionSymbol(g.establishedBy), quote: byQuote },
      { kind: 'group', name: g.name, established: String(g.established), establishedBy: resolutionSymbol(g.establishedBy), reports: report ? [report] : [], quote: groupQuote },
    ],
  }];
  if (report) {
    const text = `${report}.`;
    drafts.push({
      kind: 'preambular', lead: 'Taking note of',
      rest: `the report of the Secretary-General on the ${g.name}, prepared on the basis of the results of the work of the group`,
      refs: [], footnote: { text, refs: [{ kind: 'document', symbol: report, quote: text }] },
    });
  }
  return drafts;
};

/** "Guided by the purposes and principles of the Charter of the United Nations," or another instrument. */
export const instrument: CitationBlock = ({ r, used }) => {
  const name = r.pick(instruments);
  if (used.has(`instrument:${name}`)) return null;
  used.add(`instrument:${name}`);
  const ref: ReferenceDraft = { kind: 'instrument', name, quote: `the ${name}` };
  if (name === 'Charter of the United Nations') {
    return [{ kind: 'preambular', lead: 'Guided by', rest: `the purposes and principles of the ${name}`, refs: [ref] }];
  }
  return [{ kind: 'preambular', lead: r.pick(['Reaffirming', 'Bearing in mind', 'Recalling']), rest: `the ${name}`, refs: [ref] }];
};
