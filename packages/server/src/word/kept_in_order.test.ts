import { describe, expect, it } from 'vitest';
import { keptInOrder } from './kept_in_order.js';

describe('keptInOrder', () => {
  it('keeps everything when nothing moved', () => {
    expect([...keptInOrder(['a', 'b', 'c'], ['a', 'b', 'c'])]).toEqual(['c', 'b', 'a']);
  });

  it('leaves out a block moved against the others, and blocks only on one side', () => {
    expect(new Set(keptInOrder(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b', 'new']))).toEqual(
      new Set(['a', 'c', 'd']),
    );
    expect(new Set(keptInOrder(['a', 'gone', 'b'], ['a', 'b']))).toEqual(new Set(['a', 'b']));
  });

  it('keeps the longest run when the order is reversed in part', () => {
    expect(keptInOrder(['a', 'b', 'c', 'd', 'e'], ['e', 'a', 'b', 'c', 'd']).size).toBe(4);
    expect(keptInOrder([], ['a']).size).toBe(0);
  });
});
