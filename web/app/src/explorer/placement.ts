import type { Point } from '../graph/chronological-layout.ts';

/**
 * Where new nodes go when they join: on rings around the node they came from, so the canvas grows
 * in place and the user's view does not jump. Rings fill from the far side of the canvas's centre.
 */
export function ringPositions(anchor: Point, count: number, centre: Point = { x: 0, y: 0 }): Point[] {
  const positions: Point[] = [];
  const away = Math.atan2(anchor.y - centre.y, anchor.x - centre.x);
  const start = Number.isFinite(away) && (anchor.x !== centre.x || anchor.y !== centre.y) ? away - Math.PI / 2 : -Math.PI / 2;
  let ring = 0;
  let placed = 0;
  while (placed < count) {
    const radius = 150 + ring * 90;
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / 80));
    const here = Math.min(capacity, count - placed);
    for (let i = 0; i < here; i += 1) {
      const angle = start + (2 * Math.PI * (i + 0.5 * (ring % 2))) / here;
      positions.push({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
    }
    placed += here;
    ring += 1;
  }
  return positions;
}
