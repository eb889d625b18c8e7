import { describe, expect, it } from 'vitest';
import type { EdgeData, NodeData } from '../../web/app/src/api/types.ts';
import { addElements, collapse, collapsible, emptyGraph, neighbourIds, removeNodes, togglePin } from '../../web/app/src/graph/graph-model.ts';
import { History } from '../../web/app/src/graph/history.ts';

const node = (id: string, extra: Partial<NodeData> = {}): { data: NodeData } => ({
  data: { id, type: 'resolution', label: id, title: null, date: null, body: 'GA', session: null, agendaItem: null, stub: false, synthetic: false, citedBy: 0, ...extra },
});
const edge = (source: string, target: string, type: EdgeData['type'] = 'RECALLS'): { data: EdgeData } => ({
  data: { id: `${source}|${type}|${target}`, source, target, type, doc: source, paragraph: 'pp1', lead: 'Recalling', quote: null, footnote: null, stance: 'neutral' },
});

describe('graph model', () => {
  const star = addElements(emptyGraph, {
    nodes: [node('a'), node('b'), node('c'), node('d')],
    edges: [edge('a', 'b'), edge('a', 'c'), edge('d', 'c'), edge('a', 'zz')],
  });

  it('adds nodes once and drops edges whose ends are not on the canvas', () => {
    expect([...star.nodes.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect([...star.edges.keys()]).toEqual(['a|RECALLS|b', 'a|RECALLS|c', 'd|RECALLS|c']);
    const again = addElements(star, { nodes: [node('a', { label: 'changed' })] });
    expect(again.nodes.get('a')?.label).toBe('a');
  });

  it('replaces a stub with the whole document', () => {
    const withStub = addElements(emptyGraph, { nodes: [node('s', { stub: true })] });
    expect(addElements(withStub, { nodes: [node('s', { stub: false, title: 'T' })] }).nodes.get('s')?.title).toBe('T');
  });

  it('removes a node with its edges, and leaves the input untouched', () => {
    const after = removeNodes(star, ['c']);
    expect([...after.edges.keys()]).toEqual(['a|RECALLS|b']);
    expect(star.nodes.has('c')).toBe(true);
  });

  it('walks out to what a node cites and in to what cites it', () => {
    expect(neighbourIds(star, 'a', 'out')).toEqual(['b', 'c']);
    expect(neighbourIds(star, 'c', 'in')).toEqual(['a', 'd']);
    expect(neighbourIds(star, 'b', 'out')).toEqual([]);
  });

  it('collapses only neighbours hanging on the node alone, and never pinned ones', () => {
    expect(collapsible(star, 'a')).toEqual(['b']);
    expect([...collapse(star, 'a').nodes.keys()]).toEqual(['a', 'c', 'd']);
    expect(collapsible(togglePin(star, 'b'), 'a')).toEqual([]);
  });

  it('undoes in reverse order within its limit', () => {
    const history = new History<number>(2);
    history.push(1);
    history.push(2);
    history.push(3);
    expect([history.pop(), history.pop(), history.pop()]).toEqual([3, 2, undefined]);
  });
});

describe('keyboard walk', async () => {
  const { walk } = await import('../../web/app/src/graph/keyboard-walk.ts');
  const graph = addElements(emptyGraph, {
    nodes: [node('new', { date: '2009' }), node('old1', { date: '1998' }), node('old2', { date: '2001' }), node('other')],
    edges: [edge('new', 'old1'), edge('new', 'old2'), edge('other', 'old1')],
  });

  it('steps right to the newest cited node, then down through its siblings', () => {
    const right = walk(graph, 'new', null, 'ArrowRight');
    expect(right.selected).toBe('old2');
    const down = walk(graph, right.selected, right.walk, 'ArrowDown');
    expect(down.selected).toBe('old1');
    expect(walk(graph, down.selected, down.walk, 'ArrowDown').selected).toBe('old2');
  });

  it('steps left to what cites the node, and says so when nothing does', () => {
    expect(walk(graph, 'old1', null, 'ArrowLeft').walk?.options).toEqual(['new', 'other']);
    const stuck = walk(graph, 'new', null, 'ArrowLeft');
    expect(stuck.selected).toBe('new');
    expect(stuck.blocked).toMatch(/Nothing on the canvas cites it/);
  });

  it('starts at the first node when nothing is selected', () => {
    expect(walk(graph, null, null, 'ArrowRight').selected).toBe('new');
    expect(walk(emptyGraph, null, null, 'ArrowDown').blocked).toBe('The canvas is empty.');
  });
});
