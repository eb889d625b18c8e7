import type { EdgeData, EdgeType, NodeData, NodeType } from '../api/types.ts';

/** What the user has chosen not to see. Filtering hides; it never removes from the canvas. */
export interface Filters {
  hiddenTypes: readonly NodeType[];
  hiddenRelations: readonly EdgeType[];
  /** Inclusive year range; undated nodes always pass. */
  fromYear: number | null;
  toYear: number | null;
}

export const noFilters: Filters = { hiddenTypes: [], hiddenRelations: [], fromYear: null, toYear: null };

export function yearOf(date: string | null): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

export function isNodeShown(node: NodeData, filters: Filters): boolean {
  if (filters.hiddenTypes.includes(node.type)) return false;
  const year = yearOf(node.date);
  if (year === null) return true;
  if (filters.fromYear !== null && year < filters.fromYear) return false;
  if (filters.toYear !== null && year > filters.toYear) return false;
  return true;
}

export function isEdgeShown(edge: EdgeData, filters: Filters): boolean {
  return !filters.hiddenRelations.includes(edge.type);
}

export function isFiltering(filters: Filters): boolean {
  return filters.hiddenTypes.length > 0 || filters.hiddenRelations.length > 0 || filters.fromYear !== null || filters.toYear !== null;
}
