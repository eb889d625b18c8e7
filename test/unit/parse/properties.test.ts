// Properties over many inputs: nothing makes the parser throw, whatever comes out fits the schema,
// and time grows linearly with size, also for inputs built to make regular expressions backtrack.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../../graph/model/parsed-document.ts';
import { parseDocument } from '../../../ingest/parse/parse-document.ts';
import { corpusDir } from '../../support/corpus.ts';

const seed = readFileSync(path.join(corpusDir, 'A-RES-64-25.txt'), 'utf8');
const seedLines = seed.split('\n');

const fragments = [
  'The General Assembly,', 'Recalling its resolutions ', '53/70 of 4 December 1998, ', '1514 (XV)', ' and Corr.1', 'A/55/140',
  'Conference on ', 'Summit ', 'Group of Governmental Experts ', 'established in 2004 ', 'pursuant to resolution 63/37',
  '1. ', '(a) ', '[^1]', '¹', '_____', '2/3', '25-15106 (E)', '\n', '\n\n', ' ', ',', 'held in Geneva from 10 to 12 December 2003 ',
  '55th plenary meeting', 'Annex', 'Security Council resolution 1373 (2001)', '\u0000', '\uFFFD', 'é', '—', 'A/RES/', '(Part I)',
];

const resolutionLike = fc.array(fc.constantFrom(...fragments), { maxLength: 200 }).map((parts) => parts.join(''));
const mutatedSeed = fc
  .tuple(fc.nat(seedLines.length), fc.nat(seedLines.length), fc.string({ maxLength: 40 }))
  .map(([a, b, junk]) => [...seedLines.slice(0, Math.min(a, b)), junk, ...seedLines.slice(Math.max(a, b))].join('\n'));

function neverThrows(text: string): void {
  const r = parseDocument(text, { source: 'prop.txt' });
  if (r.document) expect(ParsedDocument.safeParse(r.document).success).toBe(true);
  else expect(r.issues.some((i) => i.severity === 'error' && i.source === 'prop.txt')).toBe(true);
}

describe('parseDocument on any input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000, unit: 'grapheme' }), neverThrows), { numRuns: 300 });
  });

  it('never throws on resolution-like fragments', () => {
    fc.assert(fc.property(resolutionLike, neverThrows), { numRuns: 300 });
  });

  it('never throws on the origin document with lines cut out and junk put in', () => {
    fc.assert(fc.property(mutatedSeed, neverThrows), { numRuns: 200 });
  });
});

/** Best of three runs, in milliseconds. */
/** CPU milliseconds, best of 5: on a busy machine wall time measures the other processes, CPU time the parser. */
function timeParse(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t0 = process.cpuUsage();
    parseDocument(text);
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const head = seed.slice(0, seed.indexOf('Recalling its resolutions'));
// Each grows one construct without end: long lists, unclosed names, runs of digits and capitals.
const adversarial: Record<string, (n: number) => string> = {
  'resolution list': (n) => `${head}Recalling its resolutions ${'1/1, '.repeat(n / 5)}x,\n`,
  'capitalised words': (n) => `${head}Recalling the ${'Conference Of The Group '.repeat(n / 24)}\n`,
  'digits and spaces': (n) => `${head}Recalling ${'1 '.repeat(n / 2)}\n`,
  'slashes': (n) => `${head}Recalling ${'A/'.repeat(n / 2)}\n`,
  'one long line of paragraphs': (n) => `${head}${'Recalling also resolution 58/32 of 8 December 2003, '.repeat(n / 52)}`,
  'many short paragraphs': (n) => `${head}${'Noting,\n\n'.repeat(n / 9)}`,
  'footnote markers': (n) => `${head}Recalling ${'x,1 [^1] 20241 '.repeat(n / 15)}\n\n${'1 See A/1/2.\n\n'.repeat(n / 200)}`,
  'sub-items and operative numbers': (n) => `${head}Recalling x,\n\n${Array.from({ length: n / 40 }, (_, i) => `${i + 1}. Decides (a) to;\n\n`).join('')}`,
  'dates': (n) => `${head}Recalling the Conference held in Geneva ${'from 1 to 2 May 2000 and in Paris '.repeat(n / 34)}\n`,
  'groups': (n) => `${head}Recalling the ${'group of experts on the '.repeat(n / 23)}x\n`,
  'series without an end': (n) => `${head}Recalling ${'all its previous relevant resolutions on the question of '.repeat(n / 57)}x\n`,
  'unclosed quotation marks': (n) => `${head}Recalling ${'\u201cits resolutions on x, '.repeat(n / 23)}\n`,
  'instruments in lower case': (n) => `${head}Recalling the draft treaty on ${'the treaty between the United '.repeat(n / 30)}\n`,
};

describe('parse time', () => {
  it.each(Object.keys(adversarial))('grows linearly for %s', (name) => {
    const make = adversarial[name];
    if (!make) throw new Error(name);
    const n = 40_000;
    const small = timeParse(make(n));
    const large = timeParse(make(4 * n));
    // Linear would be 4x; allow noise and a fixed cost, but a quadratic parser takes 16x.
    expect(large, `${name}: ${small.toFixed(1)} ms at n, ${large.toFixed(1)} ms at 4n`).toBeLessThan(small * 9 + 40);
  });
});
