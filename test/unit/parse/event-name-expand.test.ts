// expandName (the capitalised name around an event keyword) against the version it replaced, which
// built the words taken on the right as strings and joined the words on the left after unshifting them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandName } from '../../../ingest/parse/references/events.ts';

const capWord = /^(?:[A-Z0-9][\w'\u2019.-]*|United|Nations)$/;
const connector = /^(?:of|on|for|the|and|to|against|with|a|an)$/;

function wordsBefore(text: string, end: number, width: number): string[] {
  return text.slice(Math.max(0, end - width), end).split(/\s+/).filter(Boolean).reverse();
}

function reference(text: string, start: number, end: number): { name: string; start: number; end: number } {
  const before = wordsBefore(text, start, 120);
  const left: string[] = [];
  for (let i = 0; ; i++) {
    const w = before[i];
    if (w === undefined || /[,;:()]$/.test(w)) break;
    if (capWord.test(w) || (w === 'and' && left.length && capWord.test(before[i + 1] ?? ''))) left.unshift(w);
    else break;
  }
  while (left[0] && /^(?:The|A|An|and|Its|At|In|By|See|Recalling|Welcoming|Noting)$/.test(left[0])) left.shift();
  const afterText = text.slice(end, end + 200);
  const token = /(\s+)([^\s,;:()]+)([,;:()]?)/y;
  let right = '';
  let spaced = '';
  let pending = '';
  let pendingSpaced = '';
  for (let t = token.exec(afterText); t; t = token.exec(afterText)) {
    const w = t[2] ?? '';
    if (connector.test(w) && !t[3]) {
      pending += t[1] + w;
      pendingSpaced += ` ${w}`;
      continue;
    }
    if (!capWord.test(w) || /^\d/.test(w) || (!pending && !right)) break;
    right += pending + (t[1] ?? '') + w;
    spaced += `${pendingSpaced} ${w}`;
    pending = '';
    pendingSpaced = '';
    if (t[3]) break;
  }
  const head = left.join(' ');
  const name = `${head ? `${head} ` : ''}${text.slice(start, end)}${spaced}`.replace(/[.,]$/, '').trim();
  return { name, start: start - (head ? head.length + 1 : 0), end: end + right.length };
}

const words = ['World', 'Summit', 'Conference', 'on', 'the', 'The', 'and', 'of', 'Information', 'Society', 'United', 'Nations', 'Recalling', 'held', '2005', 'in', 'Tunis', 'for', 'a', 'Its',
  'an', 'against', 'Women\u2019s', 'Al-Quds', 'U.N.', 'X_Y', '2nd', 'Caf\u00e9', '\u201cWorld', 'Rio+20', 'See', 'ofx'];
const gaps = [' ', ' ', ' ', '  ', ', ', '; ', ' (', ') ', '.', ',', ' \u00a0', '\n', ':', ' \u2028', '\t'];
const texts = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 30 }).map((p) => p.map(([w, g]) => w + g).join(''));

describe('expandName', () => {
  it('takes the capitalised words on both sides of the keyword', () => {
    const text = 'Recalling the World Summit on the Information Society, held in Tunis';
    const at = text.indexOf('Summit');
    expect(expandName(text, at, at + 'Summit'.length)).toEqual({ name: 'World Summit on the Information Society', start: text.indexOf('World'), end: text.indexOf(',') });
  });

  it('agrees with the version it replaced', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, seed) => {
        const keys = [...text.matchAll(/Summit|Conference/g)];
        if (!keys.length) return;
        const k = keys[seed % keys.length] as RegExpMatchArray;
        const start = k.index ?? 0;
        const end = start + k[0].length;
        expect(expandName(text, start, end)).toEqual(reference(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
