// The console's state: the query and its parameters, the last answer or error, the history; a run puts
// the answer's nodes and relationships on the explorer's own canvas.
import * as api from '../api/console-api.ts';
import { ApiRequestError } from '../api/client.ts';
import type { CypherErrorDetails, CypherResponse, CypherSchema } from '../api/types.ts';
import type { Explorer } from '../explorer/explorer.svelte.ts';
import { counted } from '../text/counted.ts';
import type { Example } from './examples.ts';
import { addToHistory, readHistory, readParams, writeHistory, type HistoryEntry } from './query-history.ts';

export type ResultView = 'table' | 'json';

export interface ConsoleError {
  code: string;
  message: string;
  details: CypherErrorDetails | null;
}

export class ConsoleState {
  query = $state('');
  paramsText = $state('{}');
  running = $state(false);
  result = $state.raw<CypherResponse | null>(null);
  error = $state.raw<ConsoleError | null>(null);
  /** What the last run did on the canvas, in a sentence. */
  placed = $state<string | null>(null);
  view = $state<ResultView>('table');
  history = $state.raw<HistoryEntry[]>(readHistory());
  schema = $state.raw<CypherSchema | null>(null);
  schemaError = $state<string | null>(null);
  /** Bumped when an example or a history entry replaces the text, so the editor takes it. */
  loaded = $state(0);
  #controller: AbortController | null = null;

  constructor(readonly explorer: Explorer) {}

  get params() {
    return readParams(this.paramsText);
  }

  async loadSchema(): Promise<void> {
    try {
      this.schema = await api.fetchCypherSchema();
      this.schemaError = null;
    } catch (error) {
      this.schemaError = `Completion from the database is off: ${(error as Error).message}`;
    }
  }

  async run(): Promise<void> {
    const query = this.query.trim();
    const params = this.params;
    if (!query || this.running) return;
    if ('error' in params) {
      this.error = { code: 'bad-params', message: params.error, details: null };
      return;
    }
    this.#controller = new AbortController();
    this.running = true;
    this.error = null;
    this.placed = null;
    try {
      const result = await api.runCypher(query, params.params, this.#controller.signal);
      this.result = result;
      const before = this.explorer.graph.nodes.size;
      const added = this.explorer.addElements(result.elements, null, true);
      this.placed = describePlacement(result, added.length, before);
      this.explorer.say(`${counted(result.summary.rowCount, 'row')}. ${this.placed}`);
      this.#remember(query, result.summary.truncated ? `${result.summary.rowCount}+ rows` : counted(result.summary.rowCount, 'row'));
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      const details = error instanceof ApiRequestError ? ((error.details as CypherErrorDetails | undefined) ?? null) : null;
      this.error = { code: error instanceof ApiRequestError ? error.code : 'failed', message: (error as Error).message, details };
      this.explorer.say(`The query failed: ${(error as Error).message}`);
      this.#remember(query, this.error.code === 'timeout' ? 'stopped by the time limit' : 'failed');
    } finally {
      this.running = false;
      this.#controller = null;
    }
  }

  /** Stops waiting for the answer; the server's time limit ends the query itself. */
  cancel(): void {
    this.#controller?.abort();
    this.running = false;
  }

  load(entry: Pick<Example, 'query'> & { params: Record<string, unknown> | string }): void {
    this.query = entry.query;
    this.paramsText = typeof entry.params === 'string' ? entry.params : JSON.stringify(entry.params, null, 2);
    this.loaded += 1;
  }

  clearHistory(): void {
    this.history = [];
    writeHistory(this.history);
  }

  #remember(query: string, outcome: string): void {
    this.history = addToHistory(this.history, { query, params: this.paramsText.trim() || '{}', at: new Date().toISOString(), outcome });
    writeHistory(this.history);
  }
}

function describePlacement(result: CypherResponse, added: number, before: number): string {
  const { nodes, edges } = result.elements;
  if (!nodes.length) return 'Nothing in the answer can be drawn on the canvas.';
  const what = `${nodes.length} ${nodes.length === 1 ? 'node' : 'nodes'} and ${edges.length} ${edges.length === 1 ? 'relationship' : 'relationships'}`;
  if (!before) return `${what} on the canvas.`;
  return `${what}: ${added} new on the canvas.`;
}
