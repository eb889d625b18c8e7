import { Worker } from 'node:worker_threads';
import { prepareFailed, prepareParts, type PrepareOptions, type PreparedPart } from './prepare-file.ts';

export interface PoolOptions extends PrepareOptions {
  /** Worker threads that read and parse; 0 prepares on the main thread. */
  workers: number;
  /** Files being prepared at once (bounds the memory held ahead of the writes). */
  window: number;
  /** Parts of one file made ahead of the one being written. */
  ahead?: number;
}

/** Messages to a worker: start a file with some credit, or one more credit for a file's next part. */
export type ToPool = { type: 'start'; id: number; file: string; credit: number } | { type: 'credit'; id: number };

interface Slot {
  id: number;
  file: string;
  worker: number;
  parts: PreparedPart[];
  wake?: () => void;
}

/**
 * The files' parts prepared in parallel worker threads and handed back in the files' order, with at most
 * `window` files in flight and, for each, at most `ahead` parts made before they are asked for: reading
 * and parsing run beside the database writes, and memory stays bounded however large a file is. A worker
 * that dies fails only the files it had in flight; a new one takes its place.
 */
export async function* prepareFiles(files: readonly string[], options: PoolOptions): AsyncGenerator<PreparedPart> {
  const { workers: count, window, ahead = 2, ...prepareOptions } = options;
  if (count <= 0) {
    for (const file of files) yield* prepareParts(file, prepareOptions);
    return;
  }
  const slots = new Map<number, Slot>();
  const deliver = (slot: Slot, part: PreparedPart) => {
    slot.parts.push(part);
    slot.wake?.();
  };
  const workers: Worker[] = [];
  const spawn = (index: number) => {
    const worker = startWorker(prepareOptions);
    worker.on('message', (message: { id: number; part: PreparedPart }) => {
      const slot = slots.get(message.id);
      if (slot) deliver(slot, message.part);
    });
    const died = (error: Error) => {
      if (workers[index] !== worker) return;
      for (const slot of slots.values()) {
        if (slot.worker !== index || slot.parts.at(-1)?.last) continue;
        deliver(slot, { file: slot.file, documents: [], issues: [prepareFailed(slot.file, error)], last: true, bytesRead: 0 });
      }
      if (!stopping) spawn(index);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the worker preparing it stopped (exit code ${code})`)));
    workers[index] = worker;
  };
  let stopping = false;
  for (let index = 0; index < count; index++) spawn(index);

  const order: Slot[] = [];
  let next = 0;
  const start = () => {
    const id = next++;
    const slot: Slot = { id, file: files[id] as string, worker: id % count, parts: [] };
    slots.set(id, slot);
    order.push(slot);
    workers[slot.worker]?.postMessage({ type: 'start', id, file: slot.file, credit: ahead } satisfies ToPool);
  };
  try {
    while (next < files.length && order.length < window) start();
    while (order.length > 0) {
      const slot = order[0] as Slot;
      while (slot.parts.length === 0) await new Promise<void>((resolve) => (slot.wake = resolve));
      slot.wake = undefined;
      const part = slot.parts.shift() as PreparedPart;
      if (part.last) {
        order.shift();
        slots.delete(slot.id);
        if (next < files.length) start();
      } else {
        workers[slot.worker]?.postMessage({ type: 'credit', id: slot.id } satisfies ToPool);
      }
      yield part;
    }
  } finally {
    stopping = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

const workerLimits = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 128 };

function startWorker(options: PrepareOptions): Worker {
  const boot = new URL('./worker-boot.js', import.meta.url);
  const module = new URL('./prepare-worker.ts', import.meta.url).href;
  // Without a limit V8 lets a worker's heap grow far past what it holds (a few parts at a time); with one it
  // collects sooner, which keeps the ingest's memory flat whatever the corpus size. 128 MB is still some
  // hundred times the largest resolution.
  const worker = new Worker(boot, { workerData: { module, options }, resourceLimits: workerLimits });
  worker.unref();
  return worker;
}
