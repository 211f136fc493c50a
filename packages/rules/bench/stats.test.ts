import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';
import { elasticity, measure, measureEach, quantile } from './stats.js';

describe('quantile', () => {
  it('takes the nearest rank, whatever the order of the samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(quantile(samples, 0.5)).toBe(5);
    expect(quantile(samples, 0.95)).toBe(10);
    expect(quantile(samples, 0)).toBe(1);
    expect(quantile([42], 0.95)).toBe(42);
  });

  it('refuses an empty list', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe('measure', () => {
  it('warms up, then runs at least the minimum and at most the maximum', () => {
    let calls = 0;
    const result = measure(() => calls++, { warmUp: 2, minRuns: 3, maxRuns: 5, budgetMs: 10_000 });
    expect(result.runs).toBe(5);
    expect(calls).toBe(7);
    expect(result.p95).toBeGreaterThanOrEqual(result.median);
  });

  it('keeps warming up until the warm-up time is spent', () => {
    let calls = 0;
    const busy = () => {
      calls++;
      const start = performance.now();
      while (performance.now() - start < 1);
    };
    measure(busy, { warmUp: 1, warmUpMs: 20, minRuns: 1, maxRuns: 1 });
    expect(calls).toBeGreaterThan(5);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const first = createRandom(1);
    const second = createRandom(1);
    const draws = Array.from({ length: 100 }, () => first.between(3, 7));
    expect(Array.from({ length: 100 }, () => second.between(3, 7))).toEqual(draws);
    expect(new Set(draws)).toEqual(new Set([3, 4, 5, 6, 7]));
  });

  it('draws weighted keys in proportion to their weights', () => {
    const random = createRandom(2);
    const counts = { rare: 0, common: 0 };
    for (let i = 0; i < 2000; i++) counts[random.weighted({ rare: 1, common: 9 })]++;
    expect(counts.rare).toBeGreaterThan(100);
    expect(counts.rare).toBeLessThan(300);
  });
});

describe('elasticity', () => {
  it('is the power by which y grows with x', () => {
    const series = (power: number) => [1, 10, 50, 200].map((x) => ({ x, y: 3 * x ** power }));
    expect(elasticity(series(1))).toBeCloseTo(1, 10);
    expect(elasticity(series(0.5))).toBeCloseTo(0.5, 10);
    expect(elasticity(series(0))).toBeCloseTo(0, 10);
  });

  it('fits noisy points by least squares on the logs', () => {
    expect(
      elasticity([
        { x: 1, y: 1 },
        { x: 10, y: 20 },
        { x: 100, y: 100 },
      ]),
    ).toBeCloseTo(1, 10);
  });

  it('refuses a series with a single x', () => {
    expect(() =>
      elasticity([
        { x: 5, y: 1 },
        { x: 5, y: 2 },
      ]),
    ).toThrow(RangeError);
  });
});

describe('measureEach', () => {
  it('gives every call a new input of its own', () => {
    let made = 0;
    const seen: number[] = [];
    const result = measureEach(
      () => ++made,
      (input) => seen.push(input),
      { warmUp: 2, minRuns: 3, maxRuns: 4, budgetMs: 10_000 },
    );
    expect(result.runs).toBe(4);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
