// Citation builders for resolutions and decisions: the series' own history, related resolutions,
// decisions, and resolutions of the Security Council, the Economic and Social Council and the Human Rights Council.
import { isoDate, longDate, sessionYear } from './calendar.ts';
import { type CitationBlock, datedResolution, resolutionSymbol, shortSymbol } from './cite-context.ts';
import { type ParagraphDraft, type ReferenceDraft, joinList } from './draft.ts';
import { hashNumber } from './random.ts';
import { topicOf } from './vocabulary.ts';

/** "Recalling its resolutions 53/70 of 4 December 1998, ... and 63/37 of 2 December 2008," */
export const recallHistory: CitationBlock = ({ spec, used }, room) => {
  if (spec.history.length === 0 || used.has('history')) return null;
  used.add('history');
  const recalled = spec.history.slice(-Math.max(1, Math.min(room, spec.history.length)));
  const dated = recalled.map(datedResolution);
  const noun = dated.length === 1 ? 'resolution' : 'resolutions';
  return [{ kind: 'preambular', lead: 'Recalling', rest: `its ${noun} ${joinList(dated.map((d) => d.written))}`, refs: dated.map((d) => d.ref) }];
};

/** "Noting ... pursuant to paragraphs 1 to 3 of resolutions 53/70, 54/49 and 55/28," (no dates). */
export const paragraphsOfHistory: CitationBlock = ({ spec, r, used }, room) => {
  if (spec.history.length < 2 || used.has('paragraphs-of') || room < 2) return null;
  used.add('paragraphs-of');
  const cited = spec.history.slice(-Math.min(room, spec.history.length));
  const quote = `paragraphs 1 to ${r.int(2, 4)} of resolutions ${joinList(cited.map(shortSymbol))}`;
  return [{
    kind: 'preambular', lead: 'Noting',
    rest: `the contribution of those Member States that have submitted their assessments to the Secretary-General pursuant to ${quote}`,
    refs: cited.map((f) => ({ kind: 'resolution', symbol: resolutionSymbol(f), quote })),
  }];
};

/** A resolution of another series: "Reaffirming its resolution 45/12 of 3 December 1990, entitled "..."," */
export const relatedResolution: CitationBlock = ({ spec, r, used }) => {
  const fact = spec.related.find((f) => !used.has(resolutionSymbol(f)));
  if (!fact) return null;
  used.add(resolutionSymbol(fact));
  const { written, ref } = datedResolution(fact);
  const rest = r.chance(0.5) ? `its resolution ${written}, entitled "${fact.title}"` : `its resolution ${written} on ${topicOf(fact.title)}`;
  return [{ kind: 'preambular', lead: r.pick(['Recalling', 'Reaffirming', 'Recalling', 'Bearing in mind']), rest, refs: [ref] }];
};

/** An operative paragraph that cites the last resolution of the series by number alone. */
export const pursuantTo: CitationBlock = ({ spec, r, used }) => {
  const last = spec.history[spec.history.length - 1];
  if (!last || used.has('pursuant')) return null;
  used.add('pursuant');
  const quote = r.pick([
    `in accordance with its resolution ${shortSymbol(last)}`,
    `pursuant to General Assembly resolution ${shortSymbol(last)}`,
    `as requested in resolution ${shortSymbol(last)}`,
  ]);
  return [{
    kind: 'operative', lead: 'Takes note of',
    rest: `the measures taken by the Secretary-General ${quote}, and of the views expressed by Member States on ${spec.subject}`,
    refs: [{ kind: 'resolution', symbol: resolutionSymbol(last), quote }],
  }];
};

/** Decisions of earlier sessions: "Recalling also its decisions 58/521 of 8 December 2003 and 60/518 of 8 December 2005," */
export const decisions: CitationBlock = ({ spec, r, used }, room) => {
  if (used.has('decisions') || spec.session <= 31) return null;
  used.add('decisions');
  const count = Math.min(room, r.int(1, 3));
  const sessions = new Set<number>();
  for (let i = 0; i < count; i++) sessions.add(r.int(Math.max(31, spec.session - 15), spec.session - 1));
  const refs: ReferenceDraft[] = [];
  const written = [...sessions].sort((a, b) => a - b).map((session) => {
    const number = r.int(401, 560);
    const date = { year: sessionYear(session), month: 12, day: 1 + (hashNumber(`${spec.seed}:decision:${session}/${number}`) % 22) };
    const text = `${session}/${number} of ${longDate(date)}`;
    refs.push({ kind: 'decision', symbol: `A/DEC/${text.split(' ')[0]}`, date: isoDate(date), quote: text });
    return text;
  });
  return [{ kind: 'preambular', lead: 'Recalling', rest: `its decision${written.length > 1 ? 's' : ''} ${joinList(written)}`, refs }];
};

// First Security Council resolution number of some years; numbers between are interpolated.
const councilYears: readonly [number, number][] = [[1946, 1], [1960, 133], [1970, 277], [1980, 460], [1990, 646], [2000, 1284], [2010, 1903], [2020, 2510], [2025, 2766]];

function councilNumber(year: number, fraction: number): number {
  for (let i = 0; i < councilYears.length; i++) {
    const [y0, n0] = councilYears[i] ?? [1946, 1];
    const [y1, n1] = councilYears[i + 1] ?? [y0 + 10, n0 + 550];
    if (year < y1 || i === councilYears.length - 1) {
      const perYear = (n1 - n0) / (y1 - y0);
      return Math.max(1, Math.round(n0 + (year - y0) * perYear + fraction * perYear * 0.95));
    }
  }
  return 1;
}

/** "Noting Security Council resolutions 1325 (2000) and 1820 (2008)," */
export const securityCouncil: CitationBlock = ({ spec, r, used }, room) => {
  if (used.has('council')) return null;
  used.add('council');
  const year = sessionYear(spec.session);
  const years = new Set<number>();
  const count = Math.min(room, r.int(1, 2));
  for (let i = 0; i < count; i++) years.add(r.int(Math.max(1946, year - 15), year - 1));
  const cited = [...years].sort((a, b) => a - b).map((y) => `${councilNumber(y, r.next())} (${y})`);
  const noun = cited.length > 1 ? 'resolutions' : 'resolution';
  const refs: ReferenceDraft[] = cited.map((c) => ({ kind: 'resolution', symbol: `S/RES/${c.replace(' ', '')}`, quote: c }));
  return [{ kind: 'preambular', lead: r.pick(['Recalling', 'Noting', 'Bearing in mind']), rest: `Security Council ${noun} ${joinList(cited)}`, refs }];
};

/** "Economic and Social Council resolution 2006/46 of 28 July 2006" or a Human Rights Council resolution. */
export const councilResolution: CitationBlock = ({ spec, r, used }) => {
  if (used.has('ecosoc')) return null;
  used.add('ecosoc');
  const year = r.int(Math.max(1976, sessionYear(spec.session) - 12), sessionYear(spec.session) - 1);
  let draft: ParagraphDraft;
  if (year >= 2007 && r.chance(0.5)) {
    const part = r.int(0, 2);
    const hrcSession = (year - 2006) * 3 - 2 + part;
    const number = r.int(1, 40);
    const date = { year, month: 3 + part * 3, day: 20 + (hashNumber(`${spec.seed}:hrc:${hrcSession}/${number}`) % 11) };
    const text = `${hrcSession}/${number} of ${longDate(date)}`;
    draft = { kind: 'preambular', lead: 'Taking note of', rest: `Human Rights Council resolution ${text}`, refs: [{ kind: 'resolution', symbol: `A/HRC/RES/${text.split(' ')[0]}`, date: isoDate(date), quote: text }] };
  } else {
    const number = r.int(1, 60);
    const date = { year, month: 7, day: 18 + (hashNumber(`${spec.seed}:ecosoc:${year}/${number}`) % 13) };
    const text = `${year}/${number} of ${longDate(date)}`;
    draft = { kind: 'preambular', lead: 'Recalling', rest: `Economic and Social Council resolution ${text}`, refs: [{ kind: 'resolution', symbol: `E/RES/${text.split(' ')[0]}`, date: isoDate(date), quote: text }] };
  }
  return [draft];
};

/** "Recalling also its resolutions on the role of science and technology in ..., in which, inter alia, ..." */
export const seriesByTopic: CitationBlock = ({ spec, r, used }) => {
  const topic = spec.otherTopics.find((t) => !used.has(`topic:${t}`));
  if (!topic) return null;
  used.add(`topic:${topic}`);
  const quote = `its resolutions on ${topic}`;
  const rest = `${quote}, in which, inter alia, it recognized the importance of ${spec.subject} for ${r.pick(['international cooperation', 'sustainable development', 'international peace and security', 'the work of the Organization'])}`;
  return [{ kind: 'preambular', lead: 'Recalling', rest, refs: [{ kind: 'series', topic, quote }] }];
};
