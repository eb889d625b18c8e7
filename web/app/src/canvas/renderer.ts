// Which cytoscape renderer draws the canvas. The 2D canvas one is the default: in the canvas bench (2,000 nodes,
// 4,110 edges, headless Chromium, WebGL on software SwiftShader) the experimental WebGL mode panned slower
// (see web/app/README.md).
// `?renderer=webgl` opens the page with WebGL instead, to compare on a machine with a real GPU.

export type RendererName = 'canvas' | 'webgl';

export function rendererFrom(search: string): RendererName {
  return new URLSearchParams(search).get('renderer') === 'webgl' ? 'webgl' : 'canvas';
}

/** Rendering hints for cytoscape(): given at the top level, cytoscape hands them to its canvas renderer. */
export function rendererOptions(name: RendererName): { webgl: boolean } {
  return { webgl: name === 'webgl' };
}
