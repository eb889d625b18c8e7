// Which rows of a long list are in the DOM: those in view and a margin either side. A view of thousands of nodes
// would otherwise build thousands of rows (and lay them out) before its canvas is first drawn.

/** Lists up to this long are rendered whole: cheap enough, and every row stays findable in the page. */
export const wholeListUpTo = 150;
/** Rows kept either side of those in view, so a quick scroll does not show blank space. */
export const overscan = 20;

export interface RowWindow {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

export function rowWindow(count: number, scrollTop: number, viewportHeight: number, rowHeight: number): RowWindow {
  if (count <= wholeListUpTo || !(rowHeight > 0)) return { start: 0, end: count };
  const first = Math.min(count, Math.max(0, Math.floor(scrollTop / rowHeight)));
  const inView = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count, first + inView + overscan) };
}

/** The scroll position that brings a row into view, moving as little as possible; the current one if it is in view. */
export function scrollToRow(index: number, rowHeight: number, scrollTop: number, viewportHeight: number, offset = 0): number {
  const top = offset + index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}
