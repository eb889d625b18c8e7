// Instruments (treaties, conventions, declarations, charters, programmes of action) by their
// capitalised names, and series of resolutions cited by topic ("its resolutions on the role of ...").
import { AnchoredScan, anchored } from './anchored-scan.ts';

export interface NameHit {
  name: string;
  quote: string;
}

const instrument = /\b((?:\d{4} )?(?:[A-Z][\w'\u2019-]+ ){0,6}(?:Treaty|Convention|Charter|Declaration|Protocol|Agreement|Agenda|Programme of Action|Plan of Action|Statute|Covenant|Compact|Pact|Strategy|Framework|Outcome|Commitment)(?: (?:of|on|for|against|to|in|between)(?: the| an| a)? [A-Z0-9][\w'\u2019-]*(?: (?:and|of|the|on|for|in|to|an|a|against|between|including) (?:the )?[A-Z0-9][\w'\u2019-]*| [A-Z][\w'\u2019-]*|, including the [A-Z][\w'\u2019-]*){0,16})?)/g;
const notInstruments = /^(?:Treaty|Convention|Charter|Declaration|Protocol|Agreement|Agenda|Statute|Strategy|Framework|Outcome|Pact|Compact|Commitment)$|^(?:Treaty Series)/;
const series = /\b(?:its|their|the) (?:previous |relevant |other |earlier |subsequent |annual )*resolutions (?:and decisions )?(?:on|entitled|concerning|relating to) (?:the (?:subject|issue|question) of )?([^,;.]{5,160}?)(?=,|;|\.| in which| the most recent| and (?:its|all|decisions)|$)/g;

// A name holds its keyword at most seven words (seven spaces) after its start: a year and six words.
const instrumentWords = ['Treaty', 'Convention', 'Charter', 'Declaration', 'Protocol', 'Agreement', 'Agenda', 'Programme of Action', 'Plan of Action', 'Statute', 'Covenant', 'Compact', 'Pact', 'Strategy', 'Framework', 'Outcome', 'Commitment'];
const instrumentScan = anchored(instrument, instrumentWords, { maxSpaces: 7, findWith: 'regexp' });

export function findInstrumentRefs(text: string): NameHit[] {
  const hits: NameHit[] = [];
  const scan = new AnchoredScan(instrumentScan, text);
  for (let m = scan.exec(0); m; m = scan.exec(m.index + m[0].length)) {
    const name = (m[1] ?? '').replace(/^(?:The|A|An|Its|This|That) /, '').replace(/,$/, '').trim();
    if (notInstruments.test(name)) continue;
    hits.push({ name, quote: m[1] ?? name });
  }
  return hits;
}

export function findSeriesRefs(text: string): NameHit[] {
  const hits: NameHit[] = [];
  if (!text.includes('resolutions ')) return hits;
  for (const m of text.matchAll(series)) {
    const topic = (m[1] ?? '').trim();
    if (!topic || /^(?:this|that|these|the) (?:subject|issue|question|matter)$/.test(topic)) continue;
    hits.push({ name: topic, quote: m[0] });
  }
  return hits;
}
