import { describe, expect, it } from 'vitest';
import { ordinalWords } from '../../../ingest/synth/calendar.ts';
import { generateResolutions } from '../../../ingest/synth/generate.ts';
import { syntheticMarker } from '../../../ingest/synth/layout.ts';
import { planCorpus } from '../../../ingest/synth/plan.ts';
import { specFor } from '../../../ingest/synth/plan-specs.ts';
import { type SynthResolution, synthesizeResolution } from '../../../ingest/synth/synthesize-resolution.ts';
import { readLayout } from './read-layout.ts';

const take = (count: number, seed: string | number): SynthResolution[] => [...generateResolutions({ count, seed })];
const corpus = take(3000, 'unit');
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const iso = (written: string): string => {
  const [d, m, y] = written.split(' ');
  return `${y}-${String(months.indexOf(m ?? '') + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

describe('synthetic resolutions: determinism', () => {
  it('gives the same texts and references for the same seed', () => {
    const again = take(3000, 'unit');
    expect(again.map((r) => r.text)).toEqual(corpus.map((r) => r.text));
    expect(again.map((r) => r.references)).toEqual(corpus.map((r) => r.references));
  });

  it('gives other texts for another seed', () => {
    const other = take(200, 'another seed');
    const same = other.filter((r, i) => r.text === corpus[corpus.length - 200 + i]?.text).length;
    expect(same).toBe(0);
  });

  it('refuses a count that would run past the sessions it can name', () => {
    expect(() => planCorpus({ count: 25_000, seed: 1, perSession: 100 })).toThrow(/need sessions up to 280/);
    expect(planCorpus({ count: 25_000, seed: 1 }).lastSession).toBe(93);
  });

  it('makes synthesizeResolution a pure function of its spec', () => {
    const plan = planCorpus({ count: 50, seed: 'pure' });
    const spec = specFor(plan, plan.members.length - 7);
    const first = synthesizeResolution(spec);
    expect(synthesizeResolution(structuredClone(spec))).toEqual(first);
    expect(synthesizeResolution({ ...spec, seed: 'other' }).text).not.toBe(first.text);
  });
});

describe('synthetic resolutions: layout of the origin document', () => {
  it('writes the masthead, marker, paragraph endings and closing of every text', () => {
    for (const res of corpus) {
      const read = readLayout(res.text);
      expect(read.problems, res.symbol).toEqual([]);
      expect(res.text.split('\n').slice(4, 7), res.symbol).toEqual(['General Assembly', '', 'Distr.: General']);
      expect(res.text.split('\n')[7]).toBe(syntheticMarker);
      expect(`A/RES/${read.session}/${read.number}`).toBe(res.symbol);
      expect(res.fileName).toBe(`A-RES-${read.session}-${read.number}.txt`);
      expect(read.sessionLine.toLowerCase()).toBe(ordinalWords(read.session));
      expect(read.closingDate).toBe(read.adopted);
      expect(iso(read.adopted)).toBe(res.document.adopted);
      expect(iso(read.issued) > res.document.adopted).toBe(true);
      expect(read.title).toBe(res.document.title);
      expect(read.preambular.length).toBe(res.document.paragraphs.filter((p) => p.kind === 'preambular').length);
      expect(read.operative.length).toBe(res.document.paragraphs.filter((p) => p.kind === 'operative').length);
      expect(read.operative.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('numbers footnotes in order and prints each footnote after its marker', () => {
    for (const res of corpus) {
      const read = readLayout(res.text);
      const marks = res.document.footnotes.map((f) => f.mark);
      expect(read.markers).toEqual(marks.map((_, i) => String(i + 1)));
      expect(read.footnotes.map((f) => f.mark)).toEqual(marks);
      expect(read.footnotes.map((f) => f.text)).toEqual(res.document.footnotes.map((f) => f.text));
    }
  });

  it('keeps every text between 3 and 15 KB', () => {
    const sizes = corpus.map((r) => Buffer.byteLength(r.text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3 * 1024);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(15 * 1024);
  });

  it('plans about 300 resolutions a session, autumn dates, numbers below the decisions', () => {
    const bySession = new Map<number, number[]>();
    for (const res of corpus) {
      const { session } = res.document;
      bySession.set(session, [...(bySession.get(session) ?? []), Number(res.symbol.split('/')[3])]);
      expect(Number(res.document.adopted.slice(5, 7))).toBeGreaterThanOrEqual(9);
      expect(Number(res.document.adopted.slice(0, 4))).toBe(1945 + session);
    }
    expect([...bySession.keys()]).toEqual([71, 72, 73, 74, 75, 76, 77, 78, 79, 80]);
    for (const numbers of bySession.values()) expect(numbers).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(new Set(corpus.map((r) => r.document.title)).size).toBeGreaterThan(300);
  });
});

describe('synthetic resolutions: references', () => {
  it('averages about 10 references a document, each with 5 to 50', () => {
    const counts = corpus.map((r) => r.references.length);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(9);
    expect(mean).toBeLessThan(11);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(50);
    expect(Math.max(...counts)).toBeGreaterThan(25);
    const kinds = new Set(corpus.flatMap((r) => r.references.map((x) => x.kind)));
    for (const kind of ['resolution', 'decision', 'document', 'conference', 'summit', 'meeting', 'group', 'instrument', 'series']) expect(kinds).toContain(kind);
  });

  it('quotes words that are in the text, in the paragraph or footnote it names', () => {
    for (const res of corpus) {
      const paragraphs = new Map(res.document.paragraphs.map((p) => [p.id, p]));
      const footnotes = new Map(res.document.footnotes.map((f) => [f.mark, f]));
      for (const ref of res.references) {
        const paragraph = paragraphs.get(ref.paragraph);
        expect(paragraph, `${res.symbol} ${ref.paragraph}`).toBeDefined();
        expect(paragraph?.lead).toBe(ref.lead);
        expect(paragraph?.text.startsWith(ref.lead)).toBe(true);
        const source = ref.footnote ? footnotes.get(ref.footnote)?.text : paragraph?.text;
        expect(source, `${res.symbol}: ${ref.quote}`).toContain(ref.quote);
        expect(res.text).toContain(ref.quote);
        if (ref.symbol && ref.kind !== 'resolution' && ref.kind !== 'decision') expect(ref.quote).toContain(ref.symbol.split('/').slice(0, 3).join('/'));
      }
    }
  });

  it('cites only resolutions, decisions, reports and conferences earlier than the citing resolution', () => {
    for (const res of corpus) {
      const { session, adopted } = res.document;
      const year = Number(adopted.slice(0, 4));
      for (const ref of res.references) {
        const ga = /^A\/(?:RES|DEC)\/(\d+)\/(\d+)$/.exec(ref.symbol ?? '');
        if (ga) {
          expect(Number(ga[1]), `${res.symbol} cites ${ref.symbol}`).toBeLessThan(session);
          expect(Number(ga[2]) <= 400).toBe(ref.kind === 'resolution');
        }
        if (ref.date) expect(ref.date < adopted, `${res.symbol} (${adopted}) cites ${ref.symbol} of ${ref.date}`).toBe(true);
        const council = /^S\/RES\/\d+\((\d{4})\)$/.exec(ref.symbol ?? '');
        if (council) expect(Number(council[1])).toBeLessThan(year);
        const doc = /^A\/(\d+)\//.exec(ref.symbol ?? '');
        if (ref.kind === 'document' && doc) expect(Number(doc[1])).toBeLessThanOrEqual(session);
        for (const s of ref.sessions ?? []) expect((s.end ?? s.start ?? '') < adopted).toBe(true);
        if (ref.established) expect(Number(ref.established)).toBeLessThanOrEqual(year);
        if (ref.establishedBy) expect(Number(ref.establishedBy.split('/')[2])).toBeLessThan(session);
      }
    }
  });

  it('dates a cited resolution as its own text dates it', () => {
    const adopted = new Map(corpus.map((r) => [r.symbol, r.document.adopted]));
    let checked = 0;
    for (const res of corpus) {
      for (const ref of res.references) {
        const own = ref.symbol ? adopted.get(ref.symbol) : undefined;
        if (own && ref.date) {
          expect(ref.date, `${res.symbol} cites ${ref.symbol}`).toBe(own);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('gives a symbol the same date in every document that cites it', () => {
    const dates = new Map<string, string>();
    let repeated = 0;
    for (const ref of corpus.flatMap((r) => r.references)) {
      if (!ref.symbol || !ref.date) continue;
      const seen = dates.get(ref.symbol);
      if (seen === undefined) dates.set(ref.symbol, ref.date);
      else {
        repeated++;
        expect(ref.date, ref.symbol).toBe(seen);
      }
    }
    expect(repeated).toBeGreaterThan(1000);
  });

  it('recalls the latest earlier resolutions of its own series, oldest first, in the first paragraph', () => {
    const plan = planCorpus({ count: 3000, seed: 'unit' });
    let withHistory = 0;
    for (let i = plan.firstWritten; i < plan.members.length; i += 7) {
      const spec = specFor(plan, i);
      if (spec.history.length === 0) continue;
      withHistory++;
      for (const h of spec.history) expect(h.title).toBe(spec.title);
      const sessions = spec.history.map((h) => h.session);
      expect([...sessions].sort((a, b) => a - b)).toEqual(sessions);
      expect(sessions.every((s) => s < spec.session)).toBe(true);
      const recalled = synthesizeResolution(spec).references.filter((r) => r.paragraph === 'pp1').map((r) => r.symbol);
      const expected = spec.history.slice(-recalled.length).map((h) => `A/RES/${h.session}/${h.number}`);
      expect(recalled).toEqual(expected);
    }
    expect(withHistory).toBeGreaterThan(200);
  });
});
