// Instruments (treaties, conventions, declarations, charters, programmes of action) by their
// capitalised names.
import { AnchoredScan, anchored } from './anchored-scan.ts';

export interface NameHit {
  name: string;
  quote: string;
}

const instrument = /\b((?:\d{4} )?(?:[A-Z][\w'\u2019-]+ ){0,6}(?:Treaty|Convention|Charter|Declaration|Protocol|Agreement|Agenda|Programme of Action|Plan of Action|Statute|Covenant|Compact|Pact|Strategy|Framework|Outcome|Commitment)(?: (?:of|on|for|against|to|in|between)(?: the| an| a)? [A-Z0-9][\w'\u2019-]*(?: (?:and|of|the|on|for|in|to|an|a|against|between|including) (?:the )?[A-Z0-9][\w'\u2019-]*| [A-Z][\w'\u2019-]*|, including the [A-Z][\w'\u2019-]*){0,16})?)/g;
const notInstruments = /^(?:Treaty|Convention|Charter|Declaration|Protocol|Agreement|Agenda|Statute|Strategy|Framework|Outcome|Pact|Compact|Commitment)$|^(?:Treaty Series)/;

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
