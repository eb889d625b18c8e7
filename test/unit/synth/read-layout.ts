// Reads a synthetic text back with nothing but regular expressions, independently of the generator,
// and lists every way it departs from the layout of the origin document (A-RES-64-25.txt).
import { syntheticMarker } from '../../../ingest/synth/layout.ts';

export interface ReadLayout {
  problems: string[];
  issued: string;
  sessionLine: string;
  agendaItem: string;
  adopted: string;
  report: string;
  session: number;
  number: number;
  title: string;
  meeting: string;
  closingDate: string;
  preambular: string[];
  operative: string[];
  /** footnote marks in the order their markers appear in the body */
  markers: string[];
  footnotes: { mark: string; text: string }[];
}

const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSup = (s: string): string => [...s].map((c) => String(sup.indexOf(c))).join('');
const date = String.raw`\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}`;

const masthead = new RegExp(
  String.raw`^\n\n\n\nGeneral Assembly\n\nDistr\.: General\n` + syntheticMarker.replace(/[.]/g, '\\.') +
  String.raw`\n(${date})\n\n([A-Z][a-z]+(?:-[a-z]+)?(?: hundred(?: and [a-z]+(?:-[a-z]+)?)?)?) session\nAgenda item (\d+(?: \([a-e]\))?)\n\n` +
  String.raw`Resolution adopted by the General Assembly on (${date})\n\n` +
  String.raw`\[(on the report of the [A-Z][A-Za-z ()]+ \(A/\d+/\d+\)|without reference to a Main Committee \(A/\d+/L\.\d+\))\]\n\n` +
  String.raw`(\d+)/(\d+)\. ([^\n]+)\n\nThe General Assembly,\n\n`,
);
const closing = new RegExp(String.raw`\n\n\*(\d+(?:st|nd|rd|th) plenary meeting)\n(${date})\*$`);

export function readLayout(text: string): ReadLayout {
  const problems: string[] = [];
  const head = masthead.exec(text);
  const tail = closing.exec(text);
  if (!head) problems.push('masthead does not match');
  if (!tail) problems.push('closing does not match');
  const body = head && tail ? text.slice(head[0].length, tail.index) : '';
  const out: ReadLayout = {
    problems, issued: head?.[1] ?? '', sessionLine: head?.[2] ?? '', agendaItem: head?.[3] ?? '', adopted: head?.[4] ?? '',
    report: head?.[5] ?? '', session: Number(head?.[6]), number: Number(head?.[7]), title: head?.[8] ?? '',
    meeting: tail?.[1] ?? '', closingDate: tail?.[2] ?? '', preambular: [], operative: [], markers: [], footnotes: [],
  };
  let expectItem = false;
  let lastOperativeEnd = '';
  for (const block of body.split(/\n{2,}/).filter((b) => b !== '')) {
    if (block.includes('\n')) problems.push(`a line break inside a paragraph: ${block.slice(0, 60)}`);
    const footnote = new RegExp(`^([${sup}]+) (\\S.*)$`).exec(block);
    if (footnote) {
      out.footnotes.push({ mark: fromSup(footnote[1] ?? ''), text: footnote[2] ?? '' });
      continue;
    }
    const marker = new RegExp(`([${sup}]+)$`).exec(block);
    if (marker) out.markers.push(fromSup(marker[1] ?? ''));
    const plain = marker ? block.slice(0, -(marker[1] ?? '').length) : block;
    const op = /^(\d+)\. \*([^*]+)\* (.+)$/.exec(plain);
    if (op) {
      if (Number(op[1]) !== out.operative.length + 1) problems.push(`operative paragraph ${op[1]} out of order`);
      out.operative.push(plain);
      lastOperativeEnd = plain.slice(-1);
      expectItem = lastOperativeEnd === ':';
      if (!/[;:.]$/.test(plain)) problems.push(`operative paragraph ${op[1]} ends with "${plain.slice(-1)}"`);
      continue;
    }
    if (/^\([a-z]\) /.test(plain)) {
      if (!expectItem) problems.push(`sub-item outside a paragraph ending with a colon: ${plain.slice(0, 40)}`);
      lastOperativeEnd = plain.slice(-1);
      if (!/[;.]$/.test(plain)) problems.push(`sub-item ends with "${plain.slice(-1)}"`);
      continue;
    }
    if (out.operative.length > 0) problems.push(`preambular-looking paragraph after the operative part: ${plain.slice(0, 60)}`);
    if (!plain.endsWith(',')) problems.push(`preambular paragraph ends with "${plain.slice(-1)}": ${plain.slice(0, 60)}`);
    out.preambular.push(plain);
  }
  if (lastOperativeEnd !== '.') problems.push(`the last paragraph ends with "${lastOperativeEnd}", not a full stop`);
  const semis = out.operative.slice(0, -1).filter((p) => p.endsWith('.'));
  if (semis.length > 0) problems.push(`${semis.length} operative paragraphs before the last end with a full stop`);
  return out;
}
