// The parser runs the whole schema only when the cheap check of values fails. That is sound when every
// document passing the check is one the schema accepts and returns unchanged: shown here on the corpus,
// on synthetic texts and on mangled inputs; and a document with a bad value fails the check.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedDocument, paragraphIdPattern, partialDatePattern } from '../../../graph/model/parsed-document.ts';
import { generateResolutions } from '../../../ingest/synth/generate.ts';
import { isParagraphId, isPartialDate, valuesFitSchema } from '../../../ingest/parse/output-values.ts';
import { parseDocument } from '../../../ingest/parse/parse-document.ts';
import { corpusDir } from '../../support/corpus.ts';

function expectSchemaLeavesUnchanged(text: string): void {
  const { document } = parseDocument(text);
  if (!document) return;
  expect(valuesFitSchema(document)).toBe(true);
  const checked = ParsedDocument.safeParse(document);
  expect(checked.success).toBe(true);
  // Same keys in the same order, nothing stripped, nothing added by a default.
  expect(JSON.stringify(checked.data)).toBe(JSON.stringify(document));
  expect(checked.data).toStrictEqual(document);
}

describe('documents whose values fit', () => {
  it('are returned unchanged by the schema: corpus files', () => {
    const files = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expectSchemaLeavesUnchanged(readFileSync(path.join(corpusDir, f), 'utf8'));
  }, 30_000);

  it('are returned unchanged by the schema: synthetic texts', () => {
    for (const r of generateResolutions({ count: 100, seed: 3 })) expectSchemaLeavesUnchanged(r.text);
  }, 30_000);

  it('are returned unchanged by the schema: corpus files with lines cut out and junk put in', () => {
    const seedLines = readFileSync(path.join(corpusDir, 'A-RES-80-24.md'), 'utf8').split('\n');
    const mutated = fc
      .tuple(fc.nat(seedLines.length), fc.nat(seedLines.length), fc.string({ maxLength: 40 }))
      .map(([a, b, junk]) => [...seedLines.slice(0, Math.min(a, b)), junk, ...seedLines.slice(Math.max(a, b))].join('\n'));
    fc.assert(fc.property(mutated, expectSchemaLeavesUnchanged), { numRuns: 100 });
  }, 30_000);
});

describe('a document with a value the schema refuses', () => {
  const text = readFileSync(path.join(corpusDir, 'A-RES-64-25.txt'), 'utf8');
  const fresh = (): ParsedDocument => {
    const { document } = parseDocument(text);
    if (!document) throw new Error('the seed document did not parse');
    return document;
  };

  it.each<[string, (d: ParsedDocument) => void]>([
    ['an adoption date', (d) => (d.adopted = '4 December 2009')],
    ['a paragraph id', (d) => ((d.paragraphs[0] as { id: string }).id = 'p1')],
    ['a session number', (d) => (d.session = 64.5)],
    ['a reference date', (d) => {
      const r = d.references.find((x) => x.kind === 'resolution');
      if (!r || r.kind !== 'resolution') throw new Error('no resolution reference');
      r.date = '2009-12-4';
    }],
  ])('fails the check: %s', (_, spoil) => {
    const d = fresh();
    spoil(d);
    expect(valuesFitSchema(d)).toBe(false);
    expect(ParsedDocument.safeParse(d).success).toBe(false);
  });
});

describe('the character checks of dates and paragraph ids', () => {
  // Strings near the spellings: digits, dashes, the id letters, and a few others the patterns refuse.
  const near = (units: string[]) => fc.string({ unit: fc.constantFrom(...units), maxLength: 12 });
  const dates = fc.oneof(near(['0', '1', '9', '-', 'a', ' ', '\n', '\u0660']), fc.string({ maxLength: 12 }));
  const ids = fc.oneof(
    near(['p', 'o', '0', '7', 'P', ' ', '\n']),
    fc.tuple(fc.constantFrom('pp', 'op', 'po', 'oo', 'p', ''), near(['0', '5', '9', 'a', '\n'])).map(([a, b]) => a + b),
    fc.string({ maxLength: 12 }),
  );

  it('isPartialDate agrees with partialDatePattern', () => {
    fc.assert(fc.property(dates, (d) => isPartialDate(d) === partialDatePattern.test(d)), { numRuns: 5000 });
  });

  it('isParagraphId agrees with paragraphIdPattern', () => {
    fc.assert(fc.property(ids, (id) => isParagraphId(id) === paragraphIdPattern.test(id)), { numRuns: 5000 });
  });
});
