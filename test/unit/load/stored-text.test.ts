import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromStoredText, toStoredText } from '../../../graph/model/stored-text.ts';
import type { Footnote, Paragraph } from '../../../graph/model/parsed-document.ts';

const paragraph = fc.record({
  id: fc.constantFrom('pp1', 'pp2', 'op1', 'op2', 'an3'),
  kind: fc.constantFrom('preambular' as const, 'operative' as const),
  lead: fc.constantFrom('', 'Recalling', 'Decides', 'Noting with concern'),
  text: fc.string({ unit: 'grapheme', maxLength: 80 }),
});
const footnote = fc.record({
  mark: fc.constantFrom('1', '2', '*'),
  text: fc.string({ unit: 'grapheme', maxLength: 60 }),
  paragraph: fc.option(fc.constantFrom('pp1', 'op2'), { nil: null }),
});

describe('stored text', () => {
  it('gives back every paragraph and footnote exactly, whatever their characters', () => {
    fc.assert(fc.property(fc.array(paragraph, { maxLength: 8 }), fc.array(footnote, { maxLength: 4 }), (paragraphs, footnotes) => {
      const read = fromStoredText(toStoredText({ paragraphs, footnotes }));
      expect(read.paragraphs).toEqual(paragraphs.map((p) => ({ ...p, lead: p.lead })));
      expect(read.footnotes).toEqual(footnotes.map((f) => ({ ...f, annexParagraph: null })));
    }), { numRuns: 500 });
  });

  it('searches each paragraph with its lead, then the footnotes after their marks, and stores the words once', () => {
    const paragraphs: Paragraph[] = [
      { id: 'pp1', kind: 'preambular', lead: 'Noting', text: 'Noting that the Conference 🌍 met' },
      { id: 'op1', kind: 'operative', lead: 'Decides', text: 'to include the item' },
    ];
    const footnotes: Footnote[] = [{ mark: '1', text: 'A/55/140 and Corr.1.', paragraph: 'op1', annexParagraph: '4' }];
    const stored = toStoredText({ paragraphs, footnotes });
    expect(stored.text).toBe('Noting that the Conference 🌍 met\n\nDecides to include the item\n\n1 A/55/140 and Corr.1.');
    expect(stored.paragraphs).not.toContain('include');
    expect(stored.footnotes).not.toContain('Corr');
    expect(fromStoredText(stored).footnotes).toEqual([{ mark: '1', text: 'A/55/140 and Corr.1.', paragraph: 'op1', annexParagraph: '4' }]);
  });

  it('reads nodes written with the text inside each entry, and leaves out entries it cannot read', () => {
    const read = fromStoredText({
      text: 'short',
      paragraphs: JSON.stringify([
        { id: 'pp1', kind: 'preambular', lead: 'Recalling', text: 'Recalling its resolution 53/70' },
        { id: 'pp2', kind: 'preambular', lead: 'Noting', at: [0, 99] },
        { kind: 'operative' },
      ]),
      footnotes: 'not json',
    });
    expect(read.paragraphs).toEqual([{ id: 'pp1', kind: 'preambular', lead: 'Recalling', text: 'Recalling its resolution 53/70' }]);
    expect(read.footnotes).toEqual([]);
  });
});
