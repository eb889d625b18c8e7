// Overlap removal: each node with its label below it is a box. Nodes are set down one by one, the most
// connected first, each at the free spot nearest where the layout wanted it, searched ring by ring on a
// grid of small cells that records what is taken. No two boxes overlap afterwards, whatever the crowd.

export interface Box {
  /** Width and height of the node with its label (the label hangs below the node). */
  w: number;
  h: number;
  /** How far the box's centre lies below the node's centre. */
  dy: number;
}

/** Space kept clear around each box. */
const gap = 6;
const cell = 8;

/**
 * Moves the nodes (x, y interleaved in `xy`) so that no boxes overlap, each as little as it can; `order` lists
 * the nodes in the order they are set down (the first keep their places).
 */
export function removeOverlaps(xy: Float64Array, boxes: readonly Box[], order: readonly number[]): void {
  const n = boxes.length;
  if (n < 2) return;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let area = 0;
  for (let i = 0; i < n; i++) {
    x1 = Math.min(x1, xy[2 * i]!);
    x2 = Math.max(x2, xy[2 * i]!);
    y1 = Math.min(y1, xy[2 * i + 1]!);
    y2 = Math.max(y2, xy[2 * i + 1]!);
    area += (boxes[i]!.w + gap) * (boxes[i]!.h + gap);
  }
  // Room around the drawing for a crowd that has to spill outwards: as much as all the boxes take, each way.
  const pad = Math.sqrt(area) + 200;
  const ox = x1 - pad;
  const oy = y1 - pad;
  const cols = Math.ceil((x2 - x1 + 2 * pad) / cell);
  const rows = Math.ceil((y2 - y1 + 2 * pad) / cell);
  const taken = new Uint8Array(cols * rows);
  for (const i of order) {
    const b = boxes[i]!;
    const wc = Math.ceil((b.w + gap) / cell);
    const hc = Math.ceil((b.h + gap) / cell);
    // The box's top-left cell when its centre is at the wanted place.
    const want = { c: Math.round((xy[2 * i]! - ox - b.w / 2) / cell), r: Math.round((xy[2 * i + 1]! + b.dy - oy - b.h / 2) / cell) };
    const spot = nearestFree(taken, cols, rows, want, wc, hc);
    for (let r = spot.r; r < spot.r + hc; r++) taken.fill(1, r * cols + spot.c, r * cols + spot.c + wc);
    xy[2 * i] = xy[2 * i]! + (spot.c - want.c) * cell;
    xy[2 * i + 1] = xy[2 * i + 1]! + (spot.r - want.r) * cell;
  }
}

/** The free w-by-h run of cells nearest `want`, looked for on square rings of growing size. */
function nearestFree(taken: Uint8Array, cols: number, rows: number, want: { c: number; r: number }, w: number, h: number): { c: number; r: number } {
  const fits = (c: number, r: number) => {
    if (c < 0 || r < 0 || c + w > cols || r + h > rows) return false;
    // The middle cell first: in a crowd it is the one most likely taken.
    if (taken[(r + (h >> 1)) * cols + c + (w >> 1)]) return false;
    for (let y = r; y < r + h; y++) {
      const row = y * cols;
      for (let x = c; x < c + w; x++) if (taken[row + x]) return false;
    }
    return true;
  };
  if (fits(want.c, want.r)) return want;
  let bestC = want.c;
  let bestR = want.r;
  const limit = Math.max(cols, rows);
  for (let ring = 1; ring < limit; ring++) {
    let bestDistance = Infinity;
    const consider = (c: number, r: number) => {
      const distance = (c - want.c) ** 2 + (r - want.r) ** 2;
      if (distance < bestDistance && fits(c, r)) {
        bestC = c;
        bestR = r;
        bestDistance = distance;
      }
    };
    for (let d = -ring; d <= ring; d++) {
      consider(want.c + d, want.r - ring);
      consider(want.c + d, want.r + ring);
      if (d === -ring || d === ring) continue;
      consider(want.c - ring, want.r + d);
      consider(want.c + ring, want.r + d);
    }
    if (bestDistance < Infinity) return { c: bestC, r: bestR };
  }
  return want;
}
