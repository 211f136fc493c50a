// A worker thread's entry when the server runs from its TypeScript source (tests, the benchmark):
// Node 20 cannot load a .ts module in a worker thread by itself, and loader hooks given by
// `--import tsx` do not reach worker threads, so this plain module loads the one named in
// `workerData.sourceEntry` through tsx's API. The built server never uses this file: its pools
// load the compiled .js modules directly (see worker_module.ts).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport(workerData.sourceEntry, import.meta.url);

export default worker.default;
