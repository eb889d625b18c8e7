/// <reference lib="webworker" />
import { autocomplete, highlightSyntax, lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import type { CypherSchema } from '../../api/types.ts';
import type { Answer, Completion, Problem, Request, Token } from './cypher-protocol.ts';

let schema: DbSchema = {};

/** The console's schema in the shape Neo4j's language support reads; the database speaks Cypher 5. */
function toDbSchema(live: CypherSchema): DbSchema {
  const byName = <T extends { name: string }>(items: T[]) => Object.fromEntries(items.map((item) => [item.name, item]));
  return {
    labels: live.labels,
    relationshipTypes: live.relationshipTypes,
    propertyKeys: live.propertyKeys,
    procedures: { 'CYPHER 5': byName(live.procedures) as never },
    functions: { 'CYPHER 5': byName(live.functions) as never },
    defaultLanguage: 'CYPHER 5',
  };
}

function highlight(query: string): Token[] {
  return highlightSyntax(query).map((token) => ({ from: token.position.startOffset, to: token.position.startOffset + token.length, type: String(token.tokenType) }));
}

function complete(query: string, caret: number, manual: boolean): Completion[] {
  return autocomplete(query, schema, { caretPosition: caret, manual }).map((item) => ({
    label: item.label,
    kind: item.kind ?? null,
    detail: item.detail ?? item.signature ?? null,
    // Snippets (path templates) are inserted as their label, which is already valid Cypher.
    insert: typeof item.insertText === 'string' && item.insertTextFormat !== 2 ? item.insertText : null,
  }));
}

function lint(query: string): Problem[] {
  return lintCypherQuery(query, schema).diagnostics.map((d) => ({
    from: d.offsets.start,
    to: Math.max(d.offsets.end, d.offsets.start),
    severity: d.severity === 1 ? 'error' : 'warning',
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

function answer(request: Request): Answer {
  switch (request.kind) {
    case 'schema':
      schema = toDbSchema(request.schema);
      return { id: request.id, ok: true };
    case 'highlight':
      return { id: request.id, tokens: highlight(request.query) };
    case 'complete':
      return { id: request.id, completions: complete(request.query, request.caret, request.manual) };
    case 'lint':
      return { id: request.id, problems: lint(request.query) };
  }
}

// Requests wait in a queue; of several of one kind, only the newest is worked on (the editor has
// moved on from the others, which are answered empty), so typing never builds up a backlog.
const queue: Request[] = [];
let scheduled = false;

function drain(): void {
  scheduled = false;
  const request = queue.shift();
  if (request) {
    const superseded = request.kind !== 'schema' && queue.some((later) => later.kind === request.kind);
    let reply: Answer;
    try {
      reply = superseded ? { id: request.id, failed: 'superseded' } : answer(request);
    } catch (error) {
      reply = { id: request.id, failed: (error as Error).message };
    }
    (self as unknown as Worker).postMessage(reply);
  }
  // One request a turn, so messages that came meanwhile are in the queue before the next is chosen.
  if (queue.length && !scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
}

self.onmessage = (event: MessageEvent<Request>) => {
  queue.push(event.data);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
};
