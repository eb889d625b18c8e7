// A standalone HTML file of a view: data, library, viewer and style inlined, so it opens from a
// file:// URL with no server and makes no request. Every text the document shows is escaped.
import type { StylesheetJson } from 'cytoscape';
import type { EdgeData } from '../api/types.ts';
import { edgeLooks, nodeLooks } from '../canvas/visuals.ts';
import { round } from './cytoscape-json.ts';
import type { ExportGraph } from './export-graph.ts';
import { escapeHtml, toInlineScript, toScriptJson } from './html-text.ts';
import { counted } from '../text/counted.ts';

export interface StandaloneInput {
  graph: ExportGraph;
  style: StylesheetJson;
  /** The minified cytoscape build (UMD: it defines `window.cytoscape`). */
  cytoscapeSource: string;
  /** The viewer function's source; it runs once the page has loaded. */
  viewerSource: string;
  /** Where the view opens in Resograph; shown as a link, never fetched. */
  link?: string;
  /** When the file was made, for the footer. */
  made: Date;
}

/** Drops empty fields: the style reads none of them, and a 500-node view should stay well under a megabyte. */
function compact<T extends object>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false)) as Partial<T>;
}

/** An edge without what the file can do without: its id (cytoscape makes one) and defaults the viewer restores. */
function compactEdge(data: EdgeData): Partial<EdgeData> {
  const { id: _id, doc, stance, ...rest } = data;
  return compact({ ...rest, ...(doc !== data.source ? { doc } : {}), ...(stance !== 'neutral' ? { stance } : {}) });
}

function legend(graph: ExportGraph): string {
  const types = [...new Set(graph.nodes.map((n) => n.data.type))];
  const relations = [...new Set(graph.edges.map((e) => e.data.type))];
  const items = [
    ...types.map((t) => `<li><span class="dot" style="background:${nodeLooks[t].colour}"></span>${escapeHtml(nodeLooks[t].label)}</li>`),
    ...relations.map((t) => `<li><span class="bar" style="border-top-color:${edgeLooks[t].colour};border-top-style:${edgeLooks[t].line}"></span>${escapeHtml(edgeLooks[t].label)}</li>`),
  ];
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

const css = `
*{box-sizing:border-box}html,body{margin:0;height:100%}
body{font-family:Inter,'Segoe UI',system-ui,-apple-system,'DejaVu Sans',sans-serif;color:#14202e;background:#f7f9fb;display:flex;flex-direction:column}
header{display:flex;align-items:baseline;gap:1rem;padding:.7rem 1rem;background:#fff;border-bottom:1px solid #dde3ea}
h1{font-size:1.05rem;margin:0;letter-spacing:-.01em}header .count{color:#6f7c8c;font-size:.85rem}
header button{margin-left:auto;font:inherit;font-size:.82rem;border:1px solid #dde3ea;background:#fff;border-radius:8px;padding:.25rem .7rem;cursor:pointer}
main{flex:1;position:relative;min-height:0}#graph{position:absolute;inset:0}
.legend{position:absolute;left:.8rem;bottom:.8rem;margin:0;padding:.5rem .7rem;list-style:none;background:rgba(255,255,255,.94);border:1px solid #dde3ea;border-radius:10px;font-size:.76rem;display:grid;grid-template-columns:auto auto;gap:.15rem .9rem}
.legend li{display:flex;align-items:center;gap:.4rem}.dot{width:.7rem;height:.7rem;border-radius:50%;display:inline-block}.bar{width:1.3rem;border-top-width:2px;display:inline-block}
#info{position:absolute;right:.8rem;top:.8rem;max-width:24rem;background:#fff;border:1px solid #dde3ea;border-radius:10px;padding:.6rem .8rem;box-shadow:0 6px 20px rgba(20,32,46,.12);font-size:.86rem}
#info p{margin:.2rem 0}#info .head{font-weight:650}#info .quote{font-family:Charter,Georgia,'DejaVu Serif',serif;background:#fff8e0;border-left:3px solid #f2b705;padding:.3rem .5rem}#info .meta,#info .title{color:#3d4b5c}
footer{font-size:.74rem;color:#6f7c8c;padding:.35rem 1rem;background:#fff;border-top:1px solid #dde3ea}footer a{color:#1d5fbf}
`;

export function toStandaloneHtml(input: StandaloneInput): string {
  const { graph } = input;
  const payload = {
    elements: {
      nodes: graph.nodes.map((n) => ({ data: compact(n.data), position: { x: round(n.position.x), y: round(n.position.y) } })),
      edges: graph.edges.map((e) => ({ data: compactEdge(e.data) })),
    },
    style: input.style,
    verbs: Object.fromEntries(Object.entries(edgeLooks).map(([type, look]) => [type, look.label])),
  };
  const title = escapeHtml(graph.title);
  const link = input.link ? ` · <a href="${escapeHtml(input.link)}">open in Resograph</a>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">
<title>${title}</title>
<style>${css}</style>
</head>
<body>
<header><h1>${title}</h1><span class="count">${counted(graph.nodes.length, 'node')}, ${counted(graph.edges.length, 'link')}</span><button type="button" id="fit">Fit</button></header>
<main><div id="graph" role="img" aria-label="${title}"></div>${legend(graph)}<div id="info" role="status" hidden></div></main>
<footer>Made with Resograph on ${escapeHtml(input.made.toISOString().slice(0, 10))}${link}. Drag to pan, scroll to zoom, click a node or a link to read it.</footer>
<script type="application/json" id="resograph-data">${toScriptJson(payload)}</script>
<script>${toInlineScript(input.cytoscapeSource)}</script>
<script>(${toInlineScript(input.viewerSource)})();</script>
</body>
</html>
`;
}
