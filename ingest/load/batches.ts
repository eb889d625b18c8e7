export interface BatchLimits {
  /** Most documents in one transaction. */
  maxDocuments: number;
  /** Most weight (roughly bytes of rows) in one transaction; a heavier single document still goes alone. */
  maxWeight: number;
  /**
   * Most documents in the first batch, doubling with each batch after it up to maxDocuments: the server
   * starts on a small first batch while the next ones are parsed, instead of waiting for a full one.
   */
  firstDocuments?: number;
}

export const defaultBatchLimits: Readonly<BatchLimits> = Object.freeze({ maxDocuments: 1000, maxWeight: 8 * 1024 * 1024, firstDocuments: 50 });

/**
 * Groups a stream into batches of whole items, never splitting one: a batch closes when the next item
 * would pass a limit, or repeat a key already in it (so one transaction never writes a symbol twice).
 */
export async function* toBatches<T>(
  items: AsyncIterable<T> | Iterable<T>,
  measure: (item: T) => { key: string; weight: number },
  limits: BatchLimits = defaultBatchLimits,
): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let weight = 0;
  let keys = new Set<string>();
  let maxDocuments = Math.min(limits.firstDocuments ?? limits.maxDocuments, limits.maxDocuments);
  for await (const item of items) {
    const size = measure(item);
    const full = batch.length >= maxDocuments || (batch.length > 0 && weight + size.weight > limits.maxWeight) || keys.has(size.key);
    if (full && batch.length > 0) {
      yield batch;
      maxDocuments = Math.min(2 * maxDocuments, limits.maxDocuments);
      batch = [];
      weight = 0;
      keys = new Set();
    }
    batch.push(item);
    weight += size.weight;
    keys.add(size.key);
  }
  if (batch.length > 0) yield batch;
}
