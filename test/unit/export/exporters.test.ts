import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { canvasStyle } from '../../../web/app/src/canvas/cy-style.ts';
import { toCytoscapeJson } from '../../../web/app/src/export/cytoscape-json.ts';
import { defaultTitle, toFileName, type ExportGraph } from '../../../web/app/src/export/export-graph.ts';
import { escapeXml, toGraphml } from '../../../web/app/src/export/graphml.ts';
import { escapeHtml, toInlineScript, toScriptJson } from '../../../web/app/src/export/html-text.ts';
import { toStandaloneHtml } from '../../../web/app/src/export/standalone-html.ts';
import { startStandaloneViewer } from '../../../web/app/src/export/standalone-viewer.ts';
import { largeView, sampleEdge, sampleNode } from '../../support/sample-view.ts';

const hostile = '</script><script>alert(1)</script><!-- & "quoted" \'single\'';
const view: ExportGraph = {
  title: 'Recalls of 64/25',
  nodes: [
    { data: sampleNode('A/RES/64/25', { title: 'Developments in the field of information', date: '2009-12-02', citedBy: 3 }), position: { x: 10.04, y: -20 } },
    { data: sampleNode('A/RES/53/70', { date: '1999-01-04', label: hostile }), position: { x: 200, y: 40.55 } },
    { data: sampleNode('Conference:wsis', { type: 'conference', label: 'WSIS', stub: true }), position: { x: -90, y: 120 } },
  ],
  edges: [
    { data: sampleEdge('A/RES/64/25', 'A/RES/53/70', { quote: `its resolutions 53/70 of 4 December 1998 ${hostile}` }) },
    { data: sampleEdge('A/RES/64/25', 'Conference:wsis', { id: 'e2', type: 'REFERS_TO', quote: null, lead: null, paragraph: null }) },
  ],
};
const cytoscapeSource = readFileSync('node_modules/cytoscape/dist/cytoscape.min.js', 'utf8');

describe('Cytoscape JSON', () => {
  it('loads into cytoscape with every element, its data and its position', () => {
    const json = JSON.parse(toCytoscapeJson(view, canvasStyle()));
    expect(json.data.name).toBe('Recalls of 64/25');
    const cy = cytoscape({ headless: true, elements: json.elements, style: json.style, layout: { name: 'preset' } });
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['A/RES/53/70', 'A/RES/64/25', 'Conference:wsis']);
    expect(cy.edges()).toHaveLength(2);
    expect(cy.getElementById('A/RES/64/25').position()).toEqual({ x: 10, y: -20 });
    expect(cy.getElementById('A/RES/53/70').data('label')).toBe(hostile);
    expect(cy.getElementById('e2').data('type')).toBe('REFERS_TO');
    cy.destroy();
  });
});

describe('GraphML', () => {
  const xml = toGraphml(view);
  it('declares a key for every attribute it uses, once', () => {
    const keys = [...xml.matchAll(/<key id="([^"]+)" for="(node|edge)" attr\.name="([^"]+)" attr\.type="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const used of new Set([...xml.matchAll(/<data key="([^"]+)">/g)].map((m) => m[1]))) expect(keys).toContain(used);
    for (const key of ['n_label', 'n_type', 'n_date', 'n_body', 'n_x', 'n_y', 'e_type', 'e_quote', 'e_stance', 'e_lead', 'e_doc']) expect(keys).toContain(key);
  });

  it('holds each node and edge with its attributes, escaped', () => {
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml.match(/<edge /g)).toHaveLength(2);
    expect(xml).toContain('<edge id="A/RES/64/25|RECALLS|A/RES/53/70" source="A/RES/64/25" target="A/RES/53/70">');
    expect(xml).toContain(`<data key="n_label">${escapeXml(hostile)}</data>`);
    expect(xml).not.toContain('<script');
    expect(xml).toContain('<data key="n_x">10</data>');
    expect(xml).toContain('<data key="e_label">recalls</data>');
    expect(xml).toContain('<data key="n_stub">true</data>');
    // Null attributes are left out, not written as "null".
    expect(xml).not.toContain('>null<');
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0008c\td\u001fe&<>')).toBe('abc\tde&amp;&lt;&gt;');
  });
});

describe('standalone HTML', () => {
  const html = toStandaloneHtml({ graph: view, style: canvasStyle(), cytoscapeSource, viewerSource: String(startStandaloneViewer), link: 'http://127.0.0.1:4173/?n=A%2FRES%2F64%2F25&x="<>', made: new Date('2026-12-02T00:00:00Z') });

  it('has exactly its three scripts, whatever the labels and quotes hold', () => {
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toContain('<!--');
    expect(html).toContain(`<title>${escapeHtml(view.title)}</title>`);
  });

  it('carries the graph as JSON that reads back unchanged', () => {
    const json = /<script type="application\/json" id="resograph-data">([^]*?)<\/script>/.exec(html)?.[1];
    const payload = JSON.parse(json!);
    expect(payload.elements.nodes).toHaveLength(3);
    expect(payload.elements.nodes[1].data.label).toBe(hostile);
    expect(payload.elements.edges[0].data.quote).toContain(hostile);
    expect(payload.elements.edges[1].data).toEqual({ source: 'A/RES/64/25', target: 'Conference:wsis', type: 'REFERS_TO' });
    expect(payload.elements.nodes[0].position).toEqual({ x: 10, y: -20 });
    expect(payload.style.length).toBeGreaterThan(10);
  });

  it('names no address but the link back, and escapes it', () => {
    // (cytoscape's own source names a few in its licence comments and SVG namespaces)
    expect(html.replace(cytoscapeSource, '').match(/https?:\/\//g)).toHaveLength(1);
    expect(html).toContain('href="http://127.0.0.1:4173/?n=A%2FRES%2F64%2F25&amp;x=&quot;&lt;&gt;"');
    // The file's own policy forbids every request, so nothing inside it can reach the network.
    expect(html).toContain("default-src 'none'");
  });

  it('keeps a 500-node view under 1 MB', () => {
    const graph = largeView(500);
    const large = toStandaloneHtml({ graph, style: canvasStyle(), cytoscapeSource, viewerSource: String(startStandaloneViewer), made: new Date() });
    const bytes = Buffer.byteLength(large);
    console.log(`standalone HTML, 500 nodes and ${graph.edges.length} edges: ${bytes} bytes (cytoscape ${Buffer.byteLength(cytoscapeSource)})`);
    expect(bytes).toBeLessThan(1_000_000);
  });
});

describe('escaping', () => {
  it('keeps script data and code from closing their element', () => {
    const json = toScriptJson({ a: '</script><!--\u2028' });
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)).toEqual({ a: '</script><!--\u2028' });
    expect(toInlineScript('x = "</SCRIPT>" + "<!--"')).toBe('x = "<\\/SCRIPT>" + "<\\!--"');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('makes file names and titles from labels', () => {
    expect(toFileName('Recalls of 64/25: "a" test', 'png')).toBe('recalls-of-64-25-a-test.png');
    expect(toFileName('///', 'svg')).toBe('resograph-view.svg');
    expect(defaultTitle(['64/25', '53/70'])).toBe('64/25, 53/70');
    expect(defaultTitle(['a', 'b', 'c'])).toBe('a, b, c');
    expect(defaultTitle(['a', 'b', 'c', 'd', 'e'])).toBe('a, b and 3 more');
  });
});
