// The graph of a draft layout as flat arrays: each node's neighbours in one run of `targets` (both directions),
// and the connected components. Plain numbers throughout, so 2,000 nodes cost no per-node objects.

export interface Adjacency {
  n: number;
  /** Node i's neighbours are targets[offsets[i]] .. targets[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  targets: Int32Array;
}

/** Undirected adjacency from index pairs; loops are left out, parallel edges kept (they pull harder). */
export function adjacency(n: number, pairs: readonly (readonly [number, number])[]): Adjacency {
  const degree = new Int32Array(n + 1);
  for (const [a, b] of pairs) {
    if (a === b) continue;
    degree[a]! += 1;
    degree[b]! += 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  for (const [a, b] of pairs) {
    if (a === b) continue;
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  return { n, offsets, targets };
}

export const degreeOf = (g: Adjacency, i: number) => g.offsets[i + 1]! - g.offsets[i]!;

/** Hop counts from `source` to every node (-1 where unreachable), written into `dist`. */
export function hops(g: Adjacency, source: number, dist: Int32Array, queue: Int32Array): void {
  dist.fill(-1);
  spread(g, source, dist, queue);
}

/**
 * Breadth-first from `source` over the nodes whose `dist` is still -1, writing their hop counts; the nodes
 * reached are queue[0] .. queue[count - 1], in the order reached. Returns the count.
 */
function spread(g: Adjacency, source: number, dist: Int32Array, queue: Int32Array): number {
  dist[source] = 0;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
      const w = g.targets[e]!;
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

/** The connected components, largest first, each a list of node indices in ascending order. */
export function components(g: Adjacency): Int32Array[] {
  const dist = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  const found: Int32Array[] = [];
  for (let start = 0; start < g.n; start++) {
    if (dist[start] !== -1) continue;
    const count = spread(g, start, dist, queue);
    found.push(queue.slice(0, count).sort());
  }
  return found.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}
