// The page's side of the layout worker: one worker, started on the first force or hierarchy layout,
// one request at a time (the canvas queues its layouts). `null` means no worker here: lay out on the main thread.
import { decodePositions, type LayoutRequest, type Point } from './layout-request.ts';

/** Longer than any layout should take; a worker that passes it is replaced and the nodes stay where they are. */
const timeoutMs = 300_000;

let worker: Worker | null | undefined;
let seq = 0;
const waiting = new Map<number, { resolve: (positions: Map<string, Point>) => void; reject: (error: Error) => void }>();

function failAll(why: string): void {
  for (const { reject } of waiting.values()) reject(new Error(why));
  waiting.clear();
}

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const created = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event) => {
      const answer = event.data;
      const wait = waiting.get(answer.seq);
      if (!wait) return;
      waiting.delete(answer.seq);
      if ('error' in answer) wait.reject(new Error(answer.error));
      else {
        // For the canvas bench: the layout's own time in the worker, apart from the trip there and back.
        const end = performance.now();
        performance.measure('resograph:worker-layout', { start: end - answer.ms, end });
        wait.resolve(decodePositions(answer.ids, answer.xy));
      }
    };
    // A worker whose script cannot load never answers; from then on every layout runs on the main thread.
    created.onerror = (event) => {
      event.preventDefault();
      created.terminate();
      worker = null;
      failAll(`the layout worker failed: ${event.message || 'its script did not load'}`);
    };
    worker = created;
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts the worker ahead of the first layout, so that layout does not wait for its script to load. */
export function prepareLayoutWorker(): void {
  start();
}

/** Positions for every node of the request, computed in the worker; `null` when this page has no worker. */
export function layoutInWorker(request: Omit<LayoutRequest, 'seq'>): Promise<Map<string, Point>> | null {
  const running = start();
  if (!running) return null;
  const id = ++seq;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      running.terminate();
      if (worker === running) worker = undefined;
      reject(Object.assign(new Error(`the layout worker took longer than ${timeoutMs / 1000} s`), { name: 'TimeoutError' }));
    }, timeoutMs);
    waiting.set(id, {
      resolve: (positions) => {
        clearTimeout(timer);
        resolve(positions);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    running.postMessage({ ...request, seq: id } satisfies LayoutRequest);
  });
}
