import type {
  AgendaItemRow, BatchRows, ConferenceRow, DocumentRefRow, DocumentWrite, EdgeKind, EdgeRow, GroupRow, InstrumentRow,
  PlaceRow, SeriesRow,
} from '../../graph/model/graph-rows.ts';
import { edgeKinds } from '../../graph/model/graph-rows.ts';
import { first } from './row-set.ts';

/** Several documents' rows as one set of lists, each node once (with the flags of all its mentions). */
export function toBatchRows(writes: readonly DocumentWrite[]): BatchRows {
  const refs = new Map<string, DocumentRefRow>();
  const conferences = new Map<string, ConferenceRow>();
  const groups = new Map<string, GroupRow>();
  const places = new Map<string, PlaceRow>();
  const instruments = new Map<string, InstrumentRow>();
  const series = new Map<string, SeriesRow>();
  const agendaItems = new Map<string, AgendaItemRow>();
  const edges = Object.fromEntries(edgeKinds.map((kind) => [kind, [] as EdgeRow[]])) as Record<EdgeKind, EdgeRow[]>;

  for (const write of writes) {
    for (const row of write.refs) {
      const seen = refs.get(row.symbol);
      refs.set(row.symbol, seen ? { ...seen, report: seen.report || row.report } : row);
    }
    for (const row of write.conferences) {
      const seen = conferences.get(row.key);
      conferences.set(row.key, seen
        ? { key: row.key, name: first(seen.name, row.name), summit: seen.summit || row.summit, meeting: seen.meeting || row.meeting }
        : row);
    }
    for (const row of write.groups) {
      const seen = groups.get(row.key);
      groups.set(row.key, seen ? { key: row.key, name: first(seen.name, row.name), established: first(seen.established, row.established) } : row);
    }
    for (const row of write.places) places.set(row.name, row);
    for (const row of write.instruments) instruments.set(row.key, { key: row.key, name: first(instruments.get(row.key)?.name ?? null, row.name) });
    for (const row of write.series) series.set(row.key, { key: row.key, topic: first(series.get(row.key)?.topic ?? null, row.topic) });
    for (const row of write.agendaItems) agendaItems.set(row.key, { key: row.key, title: first(agendaItems.get(row.key)?.title ?? null, row.title) });
    for (const kind of edgeKinds) edges[kind].push(...write.edges[kind]);
  }

  return {
    symbols: writes.map((write) => write.symbol),
    documents: writes.map((write) => write.document),
    refs: [...refs.values()],
    conferences: [...conferences.values()],
    groups: [...groups.values()],
    places: [...places.values()],
    instruments: [...instruments.values()],
    series: [...series.values()],
    agendaItems: [...agendaItems.values()],
    edges,
  };
}
