// Worker thread: prepares the files the main thread sends, so that parsing runs beside the writes.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareFile, type PrepareOptions } from './prepare-file.ts';

const options = (workerData as { options: PrepareOptions }).options;

parentPort?.on('message', (message: { id: number; file: string }) => {
  void prepareFile(message.file, options).then((prepared) => parentPort?.postMessage({ id: message.id, prepared }));
});
