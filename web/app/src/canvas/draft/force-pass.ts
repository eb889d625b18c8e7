// A short force-directed pass (Fruchterman and Reingold, repulsion cut off past two edge lengths and found
// through a grid) over one component already placed: edges pull to about `unit` long, nearby nodes push apart,
// and each step moves a node at most a cooling distance. The grid keeps a step linear in nodes and edges.
import type { Adjacency } from './graph-arrays.ts';

export interface ForceOptions {
  unit: number;
  iterations: number;
}

export function forcePass(g: Adjacency, members: Int32Array, xy: Float64Array, { unit, iterations }: ForceOptions): void {
  const s = members.length;
  if (s < 2 || iterations <= 0) return;
  const local = new Int32Array(g.n).fill(-1);
  members.forEach((m, i) => (local[m] = i));
  const x = new Float64Array(s);
  const y = new Float64Array(s);
  for (let i = 0; i < s; i++) {
    // Nodes the first placement put on one spot (leaves of a hub look alike) start a hair apart.
    x[i] = xy[2 * members[i]!]! + jitter(i) * unit * 0.05;
    y[i] = xy[2 * members[i]! + 1]! + jitter(i + s) * unit * 0.05;
  }
  const dx = new Float64Array(s);
  const dy = new Float64Array(s);
  const cell = 1.5 * unit;
  const k2 = unit * unit;
  const order = new Int32Array(s);
  const cellOf = new Int32Array(s);
  const start0 = unit * 1.5;
  for (let it = 0; it < iterations; it++) {
    const temperature = Math.max(unit * 0.02, start0 * (1 - it / iterations));
    dx.fill(0);
    dy.fill(0);
    const grid = buildGrid(x, y, cell, order, cellOf);
    for (let i = 0; i < s; i++) {
      const gx = Math.floor((x[i]! - grid.x0) / grid.size);
      const gy = Math.floor((y[i]! - grid.y0) / grid.size);
      for (let cy = Math.max(0, gy - 1); cy <= Math.min(grid.rows - 1, gy + 1); cy++) {
        for (let cx = Math.max(0, gx - 1); cx <= Math.min(grid.cols - 1, gx + 1); cx++) {
          const c = cy * grid.cols + cx;
          for (let o = grid.starts[c]!; o < grid.starts[c + 1]!; o++) {
            const j = order[o]!;
            if (j <= i) continue;
            const ex = x[i]! - x[j]!;
            const ey = y[i]! - y[j]!;
            const d2 = ex * ex + ey * ey;
            if (d2 >= cell * cell) continue;
            const d = Math.max(Math.sqrt(d2), 0.01);
            const push = (k2 / d) * (1 - d / cell);
            dx[i]! += (ex / d) * push;
            dy[i]! += (ey / d) * push;
            dx[j]! -= (ex / d) * push;
            dy[j]! -= (ey / d) * push;
          }
        }
      }
    }
    for (let i = 0; i < s; i++) {
      const a = members[i]!;
      for (let e = g.offsets[a]!; e < g.offsets[a + 1]!; e++) {
        const j = local[g.targets[e]!]!;
        if (j <= i) continue;
        const ex = x[i]! - x[j]!;
        const ey = y[i]! - y[j]!;
        const d = Math.max(Math.hypot(ex, ey), 0.01);
        const pull = (d * d) / unit;
        dx[i]! -= (ex / d) * pull;
        dy[i]! -= (ey / d) * pull;
        dx[j]! += (ex / d) * pull;
        dy[j]! += (ey / d) * pull;
      }
    }
    for (let i = 0; i < s; i++) {
      const d = Math.hypot(dx[i]!, dy[i]!);
      if (d === 0) continue;
      const step = Math.min(d, temperature) / d;
      x[i]! += dx[i]! * step;
      y[i]! += dy[i]! * step;
    }
  }
  for (let i = 0; i < s; i++) {
    xy[2 * members[i]!] = x[i]!;
    xy[2 * members[i]! + 1] = y[i]!;
  }
}

export interface Grid {
  x0: number;
  y0: number;
  /** The side of a cell: at least the one asked for. */
  size: number;
  cols: number;
  rows: number;
  /** The points of cell c are order[starts[c]] .. order[starts[c + 1] - 1]. */
  starts: Int32Array;
}

/** Buckets points into square cells by counting sort; `order` and `cellOf` are scratch arrays of the points' length. */
export function buildGrid(x: Float64Array, y: Float64Array, cell: number, order: Int32Array, cellOf: Int32Array): Grid {
  const s = x.length;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < s; i++) {
    x0 = Math.min(x0, x[i]!);
    x1 = Math.max(x1, x[i]!);
    y0 = Math.min(y0, y[i]!);
    y1 = Math.max(y1, y[i]!);
  }
  // A sparse spread would make a huge, mostly empty grid: cells grow until there are at most 4 per point.
  let size = cell;
  while (((x1 - x0) / size + 1) * ((y1 - y0) / size + 1) > 4 * s + 16) size *= 2;
  const cols = Math.floor((x1 - x0) / size) + 1;
  const rows = Math.floor((y1 - y0) / size) + 1;
  const starts = new Int32Array(cols * rows + 1);
  for (let i = 0; i < s; i++) {
    const c = Math.floor((y[i]! - y0) / size) * cols + Math.floor((x[i]! - x0) / size);
    cellOf[i] = c;
    starts[c + 1]! += 1;
  }
  for (let c = 0; c < cols * rows; c++) starts[c + 1]! += starts[c]!;
  const fill = starts.slice(0, cols * rows);
  for (let i = 0; i < s; i++) order[fill[cellOf[i]!]!++] = i;
  return { x0, y0, size, cols, rows, starts };
}

/** A repeatable number in [-0.5, 0.5) for index i. */
export function jitter(i: number): number {
  const v = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return v - Math.floor(v) - 0.5;
}
