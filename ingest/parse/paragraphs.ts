// Blocks to paragraphs. Preambular paragraphs end with a comma; operative ones are numbered 1., 2., ...;
// sub-items (a), (b) and text cut by a page break stay with their paragraph; headings are dropped.
// What follows the closing ("55th plenary meeting") is an annex, kept apart with its own numbering.
import type { Paragraph } from '../../graph/model/parsed-document.ts';
import type { Block } from './blocks.ts';
import { readLead } from './leads.ts';
import { readClosing } from './masthead.ts';
import { parseDayMonthYear } from './dates.ts';

export interface BuiltParagraph extends Paragraph {
  line: number;
}

export interface AnnexParagraph {
  /** The annex paragraph number as written, or "" for unnumbered annex text. */
  number: string;
  text: string;
  line: number;
}

export interface BodyParts {
  paragraphs: BuiltParagraph[];
  annex: AnnexParagraph[];
  meeting: string | null;
  closingDate: string | null;
  warnings: string[];
}

const commonLead = /^(?:(?:Also|Further|Deeply|Gravely|Seriously|Firmly|Fully|Strongly) )?(?:Recalling|Reaffirming|Noting|Recognizing|Welcoming|Stressing|Emphasizing|Bearing|Taking|Expressing|Convinced|Acknowledging|Mindful|Concerned|Considering|Affirming|Underlining|Underscoring|Reiterating|Aware|Determined|Highlighting|Guided|Having)\b/;
const operativeStart = /^(\d{1,4})\.\s*(.*)$/;
const subItem = /^\((?:[a-z]{1,2}|[ivxlc]{1,6})\)/;
const startsWithDigit = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const annexHeading = /^Annex(?:es)?(?: [IVX]+)?(?:\s|$)/;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The text without footnote markers at its end ("made,[^1]", "assessments,3", "in 2014, 3"). */
export function withoutTrailingMarkers(text: string): string {
  let t = text.trimEnd();
  // At most three markers; each step removes one, scanning back from the end only.
  for (let i = 0; i < 3; i++) {
    // A marker ends in "]" or a digit.
    const last = t.charCodeAt(t.length - 1);
    if (last !== 93 && !(last >= 48 && last <= 57)) break;
    const bracket = /\[\^\d{1,3}\]$/.exec(t.slice(-8));
    if (bracket) {
      t = t.slice(0, t.length - bracket[0].length).trimEnd();
      continue;
    }
    let j = t.length;
    while (j > 0 && j > t.length - 3 && isDigit(t.charCodeAt(j - 1))) j--;
    if (j === t.length || j === 0 || isDigit(t.charCodeAt(j - 1))) break;
    t = t.slice(0, j).trimEnd();
  }
  return t;
}

/** True when the text ends in the middle of a sentence (a page break cut it). */
export function endsOpen(text: string): boolean {
  const t = withoutTrailingMarkers(text);
  return !/[,;:.!?)\]\u201D"\u2019]$/.test(t) && !/[,;:.]$/.test(text.trimEnd());
}

function isHeading(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  const t = withoutTrailingMarkers(text);
  return !/[,;:.]$/.test(t) && !/[,;:.]$/.test(text) && fewWords(text, 12);
}

/** text.split(/\s+/).length <= most, without splitting a long text. */
function fewWords(text: string, most: number): boolean {
  let count = 1;
  const ws = /\s+/g;
  while (ws.exec(text)) if (++count > most) return false;
  return true;
}

/** An unnumbered operative paragraph: "Adopts the Declaration ..., as contained in the annex ...". */
function isUnnumberedOperative(text: string): boolean {
  return /\.$/.test(withoutTrailingMarkers(text)) && /^(?:(?:Also|Further) )?[A-Z][a-z]+s\b/.test(text) && !/^[A-Z][a-z]+(?:ing|ous)\b/.test(text);
}

export function buildParagraphs(blocks: readonly Block[]): BodyParts {
  const paragraphs: BuiltParagraph[] = [];
  const annex: AnnexParagraph[] = [];
  const warnings: string[] = [];
  let section: 'preamble' | 'operative' | 'closing' | 'annex' = 'preamble';
  let nextOp = 1;
  let nextAnnex = 1;
  let meeting: string | null = null;
  let closingDate: string | null = null;
  let current: BuiltParagraph | null = null;
  let pp = 0;
  let op = 0;

  // Blocks of the current paragraph, joined at the end: checks look at the last block only.
  let parts: string[] = [];
  // How many of the parts have been looked at for a closing colon, and whether one had it.
  let colonChecked = 0;
  let colon = false;
  const partsEndInColon = (): boolean => {
    for (; !colon && colonChecked < parts.length; colonChecked++) colon = /:$/.test(withoutTrailingMarkers(parts[colonChecked] ?? ''));
    return colon;
  };
  const add = (kind: 'preambular' | 'operative', text: string, line: number): void => {
    const id = kind === 'preambular' ? `pp${++pp}` : `op${++op}`;
    flush();
    current = { id, kind, lead: '', text, line };
    parts = [text];
    colonChecked = 0;
    colon = false;
    paragraphs.push(current);
  };
  const flush = (): void => {
    const cur = current as BuiltParagraph | null;
    if (cur && parts.length > 1) cur.text = parts.join(' ');
  };

  for (const block of blocks) {
    const text = block.text;
    const closing = readClosing(text);
    if (closing.meeting && section !== 'annex') {
      meeting = closing.meeting;
      closingDate = closing.date;
      section = 'closing';
      flush();
      current = null;
      continue;
    }
    if (section === 'closing') {
      if (!closingDate) closingDate = parseDayMonthYear(text);
      if (annexHeading.test(text)) section = 'annex';
      continue;
    }
    if (section === 'annex') {
      const m = startsWithDigit(text) ? operativeStart.exec(text) : null;
      if (m?.[1] && Number(m[1]) === nextAnnex) {
        annex.push({ number: m[1], text: m[2] ?? '', line: block.line });
        nextAnnex++;
      } else if (annex.length && !isHeading(text)) {
        const last = annex[annex.length - 1];
        if (last) last.text += ` ${text}`;
      } else if (!annex.length) {
        annex.push({ number: '', text, line: block.line });
      }
      continue;
    }
    const m = startsWithDigit(text) ? operativeStart.exec(text) : null;
    if (m?.[1] && Number(m[1]) === nextOp) {
      section = 'operative';
      nextOp++;
      add('operative', m[2] ?? '', block.line);
      continue;
    }
    const cur = current as BuiltParagraph | null;
    const last = parts[parts.length - 1] ?? '';
    // A preambular paragraph ending in ":" goes on with unlettered points until a usual lead word.
    const inList = section === 'preamble' && partsEndInColon() && !commonLead.test(text);
    const continues =
      cur !== null &&
      (/^[a-z]/.test(text) || subItem.test(text) || endsOpen(last) || /[;:]$/.test(withoutTrailingMarkers(last)) || inList || section === 'operative');
    if (cur && continues) {
      if (section === 'operative' && !/^[a-z(]/.test(text) && isHeading(text) && !endsOpen(last)) continue;
      parts.push(text);
      continue;
    }
    if (section === 'preamble' && isHeading(text) && (text.split(' ').length <= 6 || !/^[A-Z][a-z]+(ing|ed)\b/.test(text))) {
      warnings.push(`line ${block.line}: heading "${text.slice(0, 60)}" skipped`);
      continue;
    }
    if (section === 'preamble' && op === 0 && isUnnumberedOperative(text)) {
      section = 'operative';
      add('operative', text, block.line);
      continue;
    }
    add(section === 'operative' ? 'operative' : 'preambular', text, block.line);
  }
  flush();
  for (const p of paragraphs) {
    p.text = p.text.trim();
    p.lead = readLead(p.text);
  }
  return { paragraphs, annex, meeting, closingDate, warnings };
}
