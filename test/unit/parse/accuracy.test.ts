// Parses every corpus file that has a hand-written answer key under test/fixtures/corpus/<case>/expected.json
// and scores the result: symbols exact per file, names by word overlap over the whole corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../ingest/parse/parse-document.ts';
import { corpusDir } from '../../support/corpus.ts';
import {
  type FileScore,
  type ScoredDocument,
  formatScoreTable,
  nameKinds,
  precision,
  recall,
  scoreDocument,
  sumTallies,
  symbolKinds,
} from '../../support/score.ts';

interface AnswerKey extends ScoredDocument {
  source: string;
}

const fixturesDir = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const nameFloor = 0.95;

const cases = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((name) => existsSync(path.join(fixturesDir, name, 'expected.json')))
      .sort()
  : [];

const readKey = (name: string): AnswerKey =>
  JSON.parse(readFileSync(path.join(fixturesDir, name, 'expected.json'), 'utf8')) as AnswerKey;

const scores = new Map<string, FileScore>();

/** Parses the case's corpus file once and scores it; throws with the parse issues when nothing came out. */
function scoreCase(name: string): { key: AnswerKey; score: FileScore } {
  const key = readKey(name);
  const cached = scores.get(name);
  if (cached) return { key, score: cached };
  const file = path.join(corpusDir, key.source);
  if (!existsSync(file)) throw new Error(`${name}: corpus file ${file} not found (set RESOGRAPH_CORPUS?)`);
  const { document, issues } = parseDocument(readFileSync(file, 'utf8'), { source: key.source });
  if (!document) {
    throw new Error(`${name}: no document parsed from ${key.source}: ${issues.map((i) => `${i.code} ${i.message}`).join('; ')}`);
  }
  const score = scoreDocument(key, document as ScoredDocument);
  scores.set(name, score);
  return { key, score };
}

afterAll(() => {
  if (scores.size) console.log(`parse accuracy over ${scores.size} corpus files\n${formatScoreTable([...scores.values()])}`);
});

it('has answer keys to score against', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('%s', (name) => {
  it('gets the metadata right', () => {
    expect(scoreCase(name).score.metadataMismatches).toEqual([]);
  });

  it('counts preambular and operative paragraphs exactly', () => {
    const { paragraphs } = scoreCase(name).score;
    expect(paragraphs.found).toEqual(paragraphs.expected);
  });

  it.each(symbolKinds)('finds every %s symbol and nothing else', (kind) => {
    const t = scoreCase(name).score.symbols[kind];
    const message = `${kind} symbols: missing [${t.missing.join(', ')}], extra [${t.extra.join(', ')}]`;
    expect(precision(t), message).toBe(1);
    expect(recall(t), message).toBe(1);
  });

  it('dates the resolutions it recalls as the text does', () => {
    expect(scoreCase(name).score.dateMismatches).toEqual([]);
  });
});

describe('names over the whole corpus', () => {
  it.each(['conference', 'group'] as const)('finds %s names with precision and recall >= 0.95', (kind) => {
    const all = cases.map((name) => scoreCase(name).score.names[kind]);
    const t = sumTallies(all);
    const label = kind === 'conference' ? nameKinds.conference.join('+') : kind;
    const message = `${label}: precision ${precision(t).toFixed(3)}, recall ${recall(t).toFixed(3)}; missing [${t.missing.join(' | ')}], extra [${t.extra.join(' | ')}]`;
    expect(precision(t), message).toBeGreaterThanOrEqual(nameFloor);
    expect(recall(t), message).toBeGreaterThanOrEqual(nameFloor);
  });
});
