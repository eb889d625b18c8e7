import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../support/corpus.ts';
import {
  type ScoredDocument,
  formatScoreTable,
  precision,
  recall,
  scoreDocument,
  scoreNameSet,
  scoreSymbolSet,
  similar,
  sumTallies,
} from '../support/score.ts';

const key: ScoredDocument = {
  symbol: 'A/RES/64/25',
  session: 64,
  adopted: '2009-12-02',
  agendaItem: '91',
  report: 'A/64/386',
  meeting: '55th plenary meeting',
  paragraphCounts: { preambular: 2, operative: 1 },
  references: [
    { kind: 'resolution', symbol: 'A/RES/53/70', date: '1998-12-04' },
    { kind: 'resolution', symbol: 'A/RES/58/32' },
    { kind: 'document', symbol: 'A/55/140/Corr.1' },
    { kind: 'summit', name: 'World Summit on the Information Society' },
    { kind: 'group', name: 'Group of Governmental Experts on Developments in the Field of Information' },
  ],
};

const parsed: ScoredDocument = {
  symbol: 'A/RES/64/25',
  session: 64,
  adopted: '2009-12-02',
  agendaItem: '91',
  report: 'A/64/386',
  meeting: '55th  plenary meeting',
  paragraphs: [{ kind: 'preambular' }, { kind: 'preambular' }, { kind: 'operative' }],
  references: [
    { kind: 'resolution', symbol: 'A/RES/53/70', date: '1998-12-04' },
    { kind: 'resolution', symbol: 'A/RES/53/70' },
    { kind: 'resolution', symbol: 'A/RES/63/37' },
    { kind: 'document', symbol: 'a/55/140/CORR.1' },
    { kind: 'summit', name: 'the World Summit on the Information Society' },
    { kind: 'group', name: 'group of governmental experts on developments in the field of information' },
  ],
};

describe('scoreSymbolSet', () => {
  it('catches a missing and an extra symbol and ignores repeats and case', () => {
    const t = scoreSymbolSet(['A/RES/53/70', 'A/RES/58/32'], ['A/RES/53/70', 'a/res/53/70', 'A/RES/63/37']);
    expect(t.missing).toEqual(['A/RES/58/32']);
    expect(t.extra).toEqual(['A/RES/63/37']);
    expect(precision(t)).toBe(0.5);
    expect(recall(t)).toBe(0.5);
  });

  it('scores a perfect match as 1 and 1', () => {
    const t = scoreSymbolSet(['A/55/140', 'A/55/140/Corr.1'], ['A/55/140/CORR.1', 'A/55/140']);
    expect([precision(t), recall(t)]).toEqual([1, 1]);
  });
});

describe('scoreNameSet', () => {
  it('matches names by shared words of three letters or more', () => {
    expect(similar('World Summit on the Information Society', 'the World Summit on the Information Society')).toBe(1);
    expect(similar('Ministerial Conference on Terrorism', 'World Summit on the Information Society')).toBe(0);
    const t = scoreNameSet(['Ministerial Conference on Terrorism', 'World Summit on the Information Society'], ['World Summit on the Information Society', 'Review Conference of the Parties']);
    expect(t.missing).toEqual(['Ministerial Conference on Terrorism']);
    expect(t.extra).toEqual(['Review Conference of the Parties']);
  });
});

describe('scoreDocument', () => {
  it('finds the one missing and the one extra resolution, and nothing else wrong', () => {
    const s = scoreDocument(key, parsed);
    expect(s.symbols.resolution.missing).toEqual(['A/RES/58/32']);
    expect(s.symbols.resolution.extra).toEqual(['A/RES/63/37']);
    expect(s.symbols.document.missing).toEqual([]);
    expect(s.symbols.document.extra).toEqual([]);
    expect(s.names.conference.missing).toEqual([]);
    expect(s.names.group.missing).toEqual([]);
    expect(s.paragraphs.found).toEqual(s.paragraphs.expected);
    expect(s.metadataMismatches).toEqual([]);
    expect(s.dateMismatches).toEqual([]);
  });

  it('reports wrong dates, metadata and paragraph counts', () => {
    const wrong: ScoredDocument = {
      ...parsed,
      adopted: null,
      report: 'A/64/387',
      paragraphs: [{ kind: 'preambular' }, { kind: 'operative' }],
      references: [{ kind: 'resolution', symbol: 'A/RES/53/70', date: '1998-12-05' }],
    };
    const s = scoreDocument(key, wrong);
    expect(s.dateMismatches).toEqual(['A/RES/53/70: want 1998-12-04, got 1998-12-05']);
    expect(s.metadataMismatches).toEqual(['adopted: want "2009-12-02", got null', 'report: want "A/64/386", got "A/64/387"']);
    expect(s.paragraphs.found).toEqual({ preambular: 1, operative: 1 });
  });

  it('sums tallies across files before dividing', () => {
    const a = scoreSymbolSet(['X/1', 'X/2', 'X/3'], ['X/1', 'X/2', 'X/3']);
    const b = scoreSymbolSet(['Y/1'], []);
    const sum = sumTallies([a, b]);
    expect(recall(sum)).toBe(0.75);
    expect(precision(sum)).toBe(1);
    expect(formatScoreTable([scoreDocument(key, parsed)])).toMatch(/resolution\s+2\s+2\s+50\.0%\s+50\.0%/);
  });
});

// The answer keys themselves: well formed, and each scores perfectly against itself.
interface AnswerKey extends ScoredDocument {
  source: string;
  paragraphCounts: { preambular: number; operative: number };
  footnotes: { mark: string; paragraph: string }[];
  references: { kind: string; symbol?: string; paragraph: string; footnote?: string }[];
}

describe('answer keys under test/fixtures/corpus', () => {
  const dir = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
  const cases = existsSync(dir) ? readdirSync(dir).filter((c) => existsSync(path.join(dir, c, 'expected.json'))) : [];
  const resolution = /^(A\/RES\/((S|ES)-\d+\/\d+|\d+\/\d+[A-Z]?|\d+[A-Z]?\([XVIL]+\))|S\/RES\/\d+\(\d{4}\)|A\/HRC\/RES\/\d+\/\d+|E\/RES\/\d{4}\/\d+)$/;
  const paragraphId = /^(pp|op)[1-9]\d*$/;

  it.each(cases)('%s is well formed and scores 1.0 against itself', (name) => {
    const key = JSON.parse(readFileSync(path.join(dir, name, 'expected.json'), 'utf8')) as AnswerKey;
    expect(existsSync(path.join(corpusDir, key.source)), `${key.source} in ${corpusDir}`).toBe(true);
    const inRange = (id: string): boolean => {
      const m = /^(pp|op)(\d+)$/.exec(id);
      if (!m) return false;
      const max = m[1] === 'pp' ? key.paragraphCounts.preambular : key.paragraphCounts.operative;
      return Number(m[2]) <= max;
    };
    const marks = new Set(key.footnotes.map((f) => f.mark));
    const problems: string[] = [];
    for (const f of key.footnotes) if (!paragraphId.test(f.paragraph) || !inRange(f.paragraph)) problems.push(`footnote ${f.mark} on ${f.paragraph}`);
    for (const r of key.references) {
      if (!inRange(r.paragraph)) problems.push(`${r.kind} ${r.symbol ?? ''} on ${r.paragraph}`);
      if (r.footnote && !marks.has(r.footnote)) problems.push(`${r.kind} ${r.symbol ?? ''} cites missing footnote ${r.footnote}`);
      if (r.kind === 'resolution' && !resolution.test(String(r.symbol))) problems.push(`resolution symbol ${r.symbol}`);
      if (r.kind === 'decision' && !/^A\/DEC\/\d+\/\d+$/.test(String(r.symbol))) problems.push(`decision symbol ${r.symbol}`);
    }
    expect(problems).toEqual([]);
    const self = scoreDocument(key, key);
    for (const t of [...Object.values(self.symbols), ...Object.values(self.names)]) expect([precision(t), recall(t)]).toEqual([1, 1]);
    expect(self.metadataMismatches).toEqual([]);
    expect(self.dateMismatches).toEqual([]);
  });
});
