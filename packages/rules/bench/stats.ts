/** Summaries of repeated timings, and the machine they were taken on. */
import { cpus, totalmem } from 'node:os';

/** The value at quantile `q` (0–1) of `samples`, by the nearest-rank method. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new RangeError('no samples');
  const sorted = [...samples].sort((x, y) => x - y);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

/**
 * Times `run` after untimed calls (at least `warmUp`, and for at least `warmUpMs`): at least
 * `minRuns`, then until `budgetMs` is spent.
 */
export function measure(
  run: () => unknown,
  options: MeasureOptions = {},
): { readonly median: number; readonly p95: number; readonly runs: number } {
  return measureEach(() => undefined, run, options);
}

/** How long and how often {@link measure} and {@link measureEach} run. */
export interface MeasureOptions {
  readonly warmUp?: number;
  readonly warmUpMs?: number;
  readonly minRuns?: number;
  readonly maxRuns?: number;
  readonly budgetMs?: number;
}

/**
 * As {@link measure}, but each call of `run` is given a new input from `prepare`, made before the
 * clock starts: for timing work on a value the code has never seen (a freshly parsed document,
 * whose per-node caches are empty), not the same one again. The warm-up and the budget are wall
 * time, `prepare` included.
 */
export function measureEach<T>(
  prepare: () => T,
  run: (input: T) => unknown,
  { warmUp = 3, warmUpMs = 0, minRuns = 7, maxRuns = 50, budgetMs = 3000 }: MeasureOptions = {},
): { readonly median: number; readonly p95: number; readonly runs: number } {
  const warming = performance.now();
  for (let i = 0; i < warmUp || performance.now() - warming < warmUpMs; i++) run(prepare());
  const samples: number[] = [];
  const start = performance.now();
  while (
    samples.length < minRuns ||
    (samples.length < maxRuns && performance.now() - start < budgetMs)
  ) {
    const input = prepare();
    const t0 = performance.now();
    run(input);
    samples.push(performance.now() - t0);
  }
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), runs: samples.length };
}

/** One line describing the machine: cores, CPU model, memory, Node version. */
export function machine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  const memory = (totalmem() / 2 ** 30).toFixed(0);
  return `${cores.length} cores (${model}), ${memory} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

/** `12.3 ms`, with precision that suits the size. */
export function ms(value: number): string {
  return value < 10
    ? `${value.toFixed(2)} ms`
    : value < 100
      ? `${value.toFixed(1)} ms`
      : `${value.toFixed(0)} ms`;
}

/**
 * How `y` grows with `x` over a series of measurements: the least-squares slope of log y against
 * log x (1: in proportion; 0: not at all; 0.5: as the square root). Needs two distinct x at least.
 */
export function elasticity(points: readonly { readonly x: number; readonly y: number }[]): number {
  const logs = points.map(({ x, y }) => ({ x: Math.log(x), y: Math.log(y) }));
  const meanX = logs.reduce((sum, p) => sum + p.x, 0) / logs.length;
  const meanY = logs.reduce((sum, p) => sum + p.y, 0) / logs.length;
  const spread = logs.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  if (!(spread > 0)) throw new RangeError('elasticity needs at least two different x');
  return logs.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0) / spread;
}
