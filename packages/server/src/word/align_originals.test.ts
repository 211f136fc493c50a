import { describe, expect, it } from 'vitest';
import { alignOriginals } from './align_originals.js';

describe('alignOriginals', () => {
  it('ties equal sequences one to one', () => {
    expect(alignOriginals(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([0, 1, 2]);
  });

  it('ties a paragraph edited with Track Changes off to the block in its place', () => {
    expect(alignOriginals(['a', 'B!', 'c'], ['a', 'b', 'c'])).toEqual([0, 1, 2]);
  });

  it('leaves a paragraph added with Track Changes off untied, and skips a removed block', () => {
    expect(alignOriginals(['a', 'new', 'b', 'c'], ['a', 'b', 'c'])).toEqual([0, undefined, 1, 2]);
    expect(alignOriginals(['a', 'c'], ['a', 'b', 'c'])).toEqual([0, 2]);
  });

  it('ties repeated texts in order', () => {
    expect(alignOriginals(['x', 'x', 'y'], ['x', 'x', 'y'])).toEqual([0, 1, 2]);
  });
});
