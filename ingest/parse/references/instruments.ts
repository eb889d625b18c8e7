// Instruments (treaties, conventions, declarations, charters, programmes of action, guidelines) by their
// capitalised names, with the short name given in brackets after one ("(the International Tracing
// Instrument)"); and instruments named in lower case ("the draft treaty on the prevention of ...",
// "the relationship agreement between the United Nations and the Organisation").
import { AnchoredScan, anchored, isCapitalOrDigit, isLower } from './anchored-scan.ts';
import { instrumentKeywords as keywords, keywordsIn, type Keywords } from './keywords.ts';
import { clauseWords } from './clause-words.ts';
import { QuoteTracker } from './quotes.ts';

export interface NameHit {
  name: string;
  quote: string;
}

export interface InstrumentHit extends NameHit {
  /** The short name written in brackets after the full one, used for it from then on. */
  alias?: string;
  /** The instrument the document itself adopts in its annex: no citation, wherever it is named. */
  own?: true;
}

/** The keywords as one alternation grouped by first letter, which the regular expression engine tries faster. */
const keywordPattern = (() => {
  const byLetter = new Map<string, string[]>();
  for (const k of keywords) byLetter.set(k[0] ?? '', [...(byLetter.get(k[0] ?? '') ?? []), k.slice(1)]);
  return `(?:${[...byLetter].map(([c, rest]) => `${c}(?:${rest.join('|')})`).join('|')})`;
})();
const word = "[\\w'\u2019\u2010\u2011-]";
const tailWord = `[A-Z0-9]${word}*`;
// "and the International Covenant on ...": a second instrument begins, not the tail of the first.
const nextName = `(?:[A-Z]${word}* ){0,6}${keywordPattern}\\b`;
// "Economic, Social and Cultural Rights", "Prevent, Suppress and Punish": a list of capitalised words.
const commaList = `(?:, [A-Z]${word}*){1,4},? (?:and|or) [A-Z]${word}*`;
const joins = '(?:of|on|for|against|to|in|between|concerning|regarding|relating to|Relating to|Establishing|Governing)';
// Up to six capitalised words, the keyword (in the plural too, with a designation: "Protocol V",
// "Agenda 2063"), then "of|on|for ..." and capitalised words joined by small words. A capitalised word
// right after the keyword makes it part of another name ("the New Agenda Coalition").
const instrument = new RegExp(
  `\\b((?:\\d{4} )?(?:[A-Z]${word}+ ){0,6}${keywordPattern}s?(?![\\w\u2010\u2011-])(?: (?:[IVX]{1,4}|\\d{4}(?:[\u2013-]\\d{4})?)(?![\\w\u2010\u2011-]))?` +
    `(?! (?!Establishing|Governing|Relating)[A-Z][a-z])` +
    `(?: ${joins}(?: the| an| a)? ${tailWord}` +
    `(?: (?:and(?! (?:the )?${nextName})|or|of|the|on|for|in|to|an|a|against|between|including|with(?! (?:States|Member|Parties|Governments)\\b)) (?:the )?${tailWord}| [A-Z]${word}*|, including the [A-Z]${word}*|${commaList}){0,16})?)`,
  'g',
);
const bare = new RegExp(`^(?:${keywords.join('|')})s?$|^Treaty Series`);
// "the Treaty in New York": the place where something happened, not a name.
const placeOnly = new RegExp(`^(?:${keywords.join('|')})s? in `);
// "the Political Declarations of 2017 and 2021" points back at instruments named elsewhere.
const genericPlural = new RegExp(`^(?:\\w+ )?(?:${keywords.join('|')})s(?: of \\d{4}(?: and \\d{4})?)?$`);
// The final document of a conference belongs to the conference, which is found on its own.
const conferenceDocument = /^Final Documents? of .*\b(?:Conference|Summit)/;
const leadWord = /^(?:Recalling|Reaffirming|Noting|Welcoming|Recogni[sz]ing|Considering|Emphasi[sz]ing|Stressing|Acknowledging|Affirming|Reaffirms|Welcomes|Notes|Recalls|Urges|Invites|Encourages|Requests|Decides|Endorses|Adopts|Supports) (?=\S+ )/;
// "... Avoiding Arms Races of 3 January 2022": the date the tail took in is no part of the name.
const dateTail = / (?:of|on) \d{1,2}(?: [A-Z][a-z]+)?(?: \d{4})?$/;
const shortNameBefore = /\((?:the )?$/;
// The short name may come after the rest of a long name: "... Identify and Trace, in a Timely and
// Reliable Manner, Illicit Small Arms and Light Weapons (the International Tracing Instrument)".
const shortNameAfter = /^(?:,? [\w'\u2019\u2010\u2011-]+){0,14},? \((?:the |hereinafter )?([A-Z][\w'\u2019\u2010\u2011-]*(?: (?:[A-Z][\w'\u2019\u2010\u2011-]*|of|on|the|for)){0,6})\)/;
// "Adopts the Political Declaration ..., annexed to the present resolution": the document itself.
const ownAnnex = /^[^.;]{0,160}?,? (?:as )?(?:contained in the annex to|annexed to|set out in the annex to|attached to) the present resolution/;
// "the Bangkok Treaty on the Protocol to that Treaty": the tail names another instrument.
const otherTail = new RegExp(`^(.+\\S (?:${keywords.join('|')})) (?:on|to|of) the (?:${keywords.join('|')})$`);
// A report's title in quotation marks names a report, not an instrument: “Our Common Agenda”.
const reportTitle = /\b(?:report|policy brief|brief|note|study|paper)s?\b[^\u201c\u201d"]{0,80}\bentitled\s*$/;

// A name holds its keyword at most seven words (seven spaces) after its start: a year and six words.
// It starts with the year's digit, a capitalised word's capital or the keyword's.
const instrumentScan = anchored(instrument, { maxSpaces: 7, wordFirst: true, first: isCapitalOrDigit });

export function findInstrumentRefs(text: string, found: Keywords = keywordsIn(text)): InstrumentHit[] {
  const hits: InstrumentHit[] = found.instruments.length ? findNamedRefs(text, found) : [];
  if (found.subjects.length || found.parties.length) hits.push(...findLowerCaseRefs(text, found));
  return hits;
}

/** The instruments named in capitals. (Each replace and test below is tried only when its characters occur.) */
function findNamedRefs(text: string, found: Keywords): InstrumentHit[] {
  const hits: InstrumentHit[] = [];
  const scan = new AnchoredScan(instrumentScan, text, found.instruments);
  const quotes = new QuoteTracker(text);
  for (let m = scan.exec(0); m; m = scan.exec(m.index + m[0].length)) {
    let name = m[1] ?? '';
    const first = name.charCodeAt(0);
    if (first === 84 || first === 65 || first === 73) name = name.replace(/^(?:The|A|An|Its|This|That) /, '');
    if (name.endsWith(',')) name = name.slice(0, -1);
    name = name.trim();
    // The lead of the paragraph is no part of the name: "Noting Protocol II on ...".
    if (m.index === 0) name = name.replace(leadWord, '');
    if (name.includes(' the ')) name = otherTail.exec(name)?.[1] ?? name;
    if (/\d/.test(name)) name = name.replace(dateTail, '');
    if (/^Secretary-General(?:\u2019|')s /.test(name)) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    if (bare.test(name) || placeOnly.test(name) || genericPlural.test(name) || conferenceDocument.test(name)) continue;
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    if (shortNameBefore.test(before.slice(-5)) || before.endsWith('Secretary-General\u2019s ') || before.endsWith("Secretary-General's ")) continue;
    const opened = quotes.openedAt(m.index);
    if (opened >= 0 && reportTitle.test(text.slice(Math.max(0, opened - 120), opened))) continue;
    const hit: InstrumentHit = { name, quote: m[1] ?? name };
    const alias = rest.includes('(') ? shortNameAfter.exec(rest)?.[1] : undefined;
    if (alias && alias !== name) hit.alias = alias;
    if (rest.includes('present resolution') && ownAnnex.test(rest)) hit.own = true;
    hits.push(hit);
  }
  return hits;
}

// Named by their subject in lower case: a draft, a memorandum of understanding, a joint statement. The
// subject ends at a punctuation mark, a year, a footnote number or the verb that says who brought it.
const subjectEnd = `(?=[,;:()\u201c"]|\\.(?:\\s|$)| (?:in|of|on) \\d| \\d| and (?:${clauseWords})\\b| (?:introduced|submitted|presented|prepared|proposed|referred|adopted|issued|signed|which|that|by|as|at|during)\\b|$)`;
const bySubject = new RegExp(
  `\\b(?:(?:updated|revised) )?((?:draft (?:treaty|convention|declaration|protocol|code of conduct|instrument)|memorandum of understanding|joint statement|framework convention) (?:on|for|between|concerning|to|against) [A-Za-z][^,;:()\u201c"]{3,200}?)${subjectEnd}`,
  'g',
);
// Or by the parties, in capitals: "the relationship agreement between the United Nations and the
// Organisation", "the proclamation of Latin America and the Caribbean as a Zone of Peace".
const byParties = new RegExp(
  `\\b(?:the|a|an|its) ((?:(?!(?:of|the|a|an|and|in|on|for|to|with|within|by|under)\\b)[a-z][a-z-]+ ){0,4}(?:treaty|agreement|declaration|proclamation) (?:between|of|concerning)(?: the)? [A-Z]${word}*` +
    `(?: (?:and|of|the|for|in) (?:the )?[A-Z]${word}*| [A-Z]${word}*){0,12})`,
  'g',
);
// Searched near their keywords only, as the capitalised names are; both start with a lower-case word.
const subjectScan = anchored(bySubject, { maxSpaces: 1, wordFirst: true, first: isLower });
const partiesScan = anchored(byParties, { maxSpaces: 6, wordFirst: true, first: isLower });

// "the agreement of the Parties" is consent; "the declaration of the President" a statement.
const notParties = /^(?:agreement of|declaration of the (?:President|Chair|Secretary)|treaty of)\b/;

function findLowerCaseRefs(text: string, found: Keywords): InstrumentHit[] {
  const hits: InstrumentHit[] = [];
  const subjects = new AnchoredScan(subjectScan, text, found.subjects);
  for (let m = found.subjects.length ? subjects.exec(0) : null; m; m = subjects.exec(m.index + Math.max(1, m[0].length))) {
    const prefix = /United Nations $/.test(text.slice(Math.max(0, m.index - 15), m.index)) ? 'United Nations ' : '';
    hits.push({ name: `${prefix}${(m[1] ?? '').trim()}`, quote: m[0] });
  }
  const parties = new AnchoredScan(partiesScan, text, found.parties);
  for (let m = found.parties.length ? parties.exec(0) : null; m; m = parties.exec(m.index + Math.max(1, m[0].length))) {
    const name = (m[1] ?? '').trim();
    if (notParties.test(name) || /^(?:draft|updated|revised) /.test(name)) continue;
    hits.push({ name, quote: name });
  }
  return hits;
}
