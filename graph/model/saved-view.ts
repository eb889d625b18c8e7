import { z } from 'zod';
import { EdgeType, NodeType } from './elements.ts';

// A saved view: what a permalink holds (nodes, layout, filters, selection) plus what a link cannot carry,
// the positions the user arranged, pins, zoom and pan. Stored under a short id made from its content.

const finite = z.number().finite();
const Point = z.object({ x: finite, y: finite });

export const LayoutName = z.enum(['fcose', 'dagre', 'chronological']);
export type LayoutName = z.infer<typeof LayoutName>;

const year = z.number().int().min(1000).max(9999).nullable();
const nodeId = z.string().min(1).max(500);

export const SavedView = z
  .object({
    nodes: z.array(nodeId).min(1, 'nodes: a saved view holds at least one node').max(5000),
    selected: nodeId.nullable(),
    layout: LayoutName,
    lanes: z.enum(['body', 'agendaItem']).default('body'),
    filters: z.object({
      hiddenTypes: z.array(NodeType),
      hiddenRelations: z.array(EdgeType),
      fromYear: year,
      toYear: year,
    }),
    pinned: z.array(nodeId).max(5000),
    positions: z.record(nodeId, Point),
    zoom: z.number().positive().finite(),
    pan: Point,
  })
  .strict();
export type SavedView = z.infer<typeof SavedView>;

/** Ten characters of URL-safe base64: short enough to read out, long enough never to collide by chance. */
export const SavedViewId = z.string().regex(/^[A-Za-z0-9_-]{10}$/, 'id: ten letters, digits, - or _');
export type SavedViewId = z.infer<typeof SavedViewId>;

export const SavedViewParams = z.object({ id: SavedViewId });
export const SavedViewCreated = z.object({ id: SavedViewId, path: z.string() });
export type SavedViewCreated = z.infer<typeof SavedViewCreated>;
