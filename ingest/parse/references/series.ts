// Series of resolutions cited by topic, without a number: "its resolutions on the role of science and
// technology in the context of international security", "all relevant resolutions relating to the mandate
// of the Peacebuilding Commission", "Security Council resolutions and statements by its President on
// children and armed conflict", "Human Rights Council resolutions concerning the right to food".
// "Its previous resolutions" with no topic, or "on this subject", is the series the document itself
// belongs to, so its topic is the document's title. Numbered resolutions after the phrase ("including
// resolution 56/24 V") are left to the resolution finder.
import type { NameHit } from './instruments.ts';
import { clauseWords } from './clause-words.ts';
import { keywordsIn, type Keywords } from './keywords.ts';
import { QuoteTracker } from './quotes.ts';

const name = "[A-Z][\\w'\u2019.-]*(?: (?:(?:and|of|on|for)(?: the)? )?[A-Z][\\w'\u2019.-]*){0,7}";
// What may stand between "resolutions" and the topic: "and decisions", "and statements by the President
// of the Security Council", "of the General Assembly", "adopted by the Commission on Human Rights and the
// Human Rights Council"; then the word that opens the topic.
const middle = new RegExp(
  `(?: and (?:other )?decisions| and (?:the )?(?:presidential )?statements (?:by|of) (?:the|its) President(?: of the ${name})?| (?:of|adopted by|by) (?:the )?${name}(?: and (?:of )?(?:the )?${name})?| and those of (?:the )?${name}){0,3}`,
  'y',
);
const opener = / (?:on|concerning|relating to|related to|regarding|with regard to|pertaining to|in relation to|dealing with|addressing)(?: the (?:subject|matter) of)? (?=\S)/y;
const entitled = / entitled [\u201c"]([^\u201d"]{3,200})[\u201d"]/y;

const month = 'January|February|March|April|May|June|July|August|September|October|November|December';
// The topic ends at a punctuation mark, a new clause, a list of numbered resolutions or a date.
const topicEnd = new RegExp(
  `[,;:(\u201c"]|\\.(?:\\s|$)|\\s(?:in which|by which|which|whereby|the most recent|including|in particular|as well as|adopted|since|at its|` +
    `and (?:${clauseWords})\\b|of (?:\\d{1,2} )?(?:${month}) \\d{4}|of \\d{4}\\b|(?:resolutions?|decisions?) (?:E?S-)?\\d|(?:E?S-)?\\d)|$`,
  'g',
);
const maxTopic = 200;
const selfTopic = /^(?:this|that|the) (?:subject|issue|question|matter|item|topic)$|^(?:the )?same (?:subject|issue|topic)$/;

// Words that may stand before "resolutions" in the phrase: "all its previous relevant".
const modifiers = new Set([
  'all', 'the', 'its', 'their', 'previous', 'relevant', 'other', 'earlier', 'subsequent', 'annual', 'past', 'prior', 'pertinent',
  'related', 'various', 'numerous', 'many', 'recent', 'several', 'respective', 'applicable', 'successive', 'later', 'those', 'these',
]);
/** Words inside or between the names of bodies: "Economic and Social Council", "Commission on Human Rights". */
const nameJoints = new Set(['and', 'of', 'on', 'the']);
/** Words that show the document's own earlier resolutions ("its previous resolutions"), not anyone's. */
const ownWords = /\b(?:its|previous|earlier|prior|past|other)\b/;
/** Capitalised words that open a paragraph or a clause rather than a body's name. */
const leadLike = /^(?:[A-Z][a-z]+ing|Also|Further|And|In|By|See|The|All|Its)$/;
// After a phrase without a topic, only an end of clause: not "its resolutions adopted at ...".
const bareEnd = new RegExp(`^(?:[,;.]|$|\\s(?:and (?:${clauseWords})|as well as|in which|which|the most recent|including|in particular)\\b)`);

/** \w, apostrophes, hyphens and dots: the characters of a word before the phrase. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 45 || c === 46;
}

/** Where the phrase before "resolutions" begins: its modifiers and the bodies named ("all General Assembly and Security Council"). */
function phraseStart(text: string, end: number): { start: number; named: boolean } {
  let start = end;
  let named = false;
  let pos = end;
  for (let steps = 0; steps < 14 && pos > 0 && text.charCodeAt(pos - 1) === 32; steps++) {
    let b = pos - 1;
    while (b > 0 && isWordChar(text.charCodeAt(b - 1))) b--;
    const word = text.slice(b, pos - 1);
    if (/^[A-Z]/.test(word)) {
      // The first word of a paragraph or sentence ("Reaffirms all relevant resolutions") names no body.
      if (leadLike.test(word) || b === 0 || /[.;:]\s*$/.test(text.slice(Math.max(0, b - 3), b))) break;
      named = true;
      start = b;
    } else if (modifiers.has(word)) {
      start = b;
    } else if (!(named && nameJoints.has(word))) {
      break;
    }
    pos = b;
  }
  return { start, named };
}

/** Every series the text cites by topic; the document's title names its own series. */
export function findSeriesRefs(text: string, documentTitle = '', found: Keywords = keywordsIn(text)): NameHit[] {
  const hits: NameHit[] = [];
  if (!found.series.length) return hits;
  // A Security Council resolution is headed by its number ("Resolution 2334 (2016)"), which names no topic.
  const title = /^resolution \d/i.test(documentTitle) ? '' : documentTitle;
  const quotes = new QuoteTracker(text);
  for (const at of found.series) {
    const after = at + 11;
    if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[after] ?? '')) continue;
    // A title in quotation marks ("the report entitled “Implementation of the resolutions on ...”") cites no series.
    if (quotes.inside(at)) continue;
    const { start, named } = phraseStart(text, at);
    const head = text.slice(start, at);
    middle.lastIndex = after;
    const mid = middle.exec(text);
    let pos = mid ? middle.lastIndex : after;
    entitled.lastIndex = pos;
    const titled = entitled.exec(text);
    if (titled?.[1]) {
      hits.push({ name: titled[1].trim(), quote: text.slice(start, entitled.lastIndex) });
      continue;
    }
    opener.lastIndex = pos;
    const open = opener.exec(text);
    if (open) {
      pos = opener.lastIndex;
      // Searched in a window, not to the end of the text: a topic is short.
      const window = text.slice(pos, pos + maxTopic + 1);
      topicEnd.lastIndex = 0;
      const end = pos + (topicEnd.exec(window)?.index ?? window.length);
      const topic = text.slice(pos, end).trim();
      if (end - pos > maxTopic || topic.length < 3) continue;
      const isSelf = selfTopic.test(topic);
      if (isSelf && !title) continue;
      hits.push({ name: isSelf ? title : topic, quote: text.slice(start, end).trim() });
      continue;
    }
    // No topic: "its previous resolutions" is the document's own series; "relevant Council resolutions" names none.
    const byOthers = mid?.[0] ? / (?:of|by) (?:the )?[A-Z]/.test(mid[0]) && !/statements (?:by|of) (?:the|its) President/.test(mid[0]) : false;
    if (!title || named || byOthers || !ownWords.test(head) || !bareEnd.test(text.slice(pos, pos + 30))) continue;
    hits.push({ name: title, quote: text.slice(start, pos) });
  }
  return hits;
}
