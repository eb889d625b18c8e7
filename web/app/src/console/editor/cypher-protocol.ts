// Messages between the editor and the worker that runs Neo4j's Cypher language support off the main
// thread (its parser and semantic analysis take tens to hundreds of milliseconds on a long query).
import type { CypherSchema } from '../../api/types.ts';

export interface Token {
  from: number;
  to: number;
  type: string;
}

export interface Completion {
  label: string;
  kind: number | null;
  detail: string | null;
  insert: string | null;
}

export interface Problem {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  message: string;
}

export type Request =
  | { id: number; kind: 'schema'; schema: CypherSchema }
  | { id: number; kind: 'highlight'; query: string }
  | { id: number; kind: 'complete'; query: string; caret: number; manual: boolean }
  | { id: number; kind: 'lint'; query: string };

export type Answer = { id: number; tokens: Token[] } | { id: number; completions: Completion[] } | { id: number; problems: Problem[] } | { id: number; ok: true } | { id: number; failed: string };
