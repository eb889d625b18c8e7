// Scores a parse result against a hand-written answer key (test/fixtures/corpus/*/expected.json).
// Pure functions only: the accuracy test does the reading and the asserting.

/** The parts of a reference the scorer looks at; parse output and fixtures both fit this shape. */
export interface ScoredReference {
  kind: string;
  symbol?: string | null;
  name?: string | null;
  topic?: string | null;
  date?: string | null;
}

/** The parts of a parsed document (or of an answer key) the scorer looks at. */
export interface ScoredDocument {
  symbol?: string | null;
  session?: number | null;
  adopted?: string | null;
  agendaItem?: string | null;
  report?: string | null;
  meeting?: string | null;
  paragraphs?: readonly { kind: string }[];
  paragraphCounts?: { preambular: number; operative: number };
  references?: readonly ScoredReference[];
}

export const symbolKinds = ['resolution', 'decision', 'document'] as const;
export type SymbolKind = (typeof symbolKinds)[number];

/** Kinds matched by name; `conference` stands for conference, summit and meeting together. */
export const nameKinds = {
  conference: ['conference', 'summit', 'meeting'],
  group: ['group'],
  instrument: ['instrument'],
  series: ['series'],
} as const;
export type NameKind = keyof typeof nameKinds;

export const metadataFields = ['symbol', 'session', 'adopted', 'agendaItem', 'report', 'meeting'] as const;

/** Matched counts, kept as counts so that files can be summed before dividing. */
export interface Tally {
  expected: number;
  found: number;
  /** expected items that the parse found */
  recalled: number;
  /** found items that the answer key has */
  correct: number;
  missing: string[];
  extra: string[];
}

export interface FileScore {
  symbols: Record<SymbolKind, Tally>;
  names: Record<NameKind, Tally>;
  paragraphs: { expected: { preambular: number; operative: number }; found: { preambular: number; operative: number } };
  /** "A/RES/53/70: want 1998-12-04, got 1998-12-05" */
  dateMismatches: string[];
  /** "adopted: want 2025-10-03, got null" */
  metadataMismatches: string[];
}

export const normSymbol = (s: string | null | undefined): string => String(s ?? '').toUpperCase().replace(/\s+/g, '');

export const words = (s: string | null | undefined): Set<string> =>
  new Set(String(s ?? '').toLowerCase().match(/[a-z]{3,}/g) ?? []);

/** Shared words of 3+ letters over the size of the smaller word set (0..1). */
export function similar(a: string | null | undefined, b: string | null | undefined): number {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.min(x.size, y.size);
}

export const nameThreshold = 0.8;

export function precision(t: Pick<Tally, 'found' | 'correct'>): number {
  return t.found === 0 ? 1 : t.correct / t.found;
}

export function recall(t: Pick<Tally, 'expected' | 'recalled'>): number {
  return t.expected === 0 ? 1 : t.recalled / t.expected;
}

/** Compares sets of normalised symbols: every distinct symbol counts once however often it is cited. */
export function scoreSymbolSet(expected: Iterable<string>, found: Iterable<string>): Tally {
  const want = new Set([...expected].map(normSymbol));
  const got = new Set([...found].map(normSymbol));
  const missing = [...want].filter((s) => !got.has(s)).sort();
  const extra = [...got].filter((s) => !want.has(s)).sort();
  return {
    expected: want.size,
    found: got.size,
    recalled: want.size - missing.length,
    correct: got.size - extra.length,
    missing,
    extra,
  };
}

const nameKey = (s: string): string => [...words(s)].sort().join(' ');

/** Compares distinct names: a name matches when it shares enough words with one on the other side. */
export function scoreNameSet(expected: Iterable<string>, found: Iterable<string>, threshold = nameThreshold): Tally {
  const distinct = (names: Iterable<string>): string[] => {
    const byKey = new Map<string, string>();
    for (const n of names) if (words(n).size && !byKey.has(nameKey(n))) byKey.set(nameKey(n), n);
    return [...byKey.values()];
  };
  const want = distinct(expected);
  const got = distinct(found);
  const matches = (n: string, pool: string[]): boolean => pool.some((p) => similar(n, p) >= threshold);
  const missing = want.filter((n) => !matches(n, got));
  const extra = got.filter((n) => !matches(n, want));
  return {
    expected: want.length,
    found: got.length,
    recalled: want.length - missing.length,
    correct: got.length - extra.length,
    missing,
    extra,
  };
}

const refsOf = (doc: ScoredDocument, kinds: readonly string[]): ScoredReference[] =>
  (doc.references ?? []).filter((r) => kinds.includes(r.kind));

const refName = (r: ScoredReference): string => String(r.name ?? r.topic ?? '');

function countParagraphs(doc: ScoredDocument): { preambular: number; operative: number } {
  if (doc.paragraphCounts) return { ...doc.paragraphCounts };
  const paragraphs = doc.paragraphs ?? [];
  return {
    preambular: paragraphs.filter((p) => p.kind === 'preambular').length,
    operative: paragraphs.filter((p) => p.kind === 'operative').length,
  };
}

/** Every date the key gives a resolution must be among the dates the parse gives that symbol. */
export function resolutionDateMismatches(expected: ScoredDocument, found: ScoredDocument): string[] {
  const gotDates = new Map<string, Set<string>>();
  for (const r of refsOf(found, ['resolution'])) {
    const key = normSymbol(r.symbol);
    const dates = gotDates.get(key) ?? new Set<string>();
    if (r.date) dates.add(r.date);
    gotDates.set(key, dates);
  }
  const out = new Set<string>();
  for (const r of refsOf(expected, ['resolution'])) {
    if (!r.date) continue;
    const got = gotDates.get(normSymbol(r.symbol));
    if (!got?.has(r.date)) out.add(`${normSymbol(r.symbol)}: want ${r.date}, got ${got?.size ? [...got].join('|') : 'none'}`);
  }
  return [...out];
}

function sameField(field: (typeof metadataFields)[number], want: unknown, got: unknown): boolean {
  if (want === null || want === undefined) return got === null || got === undefined;
  if (field === 'symbol' || field === 'report') return normSymbol(String(want)) === normSymbol(String(got ?? ''));
  if (field === 'session') return Number(want) === Number(got);
  return String(want).replace(/\s+/g, ' ').trim() === String(got ?? '').replace(/\s+/g, ' ').trim();
}

/** The metadata fields the key states (present in it, null included) that the parse got wrong. */
export function metadataMismatches(expected: ScoredDocument, found: ScoredDocument): string[] {
  const out: string[] = [];
  for (const field of metadataFields) {
    if (!(field in expected)) continue;
    const want = expected[field];
    const got = found[field];
    if (!sameField(field, want, got)) out.push(`${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(got ?? null)}`);
  }
  return out;
}

export function scoreDocument(expected: ScoredDocument, found: ScoredDocument): FileScore {
  const symbols = Object.fromEntries(
    symbolKinds.map((k) => [k, scoreSymbolSet(refsOf(expected, [k]).map((r) => String(r.symbol)), refsOf(found, [k]).map((r) => String(r.symbol)))]),
  ) as Record<SymbolKind, Tally>;
  const names = Object.fromEntries(
    (Object.keys(nameKinds) as NameKind[]).map((k) => [
      k,
      scoreNameSet(refsOf(expected, nameKinds[k]).map(refName), refsOf(found, nameKinds[k]).map(refName)),
    ]),
  ) as Record<NameKind, Tally>;
  return {
    symbols,
    names,
    paragraphs: { expected: countParagraphs(expected), found: countParagraphs(found) },
    dateMismatches: resolutionDateMismatches(expected, found),
    metadataMismatches: metadataMismatches(expected, found),
  };
}

/** Sums tallies over files (micro-average), so that big files weigh more than small ones. */
export function sumTallies(tallies: readonly Tally[]): Tally {
  const sum: Tally = { expected: 0, found: 0, recalled: 0, correct: 0, missing: [], extra: [] };
  for (const t of tallies) {
    sum.expected += t.expected;
    sum.found += t.found;
    sum.recalled += t.recalled;
    sum.correct += t.correct;
    sum.missing.push(...t.missing);
    sum.extra.push(...t.extra);
  }
  return sum;
}

/** A plain-text table of per-kind precision and recall over the given files. */
export function formatScoreTable(scores: readonly FileScore[]): string {
  const rows: [string, Tally][] = [
    ...symbolKinds.map((k): [string, Tally] => [k, sumTallies(scores.map((s) => s.symbols[k]))]),
    ...(Object.keys(nameKinds) as NameKind[]).map((k): [string, Tally] => [
      k === 'conference' ? 'conference+summit+meeting' : k,
      sumTallies(scores.map((s) => s.names[k])),
    ]),
  ];
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [`${'kind'.padEnd(26)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`];
  for (const [kind, t] of rows) {
    lines.push(`${kind.padEnd(26)} ${String(t.expected).padStart(8)} ${String(t.found).padStart(6)} ${pct(precision(t)).padStart(9)} ${pct(recall(t)).padStart(7)}`);
  }
  const paraOk = scores.filter(
    (s) => s.paragraphs.expected.preambular === s.paragraphs.found.preambular && s.paragraphs.expected.operative === s.paragraphs.found.operative,
  ).length;
  lines.push(`paragraph counts exact in ${paraOk}/${scores.length} files`);
  return lines.join('\n');
}
