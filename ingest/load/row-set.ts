import type {
  AgendaItemRow, ConferenceRow, DocumentRefRow, DocumentWrite, EdgeKind, EdgeRow, GroupRow, InstrumentRow, PlaceRow, SeriesRow,
} from '../../graph/model/graph-rows.ts';
import { edgeKinds, edgeProperties, type EdgeProps } from '../../graph/model/graph-rows.ts';
import { isDraft, toDocumentKind, toDocumentNumber, toGroupKey, toNameKey, toPlaceName } from './keys.ts';

// Edges that leave the document itself: a document citing its own symbol (a running head read as a
// citation) says nothing. A group established by the document itself is real, so ESTABLISHED_BY stays.
const citing = new Set<EdgeKind>(['RECALLS', 'CITES', 'ADOPTED_ON_REPORT_OF']);

type RowLists = Omit<DocumentWrite, 'symbol' | 'hash' | 'document'>;

/** Collects the rows of one document: one row per node key (names chosen the same way whatever the order), no duplicate edge. */
export function createRowSet(self: string) {
  const refs = new Map<string, DocumentRefRow>();
  const conferences = new Map<string, ConferenceRow>();
  const groups = new Map<string, GroupRow>();
  const places = new Map<string, PlaceRow>();
  const instruments = new Map<string, InstrumentRow>();
  const series = new Map<string, SeriesRow>();
  const agendaItems = new Map<string, AgendaItemRow>();
  const edges = new Map<EdgeKind, Map<string, EdgeRow[]>>(edgeKinds.map((kind) => [kind, new Map()]));

  return {
    ref(symbol: string, { report }: { report: boolean }): string {
      if (symbol === self) return symbol;
      const row = refs.get(symbol) ?? { symbol, kind: toDocumentKind(symbol), number: toDocumentNumber(symbol), report: false };
      row.report ||= report && !isDraft(symbol);
      refs.set(symbol, row);
      return symbol;
    },
    conference(name: string, kind: 'conference' | 'summit' | 'meeting'): string {
      const key = toNameKey(name);
      const row = conferences.get(key) ?? { key, name: name.trim(), summit: false, meeting: false };
      row.name = first(row.name, name.trim());
      row.summit ||= kind === 'summit';
      row.meeting ||= kind === 'meeting';
      conferences.set(key, row);
      return key;
    },
    group(name: string, established: string | null): string {
      const key = toGroupKey(name, established);
      const row = groups.get(key);
      groups.set(key, { key, name: row ? first(row.name, name.trim()) : name.trim(), established: first(row?.established ?? null, established) });
      return key;
    },
    place(name: string): string {
      const key = toPlaceName(name);
      places.set(key, { name: key });
      return key;
    },
    instrument(name: string): string {
      const key = toNameKey(name);
      instruments.set(key, { key, name: first(instruments.get(key)?.name ?? null, name.trim()) });
      return key;
    },
    series(topic: string): string {
      const key = toNameKey(topic);
      series.set(key, { key, topic: first(series.get(key)?.topic ?? null, topic.trim()) });
      return key;
    },
    agendaItem(title: string): string {
      const key = toNameKey(title);
      agendaItems.set(key, { key, title: first(agendaItems.get(key)?.title ?? null, title.trim()) });
      return key;
    },
    edge(kind: EdgeKind, from: string, to: string, props: EdgeProps): void {
      if (citing.has(kind) && to === self) return;
      const kept = storedProps(props);
      const key = `${from}\u0000${to}\u0000${String(kept.paragraph)}`;
      const byKey = edges.get(kind) as Map<string, EdgeRow[]>;
      const same = byKey.get(key);
      if (!same) byKey.set(key, [{ from, to, props: kept } as EdgeRow]);
      else if (!same.some((row) => sameProps(row.props as EdgeProps, kept))) same.push({ from, to, props: kept } as EdgeRow);
    },
    done(): RowLists {
      return {
        refs: [...refs.values()],
        conferences: [...conferences.values()],
        groups: [...groups.values()],
        places: [...places.values()],
        instruments: [...instruments.values()],
        series: [...series.values()],
        agendaItems: [...agendaItems.values()],
        edges: Object.fromEntries(edgeKinds.map((kind) => [kind, [...(edges.get(kind)?.values() ?? [])].flat()])) as RowLists['edges'],
      };
    },
  };
}

// Absent properties left out: an edge holds only what it stores.
function storedProps(props: EdgeProps): EdgeProps {
  const kept: EdgeProps = {};
  for (const name of edgeProperties) {
    const value = props[name];
    if (value !== null && value !== undefined) kept[name] = value;
  }
  return kept;
}

function sameProps(a: EdgeProps, b: EdgeProps): boolean {
  for (const name of edgeProperties) {
    const x = a[name];
    const y = b[name];
    if (x !== y && !(Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((item, i) => item === y[i]))) return false;
  }
  return true;
}

/** Of two spellings of one key, the one that sorts first: the same choice in any order of ingest. */
export function first(a: string | null, b: string): string;
export function first(a: string | null, b: string | null): string | null;
export function first(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}
