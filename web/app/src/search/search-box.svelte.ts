import { searchNodes } from '../api/explorer-api.ts';
import type { SearchResult } from '../api/types.ts';

/** The search box's state: debounced queries, the newest answer wins, arrow keys move through results. */
export class SearchState {
  query = $state('');
  results = $state.raw<SearchResult[]>([]);
  active = $state(-1);
  open = $state(false);
  loading = $state(false);
  error = $state<string | null>(null);
  /** The query the current results answer, so "no results" names it. */
  answered = $state('');
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  /** Enter pressed while the answer to the newest query was on its way: choose its first result when it comes. */
  #chooseWhenReady = false;

  constructor(
    private readonly onchoose: (result: SearchResult) => void,
    private readonly delay = 200,
  ) {}

  /** Enter: the highlighted result, or, while a newer query runs, that query's first result. */
  enter(): void {
    if (this.loading) {
      this.#chooseWhenReady = true;
      return;
    }
    const result = this.results[this.active];
    if (result) this.choose(result);
  }

  choose(result: SearchResult): void {
    this.#chooseWhenReady = false;
    this.open = false;
    this.onchoose(result);
  }

  input(value: string): void {
    this.query = value;
    this.#chooseWhenReady = false;
    clearTimeout(this.#timer);
    if (value.trim().length === 0) {
      this.#controller?.abort();
      this.results = [];
      this.open = false;
      this.loading = false;
      return;
    }
    this.loading = true;
    this.#timer = setTimeout(() => void this.run(value.trim()), this.delay);
  }

  async run(q: string): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    try {
      const results = await searchNodes(q, controller.signal);
      if (controller.signal.aborted) return;
      this.results = results;
      this.answered = q;
      this.active = results.length ? 0 : -1;
      this.error = null;
      this.open = true;
      if (this.#chooseWhenReady && results[0]) this.choose(results[0]);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      this.results = [];
      this.error = (error as Error).message;
      this.open = true;
    } finally {
      if (this.#controller === controller) this.loading = false;
    }
  }

  move(step: number): void {
    if (!this.results.length) return;
    this.open = true;
    this.active = (this.active + step + this.results.length) % this.results.length;
  }

  close(): void {
    this.open = false;
  }
}
