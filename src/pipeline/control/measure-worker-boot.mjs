// Worker threads do not inherit tsx's loader from the command line: register it, then load the
// TypeScript module the parent named.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
