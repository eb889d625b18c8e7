import { describe, expect, it } from 'vitest';
import { edgeCurveFor } from '../../web/app/src/canvas/edge-curve.ts';
import { largeView } from '../../web/app/src/canvas/layout-request.ts';

describe('how edges are drawn', () => {
  it('is straight past the large-view size, bezier well below it, and keeps its curve in between', () => {
    expect(edgeCurveFor(largeView + 1, 'bezier')).toBe('straight');
    expect(edgeCurveFor(40, 'straight')).toBe('bezier');
    expect(edgeCurveFor(largeView - 10, 'straight')).toBe('straight');
    expect(edgeCurveFor(largeView - 10, 'bezier')).toBe('bezier');
  });
});
