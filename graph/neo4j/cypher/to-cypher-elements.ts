import type { CypherNode, CypherRelationship } from '../../model/cypher.ts';
import type { EdgeElement, Elements, NodeElement } from '../../model/elements.ts';
import { toEdgeData, toNodeData, toNodeRow, toPlain, uniqueById } from '../queries/elements.ts';
import type { GraphValues } from './to-cypher-value.ts';

/** Gathers the nodes and relationships met anywhere in an answer, once each, by element id. */
export class GraphCollector implements GraphValues {
  readonly nodes = new Map<string, CypherNode>();
  readonly relationships = new Map<string, CypherRelationship[]>();

  node(node: CypherNode): void {
    if (!this.nodes.has(node.elementId)) this.nodes.set(node.elementId, node);
  }

  relationship(relationship: CypherRelationship): void {
    const copies = this.relationships.get(relationship.elementId);
    if (copies) copies.push(relationship);
    else this.relationships.set(relationship.elementId, [relationship]);
  }

  /** Element ids of relationship ends that the answer did not hold itself. */
  missingEnds(): string[] {
    const missing = new Set<string>();
    for (const [first] of this.relationships.values()) {
      if (!first) continue;
      for (const end of [first.start, first.end]) if (!this.nodes.has(end)) missing.add(end);
    }
    return [...missing];
  }

  /**
   * The canvas elements, made by the explorer's one mapper so they look and merge like the others.
   * Each relationship in the rows learns its canvas id here (`element`), once its ends are known.
   */
  toElements(): { elements: Elements; undrawable: number } {
    const nodes: NodeElement[] = [];
    const edges: EdgeElement[] = [];
    let undrawable = 0;
    for (const node of this.nodes.values()) {
      if (node.element === null) undrawable += 1;
      else nodes.push({ data: toNodeData(toNodeRow(node.element, node.labels, plainProperties(node))) });
    }
    for (const copies of this.relationships.values()) {
      const first = copies[0];
      const source = first && this.nodes.get(first.start)?.element;
      const target = first && this.nodes.get(first.end)?.element;
      if (!first || !source || !target) {
        undrawable += 1;
        continue;
      }
      const data = toEdgeData({ type: first.type, source, target, props: plainProperties(first) });
      for (const copy of copies) copy.element = data.id;
      edges.push({ data });
    }
    return { elements: { nodes: uniqueById(nodes), edges: uniqueById(edges) }, undrawable };
  }
}

// The mapper reads plain values; tagged ones (Integers, dates) are turned back into text or numbers.
function plainProperties(value: CypherNode | CypherRelationship): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value.properties).map(([key, item]) => [key, untag(item)]));
}

function untag(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untag);
  if (value && typeof value === 'object' && '$type' in value) {
    const tagged = value as { $type: string; value?: unknown };
    return tagged.$type === 'Float' || tagged.$type === 'Integer' ? Number(tagged.value) : typeof tagged.value === 'string' ? tagged.value : toPlain(tagged);
  }
  return value;
}
