/**
 * Where a piscina pool finds its worker module. The module is named relative to the file that
 * starts the pool: in the build that is the compiled `.js` beside it; when the server runs from
 * its TypeScript source (tests, the benchmark) it is the `.ts`, loaded through tsx by
 * `source_worker.mjs`, with the `source` condition so that `@probity/rules` resolves to its source
 * in the thread as it does in the server.
 */

/** The piscina options that load worker module `name` (no extension) beside `callerUrl`. */
export function workerModule(
  callerUrl: string,
  name: string,
): { filename: string; execArgv?: string[]; workerData?: { sourceEntry: string } } {
  if (!callerUrl.endsWith('.ts')) return { filename: new URL(`./${name}.js`, callerUrl).href };
  return {
    filename: new URL('./source_worker.mjs', import.meta.url).href,
    execArgv: ['--conditions=source'],
    workerData: { sourceEntry: new URL(`./${name}.ts`, callerUrl).href },
  };
}
