// Runs a layout on the cytoscape instance. fcose and dagre run in a worker (layout-worker.ts) and the nodes move to
// the positions it returns; without a worker they are loaded on first use (dynamic import) and run here.
// The chronological layout is computed here and applied as a preset.
import cytoscape, { type Collection, type Core, type ElementDefinition, type NodeCollection, type NodeSingular } from 'cytoscape';
import type { NodeData } from '../api/types.ts';
import { chronologicalDefaults, chronologicalLayout, type LaneKey } from '../graph/chronological-layout.ts';
import type { LayoutName } from '../graph/view-url.ts';
import { layoutOptions, type LayoutRequest, type Point, type WorkerLayoutName } from './layout-request.ts';
import { layoutInWorker } from './layout-worker-client.ts';
import { fitView } from './fit-view.ts';
import { drawnSize, labelWidth } from './node-size.ts';

/** How the last layout ran: in the worker, on the main thread (no worker here, or it failed), or as a preset. */
export interface LayoutRecord {
  thread: 'worker' | 'main' | 'preset';
  nodes: number;
  /** Nodes that got a position from the layout. */
  positioned: number;
  ms: number;
}
let last: LayoutRecord | null = null;
export const lastLayout = (): LayoutRecord | null => last;
/** For a layout run outside runLayout (a large first view, planned before it was drawn). */
export function recordLayout(record: LayoutRecord): void {
  last = record;
}

const registered = new Set<string>();

async function ensure(name: 'fcose' | 'dagre'): Promise<void> {
  if (registered.has(name)) return;
  const extension = name === 'fcose' ? (await import('cytoscape-fcose')).default : (await import('cytoscape-dagre')).default;
  cytoscape.use(extension);
  registered.add(name);
}

/** The nodes that take part in layouts: the graph's own, not axis labels or "+N more" handles. */
export function graphNodes(cy: Core): NodeCollection {
  // A test on each node, not two `not(selector)`s that each build a collection: this runs on every change.
  return cy.nodes().filter((n) => !n.hasClass('decor') && !n.hasClass('more'));
}

const timeline = (cy: Core, lanes: LaneKey) => chronologicalLayout(graphNodes(cy).map((n) => n.data() as NodeData), { ...chronologicalDefaults, lane: lanes });

function decorations(cy: Core, lanes: LaneKey): ElementDefinition[] {
  const layout = timeline(cy, lanes);
  const bottom = Math.max(0, ...[...layout.positions.values()].map((p) => p.y)) + 40;
  const top = layout.top - 30;
  const minX = Math.min(0, ...[...layout.positions.values()].map((p) => p.x));
  const decor: ElementDefinition[] = [];
  for (const tick of layout.years) {
    decor.push({ group: 'nodes', data: { id: `__year:${tick.year}`, label: String(tick.year) }, position: { x: tick.x, y: top - 18 }, classes: 'decor', selectable: false, grabbable: false });
    decor.push({ group: 'nodes', data: { id: `__rule:${tick.year}`, label: '' }, position: { x: tick.x, y: (top + bottom) / 2 }, classes: 'decor rule', selectable: false, grabbable: false, style: { height: bottom - top } } as ElementDefinition);
  }
  for (const lane of layout.lanes) {
    decor.push({ group: 'nodes', data: { id: `__lane:${lane.label}`, label: lane.label }, position: { x: minX - 40, y: lane.y }, classes: 'decor lane', selectable: false, grabbable: false });
  }
  return decor;
}

/** The timeline's year marks and lane titles for the nodes where they stand (a saved timeline view reopening). */
export function showTimelineAxes(cy: Core, lanes: LaneKey): void {
  cy.batch(() => {
    cy.nodes('.decor').remove();
    cy.add(decorations(cy, lanes));
  });
}

/** Where the timeline puts each node, from the nodes' data alone (a large first view is placed before it is drawn). */
export function timelinePositions(nodes: readonly NodeData[], lanes: LaneKey): Map<string, Point> {
  return chronologicalLayout(nodes, { ...chronologicalDefaults, lane: lanes }).positions;
}

/** A timeline whose nodes were added at their places: its year marks and lane titles, fitted as a timeline layout is. */
export function finishPlacedTimeline(cy: Core, lanes: LaneKey, started: number): void {
  showTimelineAxes(cy, lanes);
  cy.fit(cy.elements(), 40);
  limitZoom(cy);
  const nodes = graphNodes(cy).length;
  last = { thread: 'preset', nodes, positioned: nodes, ms: performance.now() - started };
}

export interface LayoutRun {
  /** Only these are new; everything else keeps its place (fcose holds them fixed). */
  newIds?: readonly string[];
  fit: boolean;
  /** The timeline's lanes: one per body, or one per agenda item. */
  lanes: LaneKey;
}

/** Waits for a layout's end, but never longer than a few seconds (a stopped layout may not report it). */
function finished(layout: cytoscape.Layouts): Promise<void> {
  const done = layout.promiseOn('layoutstop').then(() => undefined);
  layout.run();
  return Promise.race([done, new Promise<void>((resolve) => setTimeout(resolve, 8000))]);
}

export async function runLayout(cy: Core, name: LayoutName, run: LayoutRun): Promise<void> {
  cy.batch(() => cy.nodes('.decor').remove());
  const nodes = graphNodes(cy);
  if (nodes.empty()) return;
  const animate = nodes.length < 300;
  if (name === 'chronological') {
    const positions = timeline(cy, run.lanes).positions;
    cy.add(decorations(cy, run.lanes));
    // Only the graph's nodes move; the axis and lane labels already stand where they belong.
    const layout = nodes.layout({ name: 'preset', positions: (node: { id(): string }) => positions.get(node.id()) ?? { x: 0, y: 0 }, fit: run.fit, padding: 60, animate, animationDuration: 350 } as never);
    await finished(layout);
    // Fit the lane titles and year marks too, not just the nodes.
    if (run.fit) cy.fit(cy.elements(), 40);
    if (run.fit) limitZoom(cy);
    last = { thread: 'preset', nodes: nodes.length, positioned: positions.size, ms: 0 };
    return;
  }
  const fresh = new Set(run.newIds ?? []);
  const incremental = run.newIds !== undefined && fresh.size < nodes.length;
  const fixed = (incremental ? nodes.filter((n) => !fresh.has(n.id())) : nodes.filter('.pinned')).nodes();
  const laid = cy.elements().not('.decor');
  const started = performance.now();
  const computed = layoutInWorker(toLayoutRequest(name, laid, fixed.map((n) => n.id())));
  if (computed) {
    // A worker that failed hands the run to the main thread; one that ran out of time leaves the nodes where they are.
    const positions = await computed.catch((error: Error) => (error.name === 'TimeoutError' ? new Map<string, Point>() : null));
    if (positions) {
      // The layout itself took place in the worker; here the nodes only move (or glide) to where it put them.
      // Fixed nodes stay exactly where they are (the worker's copy may round them).
      const held = new Set(fixed.map((n) => n.id()));
      const at = (node: NodeSingular) => (held.has(node.id()) ? undefined : positions.get(node.id())) ?? { ...node.position() };
      const layout = laid.layout({ name: 'preset', positions: at, fit: run.fit, padding: 50, animate, animationDuration: 400 } as never);
      await finished(layout);
      if (run.fit) limitZoom(cy);
      last = { thread: 'worker', nodes: nodes.length, positioned: nodes.filter((n) => positions.has(n.id())).length, ms: performance.now() - started };
      return;
    }
  }
  await ensure(name);
  const options = layoutOptions(name, { animate, fit: run.fit, fixed: fixed.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })) });
  await finished(laid.layout(options as never));
  if (run.fit) limitZoom(cy);
  last = { thread: 'main', nodes: nodes.length, positioned: nodes.length, ms: performance.now() - started };
}

/** What the worker needs: each node's place and drawn size (as the layouts read it), the edges, the fixed ids. */
function toLayoutRequest(name: WorkerLayoutName, eles: Collection, fixed: string[]): Omit<LayoutRequest, 'seq'> {
  return {
    name,
    nodes: eles.nodes().map((n) => {
      const { w, h } = n.layoutDimensions({ nodeDimensionsIncludeLabels: false });
      return { id: n.id(), x: n.position('x'), y: n.position('y'), w, h, labelW: labelWidth(String(n.data('label') ?? '')) };
    }),
    edges: eles.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    fixed,
  };
}

/** Fits the graph's nodes as a finished layout does (never closer than a fitted layout goes), from their places and drawn sizes. */
export function fitLaidOut(cy: Core): void {
  const nodes = graphNodes(cy).map((n) => ({ ...n.position(), ...drawnSize(n.data() as NodeData) }));
  const viewport = fitView(nodes, { width: cy.width(), height: cy.height() }, 50, { min: cy.minZoom(), max: Math.min(cy.maxZoom(), fittedZoomLimit) });
  if (viewport) cy.viewport(viewport);
}

/** A fit on a few nodes would blow them up; keep fitted views at a readable, not giant, scale. */
const fittedZoomLimit = 1.2;
function limitZoom(cy: Core): void {
  if (cy.zoom() > fittedZoomLimit) {
    cy.zoom(fittedZoomLimit);
    cy.center(graphNodes(cy));
  }
}
