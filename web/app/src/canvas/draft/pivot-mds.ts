// A first placement of one connected component by pivot MDS (Brandes and Pich): hop distances from a few
// pivots spread far apart, double-centred, and projected on their two main axes. Nodes that are far apart
// in the graph land far apart in the plane, in time linear in the edges; the force pass then refines it.
import { degreeOf, hops, type Adjacency } from './graph-arrays.ts';

const maxPivots = 40;

/** Writes each member's place into `xy` (x, y interleaved, indexed by node); `unit` is the length of one hop. */
export function pivotMds(g: Adjacency, members: Int32Array, unit: number, xy: Float64Array): void {
  const s = members.length;
  if (s <= 2) {
    for (let i = 0; i < s; i++) {
      xy[2 * members[i]!] = i * unit;
      xy[2 * members[i]! + 1] = 0;
    }
    return;
  }
  const k = Math.min(maxPivots, s);
  const dist = new Int32Array(g.n);
  const queue = new Int32Array(g.n);
  const nearest = new Float64Array(s).fill(Infinity);
  // Squared distances, member by pivot.
  const c = new Float64Array(s * k);
  let pivot = members[0]!;
  for (const m of members) if (degreeOf(g, m) > degreeOf(g, pivot)) pivot = m;
  for (let p = 0; p < k; p++) {
    hops(g, pivot, dist, queue);
    let far = 0;
    for (let i = 0; i < s; i++) {
      const d = dist[members[i]!]!;
      c[i * k + p] = d * d;
      if (d < nearest[i]!) nearest[i] = d;
      if (nearest[i]! > nearest[far]!) far = i;
    }
    pivot = members[far]!;
  }
  // Double centring: B = -1/2 (C - row means - column means + grand mean).
  const rows = new Float64Array(s);
  const cols = new Float64Array(k);
  let grand = 0;
  for (let i = 0; i < s; i++) {
    for (let p = 0; p < k; p++) {
      const v = c[i * k + p]!;
      rows[i]! += v / k;
      cols[p]! += v / s;
      grand += v / (s * k);
    }
  }
  for (let i = 0; i < s; i++) for (let p = 0; p < k; p++) c[i * k + p] = -0.5 * (c[i * k + p]! - rows[i]! - cols[p]! + grand);
  // The two main axes of B are the top eigenvectors of the small k-by-k matrix BᵀB.
  const btb = new Float64Array(k * k);
  for (let i = 0; i < s; i++) {
    const row = i * k;
    for (let p = 0; p < k; p++) {
      const v = c[row + p]!;
      if (v === 0) continue;
      for (let q = p; q < k; q++) btb[p * k + q]! += v * c[row + q]!;
    }
  }
  for (let p = 0; p < k; p++) for (let q = 0; q < p; q++) btb[p * k + q] = btb[q * k + p]!;
  const first = topEigenvector(btb, k, null);
  const second = topEigenvector(btb, k, first);
  for (let i = 0; i < s; i++) {
    let x = 0;
    let y = 0;
    for (let p = 0; p < k; p++) {
      x += c[i * k + p]! * first[p]!;
      y += c[i * k + p]! * second[p]!;
    }
    xy[2 * members[i]!] = x;
    xy[2 * members[i]! + 1] = y;
  }
  scaleToUnit(g, members, unit, xy);
}

/** Power iteration on a symmetric matrix, kept orthogonal to `other` when given. */
function topEigenvector(m: Float64Array, k: number, other: Float64Array | null): Float64Array {
  let v = new Float64Array(k);
  for (let p = 0; p < k; p++) v[p] = 1 + ((p * 7919) % 13) / 13;
  let next = new Float64Array(k);
  for (let round = 0; round < 100; round++) {
    if (other) orthogonalise(v, other);
    next.fill(0);
    for (let p = 0; p < k; p++) for (let q = 0; q < k; q++) next[p]! += m[p * k + q]! * v[q]!;
    if (other) orthogonalise(next, other);
    const norm = Math.hypot(...next);
    if (norm === 0) break;
    let change = 0;
    for (let p = 0; p < k; p++) {
      next[p]! /= norm;
      change += Math.abs(next[p]! - v[p]!);
    }
    [v, next] = [next, v];
    if (change < 1e-7) break;
  }
  return v;
}

function orthogonalise(v: Float64Array, other: Float64Array): void {
  let dot = 0;
  for (let p = 0; p < v.length; p++) dot += v[p]! * other[p]!;
  for (let p = 0; p < v.length; p++) v[p]! -= dot * other[p]!;
}

/** Scales the component about its centre so that its median edge is one `unit` long. */
function scaleToUnit(g: Adjacency, members: Int32Array, unit: number, xy: Float64Array): void {
  const lengths: number[] = [];
  let cx = 0;
  let cy = 0;
  for (const a of members) {
    cx += xy[2 * a]! / members.length;
    cy += xy[2 * a + 1]! / members.length;
    for (let e = g.offsets[a]!; e < g.offsets[a + 1]!; e++) {
      const b = g.targets[e]!;
      if (b > a) lengths.push(Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!));
    }
  }
  lengths.sort((p, q) => p - q);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const factor = median > 0 ? unit / median : 1;
  for (const a of members) {
    xy[2 * a] = (xy[2 * a]! - cx) * factor;
    xy[2 * a + 1] = (xy[2 * a + 1]! - cy) * factor;
  }
}
