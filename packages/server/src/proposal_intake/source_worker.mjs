// The proposal worker when the server runs from its TypeScript source (tests, the benchmark):
// Node 20 cannot load proposal_worker.ts in a worker thread by itself, and loader hooks given by
// `--import tsx` do not reach worker threads, so this plain module loads it through tsx's API.
// The built server never uses this file: it runs dist/proposal_intake/proposal_worker.js.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./proposal_worker.ts', import.meta.url);

export default worker.default;
