// The literal words the reference finders' patterns hold, found in a text in one pass: each finder tries
// its patterns only near them (see anchored-scan.ts), or skips a text that holds none.
import { KeywordSearch } from './keyword-search.ts';

/** Instrument names end in one of these (the plural and designations follow it). */
export const instrumentKeywords = [
  'Treaty', 'Convention', 'Charter', 'Declaration', 'Protocol', 'Agreement', 'Agenda', 'Programme of Action', 'Plan of Action',
  'Action Plan', 'Statute', 'Covenant', 'Compact', 'Pact', 'Strategy', 'Framework', 'Outcome', 'Commitment', 'Principles',
  'Guidelines', 'Pledge', 'Proclamation', 'Final Document', 'Joint Statement', 'Instrument', 'Memorandum', 'Code of Conduct',
] as const;

/** Start positions, ascending, of each kind of keyword in one text. */
export interface Keywords {
  /** Conferences, summits and meetings: every keyword match holds one at most three words after its start. */
  events: readonly number[];
  /** Capitalised group names hold one at most four words after their start. */
  groupNames: readonly number[];
  /** Generic group mentions hold one after any number of adjectives. */
  groupMentions: readonly number[];
  /** Instrument keywords where they start a word. */
  instruments: readonly number[];
  /** Instruments named by their subject in lower case. */
  subjects: readonly number[];
  /** Instruments named by their parties in lower case. */
  parties: readonly number[];
  /** "esolution" and "ecision", which every cited resolution or decision number follows. */
  citations: readonly number[];
  /** "resolutions", which every series of resolutions holds. */
  series: readonly number[];
  /** "/", which every document symbol holds but IAEA circulars ("INFCIRC 549"). */
  slashes: readonly number[];
  infcirc: readonly number[];
  /** "http" and "www.", which every address holds. */
  addresses: readonly number[];
  /** What the footnote-marker tidying removes ("[^", two spaces, a space before "," ";" or "."): see footnote-markers.ts. */
  untidy: readonly number[];
}

// In the order of the fields of Keywords.
const search = new KeywordSearch([
  { words: ['Conference', 'Summit', 'Meeting', 'Assembly of', 'meeting'] },
  { words: ['Group', 'Panel', 'Ad Hoc Committee', 'Mechanism', 'Team'] },
  { words: ['group', 'subsidiary body', 'fact-finding mission'] },
  { words: instrumentKeywords, wordStart: true },
  { words: ['draft ', 'memorandum of understanding', 'joint statement', 'framework convention'] },
  { words: [' between ', ' concerning ', 'declaration of ', 'proclamation of '] },
  { words: ['esolution', 'ecision'] },
  { words: ['resolutions'] },
  { words: ['/'] },
  { words: ['INFCIRC'] },
  { words: ['http', 'www.'] },
  { words: ['[^', '  ', ' ,', ' ;', ' .'] },
]);

export function keywordsIn(text: string): Keywords {
  const f = search.find(text);
  return {
    events: f[0] as readonly number[],
    groupNames: f[1] as readonly number[],
    groupMentions: f[2] as readonly number[],
    instruments: f[3] as readonly number[],
    subjects: f[4] as readonly number[],
    parties: f[5] as readonly number[],
    citations: f[6] as readonly number[],
    series: f[7] as readonly number[],
    slashes: f[8] as readonly number[],
    infcirc: f[9] as readonly number[],
    addresses: f[10] as readonly number[],
    untidy: f[11] as readonly number[],
  };
}
