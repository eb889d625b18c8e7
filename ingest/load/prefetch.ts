/**
 * Runs a source up to `ahead` items in front of its consumer, so that reading and parsing the next batch
 * overlaps with writing this one; never more than `ahead` items wait in memory.
 */
export async function* prefetch<T>(source: AsyncIterable<T>, ahead: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const queue: Promise<IteratorResult<T>>[] = [];
  const fill = () => {
    while (queue.length < ahead) {
      const next = iterator.next();
      // Handled when its turn comes; until then a failure must not count as unhandled.
      next.catch(() => {});
      queue.push(next);
    }
  };
  try {
    fill();
    while (true) {
      const next = await queue.shift();
      if (!next || next.done) return;
      fill();
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}
