// Lines to blocks: runs of non-blank lines joined into one text, with line-end hyphens resolved
// against the words of the document itself ("infor-" + "mation" -> "information" only if the
// document writes "information" elsewhere; "confidence-" + "building" stays hyphenated).
import { caselessWord, plainWord } from './caseless-word.ts';
import type { Line } from './text-lines.ts';

export interface Block {
  text: string;
  /** Line number of the block's first line. */
  line: number;
}

/** Whether a word occurs in the text, for deciding whether a line-end hyphen is a real one. */
export function collectWords(lines: readonly Line[]): { has(word: string): boolean } {
  // Joined with a space at each end as well, in one string (a concatenation would be copied again when searched).
  const text = ['', ...lines.map((l) => l.text), ''].join(' ');
  // text.toLowerCase().includes(` ${word}`): searched in the text as written for words of a-z (all
  // that the hyphen checks ask for; see caseless-word.ts), in the lower-cased text for any other.
  let lower: string | undefined;
  // The same hyphenated words come back line after line ("nuclear-weapon-free"): each is searched once.
  const known = new Map<string, boolean>();
  const search = (word: string): boolean => {
    if (plainWord.test(word)) return caselessWord(word).test(text);
    lower ??= text.toLowerCase();
    return lower.includes(` ${word}`);
  };
  return {
    has(word: string): boolean {
      let found = known.get(word);
      if (found === undefined) {
        found = search(word);
        known.set(word, found);
      }
      return found;
    },
  };
}

const preambularStart = /^(?!(?:During|Including|Regarding|Concerning|Following|According|Notwithstanding|Excluding|Bring|String|Beijing|Nothing|Something)\b)(?:(?:Also|Further|Deeply|Gravely|Seriously|Firmly|Fully|Strongly) )?(?:[A-Z][a-z]+ing|Convinced|Mindful|Aware|Conscious|Concerned|Determined|Desirous|Cognizant|Alarmed|Encouraged|Guided|Recognizing)(?: in mind| note of| into account)? (?:that|the|its|their|also|further|with|of|by|in|to|a|an|all|further|deep|grave)\b/;

/**
 * Joins a line to the block before it. `last` is the block's last character, passed in because the block
 * is a string being built by concatenation: reading it again would copy the whole block at every line.
 */
function joinLine(before: string, last: number, after: string, words: () => { has(word: string): boolean }): string {
  if (!before) return after;
  if (last !== 0x2d && last !== 0x2010 && last !== 0x2011 && last !== 0x2013 && last !== 0x2014 && last !== 0x2f) return `${before} ${after}`;
  const hyphen = /([A-Za-z]+)[-\u2010\u2011]$/.exec(before.slice(-40));
  if (hyphen?.[1]) {
    const next = /^([a-z]+)/.exec(after);
    if (next?.[1] && !/^(and|or|to)$/.test(next[1]) && words().has((hyphen[1] + next[1]).toLowerCase())) {
      return before.slice(0, -1) + after;
    }
    return before + after;
  }
  if (last === 0x2013 || last === 0x2014 || last === 0x2f) return before + after;
  return `${before} ${after}`;
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Cleans "decision- making" (a hyphen left before a space by the cleaned layout): what
 * text.replace(/([A-Za-z]+)- ([a-z]+)/g, ...) does, looking only at the "- " in the text.
 */
function fixSpacedHyphens(text: string, words: () => { has(word: string): boolean }): string {
  let q = text.indexOf('- ');
  if (q < 0) return text;
  let out = '';
  let done = 0;
  while (q >= 0) {
    let s = q;
    while (s > done && isLetter(text.charCodeAt(s - 1))) s--;
    let e = q + 2;
    while (e < text.length && isLower(text.charCodeAt(e))) e++;
    if (s === q || e === q + 2) {
      q = text.indexOf('- ', q + 1);
      continue;
    }
    const a = text.slice(s, q);
    const b = text.slice(q + 2, e);
    const joined = /^(and|or|to)$/.test(b) ? text.slice(s, e) : words().has((a + b).toLowerCase()) ? a + b : `${a}-${b}`;
    out += text.slice(done, s) + joined;
    done = e;
    q = text.indexOf('- ', e);
  }
  return out + text.slice(done);
}

export function toBlocks(lines: readonly Line[]): Block[] {
  let cache: { has(word: string): boolean } | undefined;
  // The word list is only needed when a line ends in a hyphen.
  const words = (): { has(word: string): boolean } => (cache ??= collectWords(lines));
  const blocks: Block[] = [];
  let text = '';
  // The block ends as its last line does (see joinLine).
  let lastLine = '';
  let first = 0;
  for (const l of lines) {
    if (!l.text) {
      if (text) blocks.push({ text: fixSpacedHyphens(text, words), line: first });
      text = '';
      continue;
    }
    // A numbered paragraph starting right under the end of the previous one (raw layout, annexes).
    const firstCode = l.text.charCodeAt(0);
    if (text && firstCode >= 48 && firstCode <= 57 && /^\d{1,4}\.(?: |$)/.test(l.text) && /[.;:,]$/.test(lastLine)) {
      blocks.push({ text: fixSpacedHyphens(text, words), line: first });
      text = '';
    }
    // Cleaned layout: a preambular paragraph right under the previous one, with no blank line between.
    if (text && lastLine.endsWith(',') && preambularStart.test(l.text) && l.text.length > 60) {
      blocks.push({ text: fixSpacedHyphens(text, words), line: first });
      text = '';
    }
    if (!text) first = l.n;
    text = joinLine(text, lastLine.charCodeAt(lastLine.length - 1), l.text, words);
    lastLine = l.text;
  }
  if (text) blocks.push({ text: fixSpacedHyphens(text, words), line: first });
  return blocks;
}
