// Disconnected pieces of a view, each laid out on its own, set side by side in rows (largest first), so
// none is laid over another and the whole is about as wide as it is tall.

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const margin = 60;

/** For each extent, the shift (dx, dy) that puts it in its place in the rows. */
export function packRows(extents: readonly Extent[]): { dx: number; dy: number }[] {
  const area = extents.reduce((sum, e) => sum + (e.x2 - e.x1 + margin) * (e.y2 - e.y1 + margin), 0);
  const widest = Math.max(0, ...extents.map((e) => e.x2 - e.x1 + margin));
  const rowWidth = Math.max(widest, Math.sqrt(area) * 1.2);
  const shifts: { dx: number; dy: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const e of extents) {
    const w = e.x2 - e.x1 + margin;
    if (x > 0 && x + w > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    shifts.push({ dx: x - e.x1, dy: y - e.y1 });
    x += w;
    rowHeight = Math.max(rowHeight, e.y2 - e.y1 + margin);
  }
  return shifts;
}
