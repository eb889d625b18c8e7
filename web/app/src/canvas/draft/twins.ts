// Nodes with the same few neighbours (the leaves of one hub, say) get the same place from pivot MDS, which
// knows only distances: each such group is spread on a sunflower spiral around that place, a box apart.
import { degreeOf, type Adjacency } from './graph-arrays.ts';

/** Past this degree a node is rarely the twin of another, and comparing neighbour lists would cost more. */
const maxTwinDegree = 3;
const goldenAngle = Math.PI * (3 - Math.sqrt(5));

/** `spacing`: the side of the square each node of a group takes on the spiral. */
export function spreadTwins(g: Adjacency, members: Int32Array, xy: Float64Array, spacing: number): void {
  const groups = new Map<string, number[]>();
  for (const m of members) {
    const degree = degreeOf(g, m);
    if (degree === 0 || degree > maxTwinDegree) continue;
    const key = Array.from(g.targets.subarray(g.offsets[m]!, g.offsets[m + 1]!)).sort((a, b) => a - b).join(',');
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  // Equal areas per node: radius grows with the square root of the turn.
  const c = spacing / Math.sqrt(Math.PI);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let cx = 0;
    let cy = 0;
    for (const m of group) {
      cx += xy[2 * m]! / group.length;
      cy += xy[2 * m + 1]! / group.length;
    }
    group.forEach((m, i) => {
      const r = c * Math.sqrt(i + 0.5);
      xy[2 * m] = cx + r * Math.cos(i * goldenAngle);
      xy[2 * m + 1] = cy + r * Math.sin(i * goldenAngle);
    });
  }
}
