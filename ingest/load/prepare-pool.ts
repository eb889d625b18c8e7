import { Worker } from 'node:worker_threads';
import { prepareFile, type PrepareOptions, type PreparedFile } from './prepare-file.ts';

export interface PoolOptions extends PrepareOptions {
  /** Worker threads that read and parse; 0 prepares on the main thread. */
  workers: number;
  /** Files being prepared at once (bounds the memory held ahead of the writes). */
  window: number;
}

/**
 * The files prepared in parallel worker threads and handed back in their order, with at most `window`
 * files in flight: reading and parsing run beside the database writes instead of between them.
 */
export async function* prepareFiles(files: readonly string[], options: PoolOptions): AsyncGenerator<PreparedFile> {
  const prepareOptions: PrepareOptions = { fromJson: options.fromJson };
  if (options.workers <= 0) {
    for (const file of files) yield await prepareFile(file, prepareOptions);
    return;
  }
  const workers = Array.from({ length: options.workers }, () => startWorker(prepareOptions));
  const pending = new Map<number, { resolve: (prepared: PreparedFile) => void; reject: (error: Error) => void }>();
  for (const worker of workers) {
    worker.on('message', (message: { id: number; prepared?: PreparedFile; error?: string }) => {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.prepared) waiting?.resolve(message.prepared);
      else waiting?.reject(new Error(message.error ?? 'worker failed'));
    });
    worker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  }
  const queue: Promise<PreparedFile>[] = [];
  let next = 0;
  const send = () => {
    const id = next++;
    const file = files[id] as string;
    const promise = new Promise<PreparedFile>((resolve, reject) => pending.set(id, { resolve, reject }));
    promise.catch(() => {});
    workers[id % workers.length]?.postMessage({ id, file });
    queue.push(promise);
  };
  try {
    while (next < files.length && queue.length < options.window) send();
    while (queue.length > 0) {
      const prepared = await (queue.shift() as Promise<PreparedFile>);
      if (next < files.length) send();
      yield prepared;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

const workerLimits = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 128 };

function startWorker(options: PrepareOptions): Worker {
  const boot = new URL('./worker-boot.js', import.meta.url);
  const module = new URL('./prepare-worker.ts', import.meta.url).href;
  // Without a limit V8 lets a worker's heap grow far past what it holds (a few files at a time); with one it
  // collects sooner, which keeps the ingest's memory flat whatever the corpus size. 128 MB is still some
  // hundred times the largest resolution.
  const worker = new Worker(boot, { workerData: { module, options }, resourceLimits: workerLimits });
  worker.unref();
  return worker;
}
