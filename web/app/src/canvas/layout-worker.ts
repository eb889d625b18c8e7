// The layout worker: off the page's main thread, a large view laid out afresh takes the draft (draft/), any other
// layout fcose or dagre on a headless cytoscape copy (layout-headless.ts, loaded when first needed). It answers
// each request with the nodes' final positions; the page moves its nodes there with a preset layout.
import { draftPositions } from './draft/draft-request.ts';
import { fixedPositions, isDraft, type LayoutAnswer, type LayoutRequest } from './layout-request.ts';

async function run(request: LayoutRequest): Promise<LayoutAnswer> {
  const started = performance.now();
  const ids = request.nodes.map((n) => n.id);
  const settings = { animate: false, fit: false, fixed: fixedPositions(request), nodes: request.nodes.length };
  if (isDraft(request.name, settings)) return { seq: request.seq, ids, xy: draftPositions(request), ms: performance.now() - started };
  const { layoutHeadless } = await import('./layout-headless.ts');
  return { seq: request.seq, ids, xy: layoutHeadless(request, settings), ms: performance.now() - started };
}

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  let answer: LayoutAnswer;
  try {
    answer = await run(event.data);
  } catch (error) {
    answer = { seq: event.data.seq, error: (error as Error).message };
  }
  (self as unknown as Worker).postMessage(answer, 'xy' in answer ? [answer.xy.buffer] : []);
};
