// Expert and working groups: "Group of Governmental Experts on ...", "a group of governmental experts",
// "open-ended working group on ...", "Ad Hoc Committee on ...", "Advisory Group of ...", "subsidiary body
// on ...", with the year they were established and the resolution or decision that established them.
import { findResolutionRefs } from './resolutions.ts';
import type { SymbolBody } from '../../../graph/ids.ts';
import { AnchoredScan, anchored, isCapital } from './anchored-scan.ts';
import { keywordsIn, type Keywords } from './keywords.ts';

export interface GroupHit {
  name: string;
  /** True for a lower-case generic mention ("a group of governmental experts"). */
  generic: boolean;
  established?: string;
  establishedBy?: string;
  quote: string;
  start: number;
}

const capitalised = /\b((?:[A-Z][\w'\u2019-]+ ){0,4}(?:Group|Panel|Ad Hoc Committee|Working Group|Expert Group|Investigative Mechanism|Identification Team)(?: (?:of|on|for|against|to)(?: the| an| a)? [A-Z][\w'\u2019-]*(?: (?:and|of|the|on|for|in|to|an|a|against|into) (?:the )?[A-Z][\w'\u2019-]*| [A-Z][\w'\u2019-]*){0,14})?)/g;
const generic = /\b((?:open-ended |independent |high-level |intergovernmental |ad hoc |expert )*(?:group of (?:governmental |independent |eminent |independent eminent )?(?:experts|persons|eminent persons)|working group|expert group|subsidiary body|fact-finding mission)(?: (?:on|of) (?:the )?[a-z][a-z\s,-]{3,120}?(?=[,;.]| established| which| that| with| in \d| to (?:the|its)|$))?)/g;
const notGroups = /^(?:(?:the )?(?:African|Asian|Asia-Pacific|Arab|Eastern European|Western European|Latin American|World Bank|Caribbean|Nordic)\b|Group of \d|Group of Friends|Group of States)/i;

/** Establishment beside a mention: "established in 2004", "established ... pursuant to ... resolution 63/37". */
function readEstablishment(text: string, start: number, end: number, own: SymbolBody): { established?: string; establishedBy?: string } {
  const out: { established?: string; establishedBy?: string } = {};
  const after = text.slice(end, end + 260);
  const before = text.slice(Math.max(0, start - 140), start);
  const year = !after.includes('established') && !before.includes('established') ? null : /^[^.;]{0,40}?\bestablished (?:in|on) (?:\d{1,2} [A-Z][a-z]+ )?(\d{4})/.exec(after) ?? /\bestablished in (\d{4}) (?:an? |the )?$/.exec(before);
  if (year?.[1]) out.established = year[1];
  const by = !/\b(?:established|created|convened|set up|pursuant|fulfilment|accordance|under)\b/.test(after) && !/\b(?:pursuant|fulfilment|accordance|under)\b/.test(before)
    ? null
    : /^[^;]{0,200}?\b(?:established|created|convened|set up)\b[^;]{0,120}?\b(?:pursuant to|by|under|in accordance with|in)\s+(?:its |the |General Assembly )?((?:resolution|decision) [^\s,;]+(?: \([^)]+\))?)/.exec(after)
    ?? /\b(?:in fulfilment of|pursuant to|in accordance with|under)\s+((?:resolution|decision) \S+?),? (?:established|set up|convened)(?: in \d{4})? (?:an? |the )?$/.exec(before);
  if (by?.[1]) {
    const ref = findResolutionRefs(by[1], own)[0];
    if (ref) out.establishedBy = ref.symbol;
  }
  return out;
}

// A capitalised name holds its keyword at most four words (five spaces) after its start; a generic
// mention holds "group", "subsidiary body" or "fact-finding mission" after any number of adjectives.
// A capitalised name starts with a capital (of its first word or of the keyword).
const capitalisedScan = anchored(capitalised, { maxSpaces: 5, wordFirst: true, first: isCapital });
const genericScan = anchored(generic, { wordFirst: true });


export function findGroupRefs(text: string, own: SymbolBody, found: Keywords = keywordsIn(text)): GroupHit[] {
  const hits: GroupHit[] = [];
  if (!found.groupNames.length && !found.groupMentions.length) return hits;
  const taken: Array<[number, number]> = [];
  const names = new AnchoredScan(capitalisedScan, text, found.groupNames);
  for (let m = names.exec(0); m; m = names.exec(m.index + Math.max(1, m[0].length))) {
    const name = (m[1] ?? '').replace(/^(?:The|A|An|Its|This|That|Recalling|Welcoming|Noting|Taking) /, '').trim();
    if (notGroups.test(name) || !/\s/.test(name)) continue;
    const start = m.index + (m[1] ?? '').length - name.length;
    const end = m.index + (m[1] ?? '').length;
    taken.push([start, end]);
    hits.push({ name, generic: false, quote: text.slice(start, end), start, ...readEstablishment(text, start, end, own) });
  }
  const mentions = new AnchoredScan(genericScan, text, found.groupMentions);
  for (let m = mentions.exec(0); m; m = mentions.exec(m.index + Math.max(1, m[0].length))) {
    const start = m.index;
    const end = start + (m[1] ?? '').length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    const name = (m[1] ?? '').trim();
    hits.push({ name, generic: true, quote: name, start, ...readEstablishment(text, start, end, own) });
  }
  return hits.sort((a, b) => a.start - b.start);
}
