// The library a standalone export inlines, fetched from the app's own server only when someone exports
// (cytoscape's published minified UMD build, so the file runs it exactly as released).
import { startStandaloneViewer } from './standalone-viewer.ts';

export async function loadStandaloneAssets(): Promise<{ cytoscapeSource: string; viewerSource: string }> {
  const { default: cytoscapeSource } = await import('cytoscape/dist/cytoscape.min.js?raw');
  return { cytoscapeSource, viewerSource: String(startStandaloneViewer) };
}
