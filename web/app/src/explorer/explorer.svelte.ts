// The explorer's state and the edits the user makes; the canvas, lists and panels read it.
import type { Direction, EdgeType, Elements, NodeData, NodeDetails, NeighbourGroup, PathResponse, SavedView } from '../api/types.ts';
import * as api from '../api/explorer-api.ts';
import { ApiRequestError } from '../api/client.ts';
import { addElements, collapse, emptyGraph, removeNodes, togglePin, type GraphSnapshot } from '../graph/graph-model.ts';
import { noFilters, type Filters } from '../graph/filters.ts';
import { History } from '../graph/history.ts';
import type { LayoutName, ViewState } from '../graph/view-url.ts';
import type { LaneKey } from '../graph/chronological-layout.ts';

/** Neighbours per request; past this, the rest wait behind a "+N more" node. */
export const pageSize = 40;

export interface MoreInfo {
  total: number;
  loaded: number;
  groups: NeighbourGroup[];
  type?: EdgeType;
  direction: Direction;
}

/** Where the user left the nodes, to be put back instead of laid out (a saved view being reopened). */
export type Arrangement = Pick<SavedView, 'positions' | 'zoom' | 'pan'>;

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export class Explorer {
  graph = $state.raw<GraphSnapshot>(emptyGraph);
  selection = $state.raw<Selection>(null);
  layout = $state<LayoutName>('fcose');
  /** The timeline's lanes: one per body or one per agenda item. */
  lanes = $state<LaneKey>('body');
  filters = $state.raw<Filters>(noFilters);
  more = $state.raw<ReadonlyMap<string, MoreInfo>>(new Map());
  /** Set with each addition: the node new nodes grow from, and the ids that are new. */
  growth = $state.raw<{ anchor: string | null; ids: string[]; fit: boolean }>({ anchor: null, ids: [], fit: false });
  /** Bumped to ask the canvas to lay everything out again. */
  layoutRequest = $state(0);
  highlight = $state.raw<{ nodes: string[]; edges: string[] } | null>(null);
  /** Set by the canvas while it draws a large view's edges plainly (solid, arrows mid-line), so the legend says so. */
  plainEdges = $state(false);
  /** Set while a saved view reopens; the canvas takes it (and clears it) when the nodes arrive. */
  arrangement: Arrangement | null = null;
  busy = $state(0);
  activity = $state<string | null>(null);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);
  announcement = $state('');
  undoCount = $state(0);
  #history = new History<GraphSnapshot>();
  #details = new Map<string, NodeDetails>();

  get selectedNode(): NodeData | null {
    return this.selection?.kind === 'node' ? (this.graph.nodes.get(this.selection.id) ?? null) : null;
  }

  /** Runs a request with the progress bar up and a readable message if it fails. */
  async task<T>(activity: string, work: () => Promise<T>): Promise<T | undefined> {
    this.busy += 1;
    this.activity = activity;
    this.error = null;
    try {
      return await work();
    } catch (error) {
      if ((error as Error).name === 'AbortError') return undefined;
      this.error = error instanceof ApiRequestError && error.status === 0 ? error.message : `${activity} failed: ${(error as Error).message}`;
      return undefined;
    } finally {
      this.busy -= 1;
      if (this.busy === 0) this.activity = null;
    }
  }

  #commit(next: GraphSnapshot, anchor: string | null, fit = false): void {
    this.#history.push(this.graph);
    this.undoCount = this.#history.size;
    const added = [...next.nodes.keys()].filter((id) => !this.graph.nodes.has(id));
    this.graph = next;
    this.growth = { anchor, ids: added, fit };
  }

  addElements(elements: Partial<Elements>, anchor: string | null, fit = false): string[] {
    const next = addElements(this.graph, elements);
    const added = [...next.nodes.keys()].filter((id) => !this.graph.nodes.has(id));
    if (added.length || next.edges.size !== this.graph.edges.size) this.#commit(next, anchor, fit);
    return added;
  }

  async details(id: string): Promise<NodeDetails> {
    const known = this.#details.get(id);
    if (known) return known;
    const details = await api.fetchNode(id);
    this.#details.set(id, details);
    if (this.#details.size > 200) this.#details.delete(this.#details.keys().next().value as string);
    return details;
  }

  /** Puts one node on the canvas (with its edges to what is already there) and selects it. */
  async place(id: string): Promise<void> {
    await this.task('Loading the node', async () => {
      const { node } = await this.details(id);
      if (!this.graph.nodes.has(node.id)) {
        const links = this.graph.nodes.size ? await api.fetchNeighbours(node.id, { direction: 'both', limit: 500 }) : null;
        const anchor = links?.elements.edges.map((e) => (e.data.source === node.id ? e.data.target : e.data.source)).find((n) => this.graph.nodes.has(n)) ?? null;
        this.addElements({ nodes: [{ data: node }], edges: links?.elements.edges ?? [] }, anchor);
      }
      this.select(node.id);
    });
  }

  async expand(id: string, options: { type?: EdgeType; direction?: Direction } = {}): Promise<void> {
    const direction = options.direction ?? 'both';
    await this.task('Expanding', async () => {
      const response = await api.fetchNeighbours(id, { ...options, direction, limit: pageSize });
      const added = this.addElements(response.elements, id);
      this.#setMore(id, { total: response.total, loaded: response.elements.nodes.length, groups: response.groups, type: options.type, direction });
      const node = this.graph.nodes.get(id);
      this.say(response.total === 0 ? `${node?.label ?? id} has no such neighbours.` : `${added.length} new of ${response.total} neighbours of ${node?.label ?? id}.`);
      if (response.total === 0) this.notice = `No ${options.type ?? ''} neighbours of ${node?.label ?? id} in the database.`.replace('  ', ' ');
    });
  }

  async loadMore(id: string): Promise<void> {
    const info = this.more.get(id);
    if (!info) return;
    await this.task('Loading more neighbours', async () => {
      const response = await api.fetchNeighbours(id, { type: info.type, direction: info.direction, limit: pageSize, offset: info.loaded });
      this.addElements(response.elements, id);
      this.#setMore(id, { ...info, total: response.total, loaded: info.loaded + response.elements.nodes.length });
    });
  }

  #setMore(id: string, info: MoreInfo): void {
    const more = new Map(this.more);
    if (info.total > info.loaded) more.set(id, info);
    else more.delete(id);
    this.more = more;
  }

  collapse(id: string): void {
    const next = collapse(this.graph, id);
    if (next.nodes.size !== this.graph.nodes.size) this.#commit(next, null);
    this.#setMore(id, { total: 0, loaded: 0, groups: [], direction: 'both' });
  }

  remove(ids: string[]): void {
    if (!ids.length) return;
    this.#commit(removeNodes(this.graph, ids), null);
    if (this.selection && (ids.includes(this.selection.id) || (this.selection.kind === 'edge' && !this.graph.edges.has(this.selection.id)))) this.selection = null;
    const more = new Map(this.more);
    for (const id of ids) more.delete(id);
    this.more = more;
  }

  pin(id: string): void {
    this.#commit(togglePin(this.graph, id), null);
  }

  undo(): void {
    const previous = this.#history.pop();
    this.undoCount = this.#history.size;
    if (!previous) return;
    this.graph = previous;
    this.growth = { anchor: null, ids: [], fit: false };
    if (this.selection?.kind === 'node' && !previous.nodes.has(this.selection.id)) this.selection = null;
    if (this.selection?.kind === 'edge' && !previous.edges.has(this.selection.id)) this.selection = null;
    this.say('Undone.');
  }

  clear(): void {
    this.#commit(emptyGraph, null);
    this.selection = null;
    this.more = new Map();
    this.highlight = null;
  }

  select(id: string | null): void {
    this.selection = id ? { kind: 'node', id } : null;
    const node = id ? this.graph.nodes.get(id) : null;
    if (node) this.say(`Selected ${node.type} ${node.label}${node.title ? `: ${node.title}` : ''}.`);
  }

  selectEdge(id: string): void {
    this.selection = { kind: 'edge', id };
    const edge = this.graph.edges.get(id);
    if (edge) this.say(`Selected edge: ${this.graph.nodes.get(edge.source)?.label} ${edge.type.toLowerCase().replace(/_/g, ' ')} ${this.graph.nodes.get(edge.target)?.label}.`);
  }

  setLayout(layout: LayoutName): void {
    this.layout = layout;
    this.layoutRequest += 1;
  }

  setLanes(lanes: LaneKey): void {
    this.lanes = lanes;
    if (this.layout === 'chronological') this.layoutRequest += 1;
  }

  say(message: string): void {
    this.announcement = message;
  }

  async chain(id: string, direction: 'ancestors' | 'descendants', depth: number) {
    return this.task('Following the chain', async () => {
      const response = await api.fetchChain(id, direction, depth);
      this.addElements(response.elements, id, true);
      this.highlight = { nodes: response.elements.nodes.map((n) => n.data.id), edges: response.elements.edges.map((e) => e.data.id) };
      return response;
    });
  }

  async paths(from: string, to: string): Promise<PathResponse | undefined> {
    return this.task('Looking for paths', async () => api.fetchPaths(from, to));
  }

  showPath(response: PathResponse, index: number): void {
    const path = response.paths[index];
    if (!path) return;
    const keep = new Set(path.nodes);
    const edges = new Set(path.edges);
    this.addElements({ nodes: response.elements.nodes.filter((n) => keep.has(n.data.id)), edges: response.elements.edges.filter((e) => edges.has(e.data.id)) }, path.nodes[0] ?? null, true);
    this.highlight = { nodes: path.nodes, edges: path.edges };
  }

  /** Reopens a view from a link: the nodes, the edges among them, then layout and selection. */
  async restore(view: ViewState): Promise<void> {
    this.layout = view.layout;
    this.lanes = view.lanes;
    this.filters = view.filters;
    if (!view.nodes.length) return;
    await this.task('Reopening the view', async () => {
      const { elements, missing } = await api.fetchViewElements(view.nodes);
      this.addElements(elements, null, true);
      if (missing.length) this.notice = `${missing.length} node(s) of the link are not in this database.`;
      if (view.selected && this.graph.nodes.has(view.selected)) this.select(view.selected);
    });
  }

  /** Reopens a saved view: a link's view, then the positions, pins, zoom and pan as they were left. */
  async restoreSaved(saved: SavedView): Promise<void> {
    this.arrangement = { positions: saved.positions, zoom: saved.zoom, pan: saved.pan };
    await this.restore({ nodes: saved.nodes, selected: saved.selected, layout: saved.layout, lanes: saved.lanes, filters: saved.filters });
    // The canvas takes the arrangement when the nodes arrive; none arrived, so none is left waiting.
    if (this.graph.nodes.size === 0) this.arrangement = null;
    const pinned = saved.pinned.filter((id) => this.graph.nodes.has(id));
    // Pins are part of how the view was left, not an edit: they go into the snapshot without an undo step.
    if (pinned.length) this.graph = { ...this.graph, pinned: new Set(pinned) };
  }

  get view(): ViewState {
    return { nodes: [...this.graph.nodes.keys()], selected: this.selection?.kind === 'node' ? this.selection.id : null, layout: this.layout, lanes: this.lanes, filters: this.filters };
  }
}
