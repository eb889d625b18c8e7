/** A bounded undo stack of immutable snapshots. */
export class History<T> {
  #past: T[] = [];
  constructor(private readonly limit = 50) {}

  push(snapshot: T): void {
    this.#past.push(snapshot);
    if (this.#past.length > this.limit) this.#past.shift();
  }

  pop(): T | undefined {
    return this.#past.pop();
  }

  get size(): number {
    return this.#past.length;
  }
}
