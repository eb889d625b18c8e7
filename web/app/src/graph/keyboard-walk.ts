// Walking the graph from the keyboard: right to what the selected node cites, left to what cites it,
// up and down through the siblings of the last step (or through all nodes when there was none).
import { neighbourIds, type GraphSnapshot } from './graph-model.ts';

export interface Walk {
  from: string;
  options: readonly string[];
  index: number;
}

export type WalkKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp';

export interface WalkStep {
  selected: string | null;
  walk: Walk | null;
  /** Why nothing moved, for the screen-reader announcement. */
  blocked?: string;
}

function byDateDesc(graph: GraphSnapshot) {
  return (a: string, b: string) => (graph.nodes.get(b)?.date ?? '').localeCompare(graph.nodes.get(a)?.date ?? '') || a.localeCompare(b);
}

export function walk(graph: GraphSnapshot, selected: string | null, previous: Walk | null, key: WalkKey): WalkStep {
  const all = [...graph.nodes.keys()];
  if (!selected || !graph.nodes.has(selected)) return { selected: all[0] ?? null, walk: null, blocked: all.length ? undefined : 'The canvas is empty.' };
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const options = neighbourIds(graph, selected, key === 'ArrowRight' ? 'out' : 'in').sort(byDateDesc(graph));
    if (!options.length) return { selected, walk: previous, blocked: key === 'ArrowRight' ? 'It cites nothing on the canvas.' : 'Nothing on the canvas cites it.' };
    return { selected: options[0]!, walk: { from: selected, options, index: 0 } };
  }
  const step = key === 'ArrowDown' ? 1 : -1;
  if (previous && previous.options[previous.index] === selected && previous.options.length > 1) {
    const index = (previous.index + step + previous.options.length) % previous.options.length;
    return { selected: previous.options[index]!, walk: { ...previous, index } };
  }
  const at = all.indexOf(selected);
  return { selected: all[(at + step + all.length) % all.length] ?? selected, walk: null };
}
