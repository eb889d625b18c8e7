import type { Elements } from '../api/types.ts';
import type { LayoutRecord } from '../canvas/layouts.ts';
import type { Arrangement, Explorer } from './explorer.svelte.ts';

export interface CanvasProbe {
  drawnNodeIds(): string[];
  drawnEdgeIds(): string[];
  visibleNodeIds(): string[];
  positionOf(id: string): { x: number; y: number } | null;
  layoutsRun(): number;
  edgeCurve(): string | null;
  nodeMoves(): number;
  lastLayout(): LayoutRecord | null;
  arrangement(): Arrangement;
  rendered(point: { x: number; y: number }): { x: number; y: number };
  edgeMidpoint(id: string): { x: number; y: number } | null;
}

/** `window.__resograph`: what browser tests read, so they assert on the model and the canvas, not on pixels. */
export function installTestHook(explorer: Explorer, canvas: () => CanvasProbe | undefined): void {
  const hook = {
    get nodes() { return [...explorer.graph.nodes.keys()]; },
    get edges() { return [...explorer.graph.edges.values()].map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type })); },
    get canvasNodes() { return canvas()?.drawnNodeIds() ?? []; },
    get canvasEdges() { return canvas()?.drawnEdgeIds() ?? []; },
    get visibleNodes() { return canvas()?.visibleNodeIds() ?? []; },
    get selected() { return explorer.selection?.kind === 'node' ? explorer.selection.id : null; },
    get selectedEdge() { return explorer.selection?.kind === 'edge' ? explorer.selection.id : null; },
    get layout() { return explorer.layout; },
    get busy() { return explorer.busy > 0; },
    get layoutsRun() { return canvas()?.layoutsRun() ?? 0; },
    /** bezier, or haystack for a large view. */
    get edgeCurve() { return canvas()?.edgeCurve() ?? null; },
    /** Node moves on the canvas so far (layouts, drags), each node each time. */
    get nodeMoves() { return canvas()?.nodeMoves() ?? 0; },
    /** How the last layout ran: 'worker', 'main' (thread) or 'preset', for how many nodes, in how many ms. */
    get lastLayout() { return canvas()?.lastLayout() ?? null; },
    get highlighted() { return explorer.highlight; },
    get arrangement() { return canvas()?.arrangement() ?? null; },
    get pinned() { return [...explorer.graph.pinned]; },
    get more() { return Object.fromEntries(explorer.more); },
    position: (id: string) => canvas()?.positionOf(id) ?? null,
    /** Model coordinates to pixels within the canvas, for clicking an edge. */
    rendered: (point: { x: number; y: number }) => canvas()?.rendered(point) ?? null,
    /** Where an edge's middle is drawn, in pixels within the canvas. */
    edgeMidpoint: (id: string) => canvas()?.edgeMidpoint(id) ?? null,
    /** Puts elements on the canvas as a reopened view would, without the requests (benches open big views this way); with an arrangement, as a saved view would. */
    addElements: (elements: Partial<Elements>, arrangement?: Arrangement) => {
      explorer.arrangement = arrangement ?? null;
      return explorer.addElements(elements, null, true);
    },
  };
  Object.defineProperty(window, '__resograph', { value: hook, configurable: true });
}
