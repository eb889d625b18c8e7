import { getJson, postJson } from './client.ts';
import type { CypherResponse, CypherSchema } from './types.ts';

export function runCypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CypherResponse> {
  return postJson<CypherResponse>('/api/cypher', { query, params }, signal);
}

export function fetchCypherSchema(signal?: AbortSignal): Promise<CypherSchema> {
  return getJson<CypherSchema>('/api/cypher/schema', signal);
}
