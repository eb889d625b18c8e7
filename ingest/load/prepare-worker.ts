// Worker thread: prepares the files the main thread sends, part by part, so that parsing runs beside the
// writes. A file's parts are made only as far ahead as the main thread has given credit for, so a large
// file never piles up in memory on either side.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareParts, type PrepareOptions, type PreparedPart } from './prepare-file.ts';
import type { ToPool } from './prepare-pool.ts';

const { options } = workerData as { options: PrepareOptions };

interface Job {
  parts: AsyncGenerator<PreparedPart>;
  credit: number;
  running: boolean;
}

const jobs = new Map<number, Job>();

async function pump(id: number, job: Job): Promise<void> {
  job.running = true;
  while (job.credit > 0) {
    job.credit -= 1;
    const next = await job.parts.next();
    if (next.done) break;
    parentPort?.postMessage({ id, part: next.value });
    if (next.value.last) {
      jobs.delete(id);
      break;
    }
  }
  job.running = false;
}

parentPort?.on('message', (message: ToPool) => {
  if (message.type === 'start') {
    const job: Job = { parts: prepareParts(message.file, options), credit: message.credit, running: false };
    jobs.set(message.id, job);
    void pump(message.id, job);
    return;
  }
  const job = jobs.get(message.id);
  if (!job) return;
  job.credit += 1;
  if (!job.running) void pump(message.id, job);
});
