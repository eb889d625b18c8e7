// Entry of a worker thread: TypeScript modules load through tsx, as in bin/resograph.js.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
