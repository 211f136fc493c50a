/**
 * Where `classify`'s time goes: a CPU profile of repeated calls (V8's sampling profiler, through
 * `node:inspector`), summed by function into self time, so the benchmark report can say which
 * functions to look at first.
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';

/** A function and the share of the profiled time spent in its own code. */
export interface Hotspot {
  readonly name: string;
  readonly location: string;
  readonly selfMs: number;
  readonly share: number;
}

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
}

// A package's files by package name (`prosemirror-model/dist/index.js`), ours from the package root.
function shortPath(url: string, root: string): string {
  if (!url.startsWith('file://')) return url;
  const path = new URL(url).pathname;
  const inModules = path.lastIndexOf('node_modules/');
  return inModules >= 0 ? path.slice(inModules + 'node_modules/'.length) : relative(root, path);
}

// The profiler's own work (stopping it and handing the profile over, under `node:inspector`'s
// `post`) is sampled too; leave it out.
function profilerOwnNodes(nodes: readonly ProfileNode[]): Set<number> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const own = new Set<number>();
  const mark = (id: number): void => {
    if (own.has(id)) return;
    own.add(id);
    for (const child of byId.get(id)?.children ?? []) mark(child);
  };
  for (const node of nodes) if (node.callFrame.url === 'node:inspector') mark(node.id);
  return own;
}

/** Profiles `runs` calls of `run` and returns the `top` functions by self time. */
export async function hotspots(
  run: () => unknown,
  runs: number,
  root: string,
  top = 8,
): Promise<Hotspot[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < runs; i++) run();
    const { profile } = await session.post('Profiler.stop');
    const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
    const profiler = profilerOwnNodes(profile.nodes as ProfileNode[]);
    const self = new Map<string, { name: string; location: string; us: number }>();
    let total = 0;
    (profile.samples ?? []).forEach((id, index) => {
      const node = nodes.get(id);
      const us = profile.timeDeltas?.[index] ?? 0;
      if (!node || profiler.has(id)) return;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') return;
      total += us;
      const file = shortPath(url, root);
      const key = `${functionName}@${file}:${lineNumber + 1}`;
      const entry = self.get(key) ?? {
        name: functionName || '(anonymous)',
        // tsx compiles our TypeScript on load, so its line numbers are not the source's.
        location: file === '' ? '' : file.endsWith('.ts') ? file : `${file}:${lineNumber + 1}`,
        us: 0,
      };
      entry.us += us;
      self.set(key, entry);
    });
    return [...self.values()]
      .sort((x, y) => y.us - x.us)
      .slice(0, top)
      .map((entry) => ({
        name: entry.name,
        location: entry.location,
        selfMs: entry.us / 1000 / runs,
        share: total > 0 ? entry.us / total : 0,
      }));
  } finally {
    await session.post('Profiler.disable');
    session.disconnect();
  }
}
