import type { CypherSchema } from '../../api/types.ts';
import type { Answer, Completion, Problem, Request, Token } from './cypher-protocol.ts';

type Ask = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The main thread's side of the language worker: one request, one promise. */
export class CypherLanguageClient {
  #worker = new Worker(new URL('./cypher-worker.ts', import.meta.url), { type: 'module' });
  #next = 1;
  #waiting = new Map<number, (answer: Answer) => void>();

  constructor() {
    this.#worker.onmessage = (event: MessageEvent<Answer>) => {
      const resolve = this.#waiting.get(event.data.id);
      this.#waiting.delete(event.data.id);
      resolve?.(event.data);
    };
  }

  #ask(request: Ask): Promise<Answer> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.#worker.postMessage({ ...request, id });
    });
  }

  async setSchema(schema: CypherSchema): Promise<void> {
    await this.#ask({ kind: 'schema', schema });
  }

  async highlight(query: string): Promise<Token[]> {
    const answer = await this.#ask({ kind: 'highlight', query });
    return 'tokens' in answer ? answer.tokens : [];
  }

  async complete(query: string, caret: number, manual: boolean): Promise<Completion[]> {
    const answer = await this.#ask({ kind: 'complete', query, caret, manual });
    return 'completions' in answer ? answer.completions : [];
  }

  async lint(query: string): Promise<Problem[]> {
    const answer = await this.#ask({ kind: 'lint', query });
    return 'problems' in answer ? answer.problems : [];
  }

  close(): void {
    this.#worker.terminate();
    for (const resolve of this.#waiting.values()) resolve({ id: 0, failed: 'closed' });
    this.#waiting.clear();
  }
}
