import type { NodeData } from '../api/types.ts';

// One collator for the whole sort: String.localeCompare sets one up on every call.
const labels = new Intl.Collator();

/** The list's order: newest first (dates are ISO text, so plain comparison orders them), then by label. */
export function listOrder(nodes: Iterable<NodeData>): NodeData[] {
  return [...nodes].sort((a, b) => {
    const da = a.date ?? '';
    const db = b.date ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return labels.compare(a.label, b.label);
  });
}
