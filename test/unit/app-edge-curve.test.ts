import { describe, expect, it } from 'vitest';
import { canvasStyle } from '../../web/app/src/canvas/cy-style.ts';
import { edgeCurveFor } from '../../web/app/src/canvas/edge-curve.ts';
import { largeView } from '../../web/app/src/canvas/layout-request.ts';

/** Every property the sheet sets on edges of one type, merged in order, as cytoscape would. */
function edgeLook(curve: 'bezier' | 'haystack', type: string): Record<string, unknown> {
  const rules = canvasStyle(curve).filter((r) => 'selector' in r && (r.selector === 'edge' || r.selector === `edge[type = "${type}"]`));
  return Object.assign({}, ...rules.map((r) => (r as { style: object }).style));
}

describe('how edges are drawn', () => {
  it('is haystack past the large-view size, bezier well below it, and keeps its curve in between', () => {
    expect(edgeCurveFor(largeView + 1, 'bezier')).toBe('haystack');
    expect(edgeCurveFor(40, 'haystack')).toBe('bezier');
    expect(edgeCurveFor(largeView - 10, 'haystack')).toBe('haystack');
    expect(edgeCurveFor(largeView - 10, 'bezier')).toBe('bezier');
  });

  it('draws a large view plainly: haystack lines, solid and opaque, the arrow mid-line', () => {
    const large = edgeLook('haystack', 'CITES');
    expect(large).toMatchObject({ 'curve-style': 'haystack', 'mid-target-arrow-shape': 'triangle', 'line-color': '#5b6b7f' });
    expect(large).not.toHaveProperty('target-arrow-shape');
    expect(large).not.toHaveProperty('line-style');
    expect(large).not.toHaveProperty('line-dash-pattern');
    expect(large).not.toHaveProperty('opacity');
  });

  it('draws a small view with each relationship type in its own line style, the arrow at the cited end', () => {
    expect(edgeLook('bezier', 'CITES')).toMatchObject({ 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.85 });
    expect(edgeLook('bezier', 'REFERS_TO')).toMatchObject({ 'line-style': 'dotted', 'target-arrow-shape': 'vee' });
    expect(edgeLook('bezier', 'CITES')).not.toHaveProperty('mid-target-arrow-shape');
  });
});
