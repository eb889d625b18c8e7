// The view in the address bar: nodes on the canvas, layout, filters and selection, so a copied link
// reopens the same view. Ids are repeated `n` parameters; URLSearchParams does the escaping.
import { edgeTypes, nodeTypes, type EdgeType, type NodeType } from '../api/types.ts';
import type { LaneKey } from './chronological-layout.ts';
import { noFilters, type Filters } from './filters.ts';

export const layoutNames = ['fcose', 'dagre', 'chronological'] as const;
export type LayoutName = (typeof layoutNames)[number];

export interface ViewState {
  nodes: string[];
  selected: string | null;
  layout: LayoutName;
  /** The timeline's lanes. */
  lanes: LaneKey;
  filters: Filters;
}

export const defaultView: ViewState = { nodes: [], selected: null, layout: 'fcose', lanes: 'body', filters: noFilters };

export function toQuery(view: ViewState): string {
  const params = new URLSearchParams();
  for (const id of view.nodes) params.append('n', id);
  if (view.selected) params.set('sel', view.selected);
  if (view.layout !== defaultView.layout) params.set('layout', view.layout);
  if (view.lanes !== defaultView.lanes) params.set('lanes', view.lanes);
  if (view.filters.hiddenTypes.length) params.set('hideTypes', view.filters.hiddenTypes.join(','));
  if (view.filters.hiddenRelations.length) params.set('hideRels', view.filters.hiddenRelations.join(','));
  if (view.filters.fromYear !== null) params.set('from', String(view.filters.fromYear));
  if (view.filters.toYear !== null) params.set('to', String(view.filters.toYear));
  return params.toString();
}

function year(value: string | null): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  return (value ?? '').split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));
}

/** Reads a view back; anything unknown or malformed falls back to the default rather than failing. */
export function fromQuery(search: string): ViewState {
  const params = new URLSearchParams(search);
  const nodes = [...new Set(params.getAll('n').filter((id) => id.trim() !== ''))];
  const layout = params.get('layout');
  const selected = params.get('sel');
  return {
    nodes,
    selected: selected && nodes.includes(selected) ? selected : null,
    layout: (layoutNames as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : defaultView.layout,
    lanes: params.get('lanes') === 'agendaItem' ? 'agendaItem' : 'body',
    filters: {
      hiddenTypes: listOf<NodeType>(params.get('hideTypes'), nodeTypes),
      hiddenRelations: listOf<EdgeType>(params.get('hideRels'), edgeTypes),
      fromYear: year(params.get('from')),
      toYear: year(params.get('to')),
    },
  };
}
