import { describe, expect, it } from 'vitest';
import { readEmbedOptions, toAppUrl, toEmbedUrl, toIframeSnippet } from '../../../web/app/src/embed/embed-url.ts';
import { addElements, emptyGraph } from '../../../web/app/src/graph/graph-model.ts';
import { fromQuery, type ViewState } from '../../../web/app/src/graph/view-url.ts';
import { captionOf, chainOf, rootOf, toSteps } from '../../../web/app/src/present/chain-steps.ts';
import { sampleEdge, sampleNode } from '../../support/sample-view.ts';

const view: ViewState = {
  nodes: ['A/RES/64/25', 'A/RES/53/70'],
  selected: 'A/RES/64/25',
  layout: 'chronological',
  lanes: 'body',
  filters: { hiddenTypes: ['place'], hiddenRelations: ['CITES'], fromYear: 1999, toYear: null },
};

describe('embed links', () => {
  it('carry the permalink state and read back the same view', () => {
    const url = toEmbedUrl('http://127.0.0.1:4173', view, { title: 'Recalls & "cites"', legend: true });
    expect(url.startsWith('http://127.0.0.1:4173/embed?')).toBe(true);
    const search = url.slice(url.indexOf('?'));
    expect(fromQuery(search)).toEqual(view);
    expect(readEmbedOptions(search)).toEqual({ title: 'Recalls & "cites"', legend: true });
  });

  it('leave out empty options', () => {
    const url = toEmbedUrl('http://h', view, { title: '  ', legend: false });
    expect(url).not.toContain('title=');
    expect(url).not.toContain('legend=');
    expect(readEmbedOptions(url.slice(url.indexOf('?')))).toEqual({ title: null, legend: false });
  });

  it('open the same view in the app', () => {
    expect(toAppUrl('http://h', view)).toBe(`http://h/?${new URLSearchParams([['n', 'A/RES/64/25'], ['n', 'A/RES/53/70'], ['sel', 'A/RES/64/25'], ['layout', 'chronological'], ['hideTypes', 'place'], ['hideRels', 'CITES'], ['from', '1999']]).toString()}`);
    expect(toAppUrl('http://h', { ...view, nodes: [], selected: null, layout: 'fcose', filters: { hiddenTypes: [], hiddenRelations: [], fromYear: null, toYear: null } })).toBe('http://h/');
  });

  it('make an iframe snippet with every attribute escaped', () => {
    const snippet = toIframeSnippet('http://h/embed?n=a&title=%22x%22', { width: 720, height: 480.4 }, '"><script>');
    expect(snippet).toBe('<iframe src="http://h/embed?n=a&amp;title=%22x%22" width="720" height="480" title="&quot;&gt;&lt;script&gt;" style="border:1px solid #dde3ea;border-radius:8px" loading="lazy" referrerpolicy="no-referrer"></iframe>');
    expect(toIframeSnippet('http://h/embed', { width: 1, height: 1 }, null)).toContain('title="Citation graph from Resograph"');
  });
});

describe('presentation steps', () => {
  // 64/25 recalls 53/70 (1999) and 54/49 (1999-12), 53/70 recalls 52/1; 60/1 cites 64/25; a place hangs off 64/25.
  const graph = addElements(emptyGraph, {
    nodes: [
      sampleNode('A/RES/64/25', { date: '2009-12-02' }), sampleNode('A/RES/54/49', { date: '1999-12-01' }), sampleNode('A/RES/53/70', { date: '1999-01-04' }),
      sampleNode('A/RES/52/1', { date: '1997-11-01' }), sampleNode('A/RES/60/1', { date: '2005-10-24' }), sampleNode('Place:geneva', { type: 'place', label: 'Geneva' }),
    ].map((data) => ({ data })),
    edges: [
      sampleEdge('A/RES/64/25', 'A/RES/54/49', { quote: 'resolution 54/49 of 1 December 1999' }),
      sampleEdge('A/RES/64/25', 'A/RES/53/70', { quote: 'resolution 53/70 of 4 December 1998', paragraph: 'pp2' }),
      sampleEdge('A/RES/53/70', 'A/RES/52/1', { quote: 'its resolution 52/1' }),
      sampleEdge('A/RES/60/1', 'A/RES/64/25', { type: 'CITES', quote: null }),
      sampleEdge('A/RES/64/25', 'Place:geneva', { type: 'HELD_IN' }),
    ].map((data) => ({ data })),
  });

  it('walk a highlighted chain from its root, breadth first, older documents first', () => {
    const chain = { nodes: ['A/RES/64/25', 'A/RES/54/49', 'A/RES/53/70', 'A/RES/52/1'], edges: ['A/RES/64/25|RECALLS|A/RES/54/49', 'A/RES/64/25|RECALLS|A/RES/53/70', 'A/RES/53/70|RECALLS|A/RES/52/1'] };
    const root = rootOf(graph, chain, null);
    expect(root).toBe('A/RES/64/25');
    expect(toSteps(graph, chain, root)).toEqual([
      { node: 'A/RES/64/25', edge: null },
      { node: 'A/RES/53/70', edge: 'A/RES/64/25|RECALLS|A/RES/53/70' },
      { node: 'A/RES/54/49', edge: 'A/RES/64/25|RECALLS|A/RES/54/49' },
      { node: 'A/RES/52/1', edge: 'A/RES/53/70|RECALLS|A/RES/52/1' },
    ]);
  });

  it('start from the chosen node when it is on the chain', () => {
    const chain = chainOf(graph, null);
    expect(rootOf(graph, chain, 'A/RES/52/1')).toBe('A/RES/52/1');
    expect(toSteps(graph, chain, 'A/RES/52/1').map((s) => s.node)).toEqual(['A/RES/52/1', 'A/RES/53/70', 'A/RES/64/25', 'A/RES/54/49', 'A/RES/60/1']);
  });

  it('follow only citations when nothing is highlighted', () => {
    const chain = chainOf(graph, null);
    expect(chain.edges).not.toContain('A/RES/64/25|RECALLS|Place:geneva');
    expect(toSteps(graph, chain, 'A/RES/64/25').map((s) => s.node)).not.toContain('Place:geneva');
    expect(toSteps(graph, chain, 'nowhere')).toEqual([]);
  });

  it('caption each step with the link and its quote', () => {
    expect(captionOf(graph, { node: 'A/RES/53/70', edge: 'A/RES/64/25|RECALLS|A/RES/53/70' })).toEqual({
      heading: '64/25 recalls 53/70',
      title: '1999-01-04',
      quote: 'resolution 53/70 of 4 December 1998',
      source: 'In A/RES/64/25, paragraph pp2 (Recalling)',
    });
    expect(captionOf(graph, { node: 'A/RES/64/25', edge: null })).toMatchObject({ heading: '64/25', quote: null });
  });
});
