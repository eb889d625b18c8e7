import { getJson, postJson } from './client.ts';
import type { SavedView, SavedViewCreated } from './types.ts';
import type { ChainResponse, Direction, EdgeType, NeighboursResponse, NodeDetails, PathResponse, SearchResult, ViewElementsResponse } from './types.ts';

const node = (id: string) => `/api/nodes/${encodeURIComponent(id)}`;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString();
}

export async function searchNodes(q: string, signal?: AbortSignal, limit = 20): Promise<SearchResult[]> {
  const body = await getJson<{ results: SearchResult[] }>(`/api/search?${query({ q, limit })}`, signal);
  return body.results;
}

export function fetchNode(id: string, signal?: AbortSignal): Promise<NodeDetails> {
  return getJson<NodeDetails>(node(id), signal);
}

export interface NeighbourQuery {
  type?: EdgeType;
  direction?: Direction;
  limit?: number;
  offset?: number;
}

export function fetchNeighbours(id: string, options: NeighbourQuery = {}, signal?: AbortSignal): Promise<NeighboursResponse> {
  return getJson<NeighboursResponse>(`${node(id)}/neighbours?${query({ ...options })}`, signal);
}

export function fetchChain(id: string, direction: 'ancestors' | 'descendants', depth: number, signal?: AbortSignal): Promise<ChainResponse> {
  return getJson<ChainResponse>(`/api/chain/${encodeURIComponent(id)}?${query({ direction, depth })}`, signal);
}

export function fetchPaths(from: string, to: string, max = 5, signal?: AbortSignal): Promise<PathResponse> {
  return getJson<PathResponse>(`/api/path?${query({ from, to, max })}`, signal);
}

/** The nodes of a view and the edges among them, in one request (a link or saved view reopening). */
export function fetchViewElements(ids: readonly string[], signal?: AbortSignal): Promise<ViewElementsResponse> {
  return postJson<ViewElementsResponse>('/api/view-elements', { ids }, signal);
}

export function saveView(view: SavedView): Promise<SavedViewCreated> {
  return postJson<SavedViewCreated>('/api/views', view);
}

export function fetchSavedView(id: string, signal?: AbortSignal): Promise<SavedView> {
  return getJson<SavedView>(`/api/views/${encodeURIComponent(id)}`, signal);
}
