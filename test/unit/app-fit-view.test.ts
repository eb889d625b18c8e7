import { describe, expect, it } from 'vitest';
import { fitView } from '../../web/app/src/canvas/fit-view.ts';

const canvas = { width: 1000, height: 600 };
const zoomRange = { min: 0.08, max: 1.2 };

describe('fitting nodes in the canvas', () => {
  it('puts the nodes, with their sizes, inside the canvas less the padding, centred, along the tighter side', () => {
    const nodes = [{ x: -1000, y: -200, w: 40, h: 40 }, { x: 3000, y: 500, w: 20, h: 20 }, { x: 1000, y: 100, w: 54, h: 54 }];
    const view = fitView(nodes, canvas, 50, zoomRange)!;
    const on = (x: number, y: number) => ({ x: x * view.zoom + view.pan.x, y: y * view.zoom + view.pan.y });
    // Width 4,030 (-1,020 to 3,010) into 900 pixels; height 730 would allow more.
    expect(view.zoom).toBeCloseTo(900 / 4030, 6);
    expect(on(-1020, 0).x).toBeCloseTo(50, 6);
    expect(on(3010, 0).x).toBeCloseTo(950, 6);
    const top = on(0, -220).y;
    const bottom = on(0, 510).y;
    expect((top + bottom) / 2).toBeCloseTo(300, 6);
    expect(top).toBeGreaterThan(50);
  });

  it('never zooms past the limits: a few nodes stay at a readable size, a huge view at the smallest zoom', () => {
    const few = fitView([{ x: 0, y: 0, w: 30, h: 30 }, { x: 60, y: 0, w: 30, h: 30 }], canvas, 50, zoomRange)!;
    expect(few.zoom).toBe(1.2);
    expect(few.pan.x + 30 * few.zoom).toBeCloseTo(500, 6);
    expect(fitView([{ x: 0, y: 0, w: 30, h: 30 }, { x: 1e6, y: 0, w: 30, h: 30 }], canvas, 50, zoomRange)!.zoom).toBe(0.08);
  });

  it('fits one node, and nothing when there is nothing', () => {
    expect(fitView([{ x: 5, y: 5, w: 30, h: 30 }], canvas, 50, zoomRange)).toEqual({ zoom: 1.2, pan: { x: 500 - 6, y: 300 - 6 } });
    expect(fitView([], canvas, 50, zoomRange)).toBeNull();
  });
});
